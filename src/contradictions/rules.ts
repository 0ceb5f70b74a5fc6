import { createHash } from 'node:crypto';
import { related, setElements, Vocabulary } from '../claims/canonical';
import { overlaps, QuantityRange } from '../claims/quantity';
import { ContradictionKind, Severity } from './contradiction.entity';
import { explain, rangeText } from './explanations';
import { effectiveTruth, elementsOf, Group, Holding, pairing, Position, positionsOf, scopesOverlap, Side, SideMatch, sideOf } from './positions';

/**
 * Contradiction rules (DESIGN, "How contradictions are found"), as pure functions over one group: the
 * facets of one event on one attribute and subject.
 */

export interface EventContext {
  vocabulary: Vocabulary;
  /** Claimants that are party to the conflict and have a claim on the event, with their earliest claim there. */
  parties: Map<string, string>;
  /** A short name for each claimant, for explanations. */
  names: Map<string, string>;
}

export interface Detected {
  /** Stable across recomputations while the same two values conflict on the same attribute and subject. */
  identity: string;
  kind: ContradictionKind;
  severity: Severity;
  sideA: Side;
  sideB: Side;
  explanation: string;
  /** Changes when the values or the sources on either side change: a triaged contradiction then reopens. */
  fingerprint: string;
}

/** Two claims of one source that cannot both be true: a revision, not a contradiction. */
export interface Revision {
  claimantId: string;
  values: string[];
}

export interface GroupResult {
  contradictions: Detected[];
  revisions: Revision[];
}

/** How far apart two ranges that do not overlap are: three times or more is high, half again or more is medium. */
export function quantitySeverity(a: QuantityRange, b: QuantityRange): Severity {
  const [low, high] = a.max !== null && a.max < b.min ? [a, b] : [b, a];
  const ratio = high.min / Math.max(low.max ?? low.min, 1);
  if (ratio >= 3) return 'high';
  if (ratio >= 1.5) return 'medium';
  return 'low';
}

/** Kinds whose sides have a meaning of their own (the exclusive list, the silent party); the others read earliest first. */
const ORDERED_KINDS = new Set<ContradictionKind>(['omission', 'exclusive_set_conflict', 'negation']);

function fingerprint(kind: ContradictionKind, a: Side, b: Side): string {
  const sides = [[a.match, a.sourceIds], [b.match, b.sourceIds]].map((side) => JSON.stringify(side));
  if (!ORDERED_KINDS.has(kind)) sides.sort();
  return createHash('sha256').update(JSON.stringify([kind, ...sides])).digest('hex').slice(0, 32);
}

function detected(kind: ContradictionKind, severity: Severity, group: Group, sides: [Side, Side], context: EventContext, key: string): Detected {
  const identity = createHash('sha256').update(key).digest('hex');
  const [a, b] = ORDERED_KINDS.has(kind) ? sides : [...sides].sort((x, y) => (x.firstClaimId < y.firstClaimId ? -1 : 1));
  return { identity, kind, severity, sideA: a, sideB: b, explanation: explain(kind, group, a, b, context.names), fingerprint: fingerprint(kind, a, b) };
}

/** Collects the revisions of single sources: their own claims that cannot both be true, on overlapping times. */
class Revisions {
  private readonly values = new Map<string, Set<string>>();

  add(a: Position, b: Position): void {
    for (const x of a.holdings) for (const y of b.holdings) {
      if (x.claimantId !== y.claimantId || !scopesOverlap(x, y)) continue;
      const values = this.values.get(x.claimantId) ?? new Set<string>();
      values.add(`${a.polarity === 'denied' ? 'not ' : ''}${a.valueText}`).add(`${b.polarity === 'denied' ? 'not ' : ''}${b.valueText}`);
      this.values.set(x.claimantId, values);
    }
  }

  list(): Revision[] {
    return [...this.values.entries()].map(([claimantId, values]) => ({ claimantId, values: [...values].sort() })).sort((a, b) => (a.claimantId < b.claimantId ? -1 : 1));
  }
}

/** Every contradiction in one group, between positions (claims holding one value), and the revisions of single sources. */
export function detectGroup(group: Group, context: EventContext): GroupResult {
  const positions = positionsOf(group);
  const contradictions: Detected[] = [];
  const revisions = new Revisions();
  const add = (kind: ContradictionKind, severity: Severity, a: Position, b: Position, identity: string) => {
    const pair = pairing(a.holdings, b.holdings);
    if (pair === 'same') revisions.add(a, b);
    if (pair !== 'cross') return;
    const text = kind === 'quantity_mismatch' ? rangeText : (p: Position) => p.valueText;
    contradictions.push(detected(kind, severity, group, [
      sideOf(text(a), { valueKey: a.valueKey, polarity: a.polarity }, a.holdings),
      sideOf(text(b), { valueKey: b.valueKey, polarity: b.polarity }, b.holdings),
    ], context, identity));
  };

  if (group.kind === 'set') {
    detectSet(group, positions, context, contradictions, revisions);
  } else {
    for (let i = 0; i < positions.length; i++) {
      for (let j = i + 1; j < positions.length; j++) {
        const [p, q] = [positions[i], positions[j]];
        const identity = `${[p.valueKey + '|' + p.polarity, q.valueKey + '|' + q.polarity].sort().join('~')}`;
        if (group.kind === 'boolean') {
          if (effectiveTruth(p) !== effectiveTruth(q)) add('negation', 'high', p, q, `negation:${identity}`);
        } else if (p.polarity === 'asserted' && q.polarity === 'asserted') {
          if (group.kind === 'quantity' && p.range && q.range && !overlaps(p.range, q.range)) {
            add('quantity_mismatch', quantitySeverity(p.range, q.range), p, q, `quantity_mismatch:${identity}`);
          } else if (group.kind === 'category' && !related(context.vocabulary, p.valueKey, q.valueKey)) {
            add('category_conflict', 'high', p, q, `category_conflict:${identity}`);
          }
        } else if (p.polarity !== q.polarity) {
          const [asserted, denied] = p.polarity === 'asserted' ? [p, q] : [q, p];
          const same = group.kind === 'quantity'
            ? asserted.range !== null && denied.range !== null && overlaps(asserted.range, denied.range)
            : asserted.valueKey === denied.valueKey;
          if (same) add('negation', 'high', asserted, denied, `negation:${identity}`);
        }
      }
    }
    if (group.kind === 'boolean') detectBooleanOmission(group, positions, context, contradictions);
  }
  return { contradictions: contradictions.sort((a, b) => (a.identity < b.identity ? -1 : 1)), revisions: revisions.list() };
}

