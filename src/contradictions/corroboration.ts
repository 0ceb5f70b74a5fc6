import { inOneGo } from '../analysis/time-slices';
import { Vocabulary } from '../claims/canonical';
import { groupBy } from '../common/group-by';
import { Independence } from './independence';
import { elementsOf, Group, Holding, Position, positionsOf, SideMatch } from './positions';
import { relate } from './relations';
import { isStateOfAffairs, timeRelation } from './time';

/**
 * Corroboration: a value held by a source is corroborated when a source independent of it holds the
 * same value, or a value at least as precise that lies within it (precision.ts), at a time that can be
 * the same. Values that agree without that (vague words, a less precise or broader value, or sources
 * that are not independent) are compatible: shown, but never support.
 */

export interface Holders {
  match: SideMatch;
  holdings: Holding[];
}

export interface Corroboration {
  /** The corroborated value, as written; every claim holding it is corroborated. */
  value: string;
  corroborated: Holders;
  /** Another, more precise value that corroborates it; null when independent sources hold the same value. */
  corroboratingValue: string | null;
  corroborating: Holders;
  /** The first pair of independent sources: [holding the value, corroborating it]. */
  pair: [string, string];
  /** Corroborating sources that are adversaries of a source holding the value: admissions against interest. */
  admissions: string[];
  /** Either value is vague words only. */
  vague: boolean;
}

export type CompatibleWhy = 'vague' | 'less_precise' | 'broader' | 'one_camp' | 'not_independent';

/** Two values of different sources that can both be true, and why neither supports the other. */
export interface Compatibility {
  value: string;
  otherValue: string;
  holders: [Holders, Holders];
  why: CompatibleWhy;
}

export interface GroupAgreement {
  corroborations: Corroboration[];
  compatible: Compatibility[];
}

/** One claimant's holdings on one side, and whether any of them carries a time of its own or a statement time. */
interface Claimant {
  id: string;
  holdings: Holding[];
  timed: boolean;
  stated: boolean;
}

/** A side's holdings by claimant, claimants in id order. */
function claimantsOf(holdings: Holding[]): Claimant[] {
  return [...groupBy(holdings, (h) => h.claimantId)].sort(([x], [y]) => (x < y ? -1 : 1)).map(([id, own]) => ({
    id, holdings: own, timed: own.some((h) => h.timeFrom !== null || h.timeTo !== null), stated: own.some((h) => h.statedFrom !== null),
  }));
}

/** Pairs of different sources, one holding from each side, that can speak of one time; in a fixed order. */
function* meetingPairs(a: Claimant[], b: Claimant[], stateOfAffairs: boolean, only?: (id: string) => boolean): Generator<[string, string]> {
  const timed = (c: Claimant) => c.timed || (stateOfAffairs && c.stated);
  const right = only ? b.filter((c) => only(c.id)) : b;
  for (const x of a) {
    if (only && !only(x.id)) continue;
    for (const y of right) {
      if (x.id === y.id) continue;
      // Without times, every pair can speak of one time; with times, some pair of their holdings must.
      const meet = !(timed(x) || timed(y)) || x.holdings.some((h) => y.holdings.some((g) => timeRelation(h, g, stateOfAffairs) === 'overlap'));
      if (meet) yield [x.id, y.id];
    }
  }
}

export function corroborateGroup(group: Group, independence: Independence, vocabulary: Vocabulary): GroupAgreement {
  return inOneGo(corroborationSteps(group, independence, vocabulary));
}

/** The same, a step per value compared: a big group lets the event loop run between steps. */
export function* corroborationSteps(group: Group, independence: Independence, vocabulary: Vocabulary): Generator<void, GroupAgreement> {
  const out: GroupAgreement = { corroborations: [], compatible: [] };
  // A position's holders are paired with every other position's: grouped by claimant once per position.
  const grouped = new Map<Holding[], Claimant[]>();
  const claimants = (holdings: Holding[]) => {
    let found = grouped.get(holdings);
    if (!found) grouped.set(holdings, (found = claimantsOf(holdings)));
    return found;
  };
  /** `why` set: compatible values, listed as such; else agreeing ones, a corroboration when some pair is independent. */
  const agree = (value: string, corroborated: Holders, other: { value: string | null; holders: Holders }, vague: boolean, stateOfAffairs: boolean, why: CompatibleWhy | null, listDependent = true) => {
    let met = false;
    let pair: [string, string] | null = null;
    const [left, right] = [claimants(corroborated.holdings), claimants(other.holders.holdings)];
    for (const [a, b] of meetingPairs(left, right, stateOfAffairs)) {
      met = true;
      if (!why && independence.independent(a, b)) {
        pair = [a, b];
        break;
      }
    }
    if (!met) return;
    if (pair) {
      // Only parties to the conflict can be adversaries: the pairs of parties are few.
      const party = (id: string) => independence.isParty(id);
      const admissions = new Set<string>();
      for (const [a, b] of meetingPairs(left, right, stateOfAffairs, party)) {
        if (!admissions.has(b) && independence.adversaries(a, b) && independence.independent(a, b)) admissions.add(b);
      }
      out.corroborations.push({ value, corroborated, corroboratingValue: other.value, corroborating: other.holders, pair, admissions: [...admissions].sort(), vague });
    } else if (why || listDependent) {
      out.compatible.push({ value, otherValue: other.value ?? value, holders: [corroborated, other.holders], why: why ?? 'not_independent' });
    }
  };

  if (group.kind === 'set') {
    const asserted = positionsOf(group).filter((p) => p.polarity === 'asserted');
    for (const [key, holders] of [...elementsOf(asserted).entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const element: Holders = { match: { element: key, polarity: 'asserted' }, holdings: holders.map((e) => e.holding) };
      agree(holders[0].text, element, { value: null, holders: element }, false, false, null);
      yield;
    }
    return out;
  }
  const kind = group.kind;
  const positions = positionsOf(group).filter((p) => p.polarity === 'asserted');
  const holders = (p: Position): Holders => ({ match: p.match, holdings: p.holdings });
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i];
    agree(p.valueText, holders(p), { value: null, holders: holders(p) }, p.vague, isStateOfAffairs(group.attribute, [p.valueKey]), null);
    yield;
    for (let j = 0; j < positions.length; j++) {
      const q = positions[j];
      if (i === j) continue;
      const relation = relate(kind, p, q, vocabulary);
      const stateOfAffairs = isStateOfAffairs(group.attribute, [p.valueKey, q.valueKey]);
      const other = { value: q.valueText, holders: holders(q) };
      if (relation.relation === 'corroborating' && relation.by.includes('q')) {
        // Two values that corroborate each other (yes and "not no") are listed once when their sources are not independent.
        agree(p.valueText, holders(p), other, p.vague || q.vague, stateOfAffairs, null, relation.by.length === 1 || i < j);
      } else if (relation.relation === 'compatible' && relation.why !== 'denial' && i < j) {
        agree(p.valueText, holders(p), other, p.vague || q.vague, stateOfAffairs, relation.why);
      }
      yield;
    }
  }
  return out;
}
