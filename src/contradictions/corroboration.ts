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

export type CompatibleWhy = 'vague' | 'less_precise' | 'broader' | 'not_independent';

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

interface ClaimantHoldings {
  id: string;
  own: Holding[];
  timed: boolean;
}

/**
 * The holdings of one side by source, in id order, each source noting whether its holdings carry times.
 * Kept per list of holdings (a position's list is asked for once per other position of its group), so a
 * group of p positions and h holdings costs p x h, not p x p x h.
 */
type ByClaimant = (holdings: Holding[], stateOfAffairs: boolean, only?: (id: string) => boolean) => ClaimantHoldings[];

function claimantsMemo(): ByClaimant {
  const memo = new Map<Holding[], Map<string, ClaimantHoldings[]>>();
  return (holdings, stateOfAffairs, only) => {
    const key = `${stateOfAffairs}${only ? ' parties' : ''}`;
    const known = memo.get(holdings)?.get(key);
    if (known) return known;
    const timed = (h: Holding) => h.timeFrom !== null || h.timeTo !== null || (stateOfAffairs && h.statedFrom !== null);
    const grouped = [...groupBy(holdings.filter((h) => !only || only(h.claimantId)), (h) => h.claimantId)]
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([id, own]) => ({ id, own, timed: own.some(timed) }));
    if (!memo.has(holdings)) memo.set(holdings, new Map());
    memo.get(holdings)!.set(key, grouped);
    return grouped;
  };
}

/**
 * Pairs of different sources, one holding from each side, that can speak of one time; in a fixed order.
 * Whether a source's holdings carry times is found once per source, not once per pair: a pair of sources
 * without times costs nothing more, whatever the number of their holdings.
 */
function* meetingPairs(byClaimant: ByClaimant, a: Holding[], b: Holding[], stateOfAffairs: boolean, only?: (id: string) => boolean): Generator<[string, string]> {
  const right = byClaimant(b, stateOfAffairs, only);
  for (const x of byClaimant(a, stateOfAffairs, only)) {
    for (const y of right) {
      if (x.id === y.id) continue;
      // Without times, every pair can speak of one time; with times, some pair of their holdings must.
      const meet = !(x.timed || y.timed) || x.own.some((h) => y.own.some((g) => timeRelation(h, g, stateOfAffairs) === 'overlap'));
      if (meet) yield [x.id, y.id];
    }
  }
}

export function corroborateGroup(group: Group, independence: Independence, vocabulary: Vocabulary): GroupAgreement {
  const out: GroupAgreement = { corroborations: [], compatible: [] };
  const byClaimant = claimantsMemo();
  /** `why` set: compatible values, listed as such; else agreeing ones, a corroboration when some pair is independent. */
  const agree = (value: string, corroborated: Holders, other: { value: string | null; holders: Holders }, vague: boolean, stateOfAffairs: boolean, why: CompatibleWhy | null, listDependent = true) => {
    let met = false;
    let pair: [string, string] | null = null;
    for (const [a, b] of meetingPairs(byClaimant, corroborated.holdings, other.holders.holdings, stateOfAffairs)) {
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
      for (const [a, b] of meetingPairs(byClaimant, corroborated.holdings, other.holders.holdings, stateOfAffairs, party)) {
        if (independence.adversaries(a, b) && independence.independent(a, b)) admissions.add(b);
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
    }
    return out;
  }
  const kind = group.kind;
  const positions = positionsOf(group).filter((p) => p.polarity === 'asserted');
  const holders = (p: Position): Holders => ({ match: p.match, holdings: p.holdings });
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i];
    agree(p.valueText, holders(p), { value: null, holders: holders(p) }, p.vague, isStateOfAffairs(group.attribute, [p.valueKey]), null);
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
    }
  }
  return out;
}