function detectSet(group: Group, positions: Position[], context: EventContext, out: Detected[], revisions: Revisions): void {
  const byElement = elementsOf(positions);
  // Each element is named as its earliest claim wrote it.
  const texts = new Map<string, string>();
  for (const [key, holders] of byElement) {
    texts.set(key, holders.reduce((first, e) => (e.holding.firstClaimId < first.holding.firstClaimId ? e : first)).text);
  }
  const textOf = (key: string) => texts.get(key) ?? key;
  const exclusives = positions.filter((p) => p.exclusive && p.polarity === 'asserted');

  for (const [key, holders] of [...byElement.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const asserted = holders.filter((e) => e.position.polarity === 'asserted');
    const denied = holders.filter((e) => e.position.polarity === 'denied');
    if (asserted.length && denied.length) {
      const pair = pairing(asserted.map((e) => e.holding), denied.map((e) => e.holding));
      if (pair === 'cross') {
        out.push(detected('negation', 'high', group, [
          sideOf(textOf(key), { element: key, polarity: 'asserted' }, asserted.map((e) => e.holding)),
          sideOf(textOf(key), { element: key, polarity: 'denied' }, denied.map((e) => e.holding)),
        ], context, `negation:${key}`));
      } else if (pair === 'same') {
        revisions.add(asserted[0].position, denied[0].position);
      }
    }
    if (!asserted.length) continue;

    // A party that lists other targets as the only ones contradicts this one outright.
    for (const exclusive of exclusives) {
      const own = setElements(exclusive.valueText).map((e) => e.key);
      if (own.some((k) => related(context.vocabulary, k, key))) continue;
      const others = asserted.filter((e) => e.position !== exclusive).map((e) => e.holding);
      if (!others.length) continue;
      const pair = pairing(exclusive.holdings, others);
      if (pair === 'same') revisions.add(exclusive, asserted.find((e) => e.position !== exclusive)!.position);
      if (pair !== 'cross') continue;
      const ownText = setElements(exclusive.valueText).map((e) => e.text).join(', ');
      out.push(detected('exclusive_set_conflict', 'medium', group, [
        sideOf(ownText, { valueKey: exclusive.valueKey, polarity: 'asserted', exclusive: true }, exclusive.holdings),
        sideOf(textOf(key), { element: key, polarity: 'asserted', excludeValueKey: exclusive.valueKey }, others),
      ], context, `exclusive_set_conflict:${exclusive.valueKey}:${key}`));
    }

    // A party to the conflict that describes the event and says nothing of what another asserts.
    const speaking = new Set<string>();
    for (const [other, holders] of byElement) {
      if (related(context.vocabulary, other, key)) for (const e of holders) speaking.add(e.holding.claimantId);
    }
    for (const p of exclusives) for (const h of p.holdings) speaking.add(h.claimantId);
    const silent = [...context.parties.keys()].filter((party) => !speaking.has(party));
    const asserters = asserted.map((e) => e.holding);
    if (silent.length && asserters.some((h) => !silent.includes(h.claimantId))) {
      out.push(omission(group, context, textOf(key), { element: key, polarity: 'asserted' }, asserters, silent, `omission:${key}`));
    }
  }
}

function detectBooleanOmission(group: Group, positions: Position[], context: EventContext, out: Detected[]): void {
  const asserters = positions.filter(effectiveTruth).flatMap((p) => p.holdings);
  if (!asserters.length) return;
  const speaking = new Set(group.holdings.map((h) => h.claimantId));
  const silent = [...context.parties.keys()].filter((party) => !speaking.has(party));
  if (!silent.length) return;
  const truePosition = positions.find(effectiveTruth)!;
  out.push(omission(group, context, group.subject ?? 'it', { valueKey: truePosition.valueKey, polarity: truePosition.polarity }, asserters, silent, 'omission:true'));
}

function omission(group: Group, context: EventContext, text: string, match: SideMatch, asserters: Holding[], silent: string[], identity: string): Detected {
  const silentSide: Side = {
    value: null,
    match: { silent: true },
    sourceIds: [...silent].sort(),
    firstClaimId: silent.map((id) => context.parties.get(id)!).sort()[0],
  };
  return detected('omission', 'low', group, [sideOf(text, match, asserters), silentSide], context, identity);
}
