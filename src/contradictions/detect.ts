import { createHash } from 'node:crypto';
import { AttributeKind } from '../attributes/attribute.entity';
import { related, setElements, Vocabulary } from '../claims/canonical';
import { describeRange, overlaps, QuantityRange } from '../claims/quantity';
import { groupBy } from '../common/group-by';

/**
 * Contradiction and corroboration rules (DESIGN, "How contradictions are found"), as pure functions
 * over one group: the facets of one event on one attribute and subject.
 */

export const CONTRADICTION_KINDS = ['quantity_mismatch', 'category_conflict', 'negation', 'exclusive_set_conflict', 'omission'] as const;
export type ContradictionKind = (typeof CONTRADICTION_KINDS)[number];
export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One claimant holding one value in a group: the unit detection works on (many claims may stand behind it). */
export interface Holding {
  claimantId: string;
  valueKey: string;
  valueText: string;
  polarity: 'asserted' | 'denied';
  exclusive: boolean;
  rangeMin: number | null;
  rangeMax: number | null;
  timeFrom: string | null;
  timeTo: string | null;
  /** The earliest claim behind this holding. */
  firstClaimId: string;
}

export interface Group {
  attribute: string;
  kind: AttributeKind;
  subject: string | null;
  subjectKey: string;
  holdings: Holding[];
}

export interface EventContext {
  vocabulary: Vocabulary;
  /** Claimants that are party to the conflict and have a claim on the event, with their earliest claim there. */
  parties: Map<string, string>;
  /** A short name for each claimant, for explanations. */
  names: Map<string, string>;
}

/** Which claims make up a side: the holders of a value, the holders of one element of a set, or the silent parties. */
export type SideMatch =
  | { valueKey: string; polarity: 'asserted' | 'denied'; exclusive?: boolean }
  | { element: string; polarity: 'asserted' | 'denied'; excludeValueKey?: string }
  | { silent: true }
  | { claimIds: string[] };

/** A facet as read for deciding which claims make up a side. */
export interface SideMember {
  claimId: string;
  valueKey: string;
  valueText: string;
  polarity: 'asserted' | 'denied';
  exclusive: boolean;
}

/** Whether a facet belongs to a side (the silent side is made of claims, not facets). */
export function onSide(match: SideMatch, row: SideMember): boolean {
  if ('claimIds' in match) return match.claimIds.includes(row.claimId);
  if ('silent' in match) return false;
  if ('element' in match) {
    return row.polarity === match.polarity && row.valueKey !== match.excludeValueKey && row.valueKey.startsWith('s:')
      && setElements(row.valueText).some((e) => e.key === match.element);
  }
  return row.valueKey === match.valueKey && row.polarity === match.polarity && (match.exclusive === undefined || row.exclusive === match.exclusive);
}

export interface Side {
  value: string | null;
  match: SideMatch;
  sourceIds: string[];
  firstClaimId: string;
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

export interface Corroboration {
  value: string;
  match: SideMatch[];
  sourceIds: string[];
  firstClaimId: string;
}

export interface Position {
  valueKey: string;
  valueText: string;
  polarity: 'asserted' | 'denied';
  exclusive: boolean;
  range: QuantityRange | null;
  holdings: Holding[];
}

export function positionsOf(group: Group): Position[] {
  const byKey = new Map<string, Position>();
  for (const h of group.holdings) {
    const key = `${h.valueKey}|${h.polarity}|${h.exclusive}`;
    let position = byKey.get(key);
    if (!position) {
      position = {
        valueKey: h.valueKey, valueText: h.valueText, polarity: h.polarity, exclusive: h.exclusive,
        range: h.rangeMin === null ? null : { min: h.rangeMin, max: h.rangeMax, magnitude: null }, holdings: [],
      };
      byKey.set(key, position);
    }
    position.holdings.push(h);
    if (h.firstClaimId < position.holdings[0].firstClaimId) position.valueText = h.valueText;
  }
  return [...byKey.values()].sort((a, b) => (a.valueKey + a.polarity < b.valueKey + b.polarity ? -1 : 1));
}

/** Scopes overlap when neither ends before the other begins; no scope is the whole event. */
function scopesOverlap(a: Holding, b: Holding): boolean {
  return (a.timeTo === null || b.timeFrom === null || b.timeFrom <= a.timeTo) && (b.timeTo === null || a.timeFrom === null || a.timeFrom <= b.timeTo);
}

/** Whether some holding of `a` and some of `b` come from different claimants (a contradiction), or only from one (a revision). */
function pairing(a: Holding[], b: Holding[]): 'cross' | 'same' | 'none' {
  let same = false;
  for (const x of a) {
    for (const y of b) {
      if (!scopesOverlap(x, y)) continue;
      if (x.claimantId !== y.claimantId) return 'cross';
      same = true;
    }
  }
  return same ? 'same' : 'none';
}

function sideOf(value: string | null, match: SideMatch, holdings: Holding[]): Side {
  return {
    value,
    match,
    sourceIds: [...new Set(holdings.map((h) => h.claimantId))].sort(),
    firstClaimId: holdings.reduce((first, h) => (h.firstClaimId < first ? h.firstClaimId : first), holdings[0].firstClaimId),
  };
}

function label(group: Group): string {
  const name = group.attribute.replace(/_/g, ' ');
  return group.subject ? `${name} (${group.subject})` : name;
}

function who(side: Side, context: EventContext): string {
  const names = side.sourceIds.map((id) => context.names.get(id) ?? 'an unnamed source');
  if (names.length === 1) return names[0];
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names[0]} and ${names.length - 1} other sources`;
}

function says(side: Side): string {
  return side.sourceIds.length === 1 ? 'says' : 'say';
}

function value(text: string): string {
  return text.replace(/_/g, ' ');
}

function explain(kind: ContradictionKind, group: Group, a: Side, b: Side, context: EventContext): string {
  const what = label(group);
  switch (kind) {
    case 'category_conflict':
      return `${who(a, context)} ${says(a)} the ${what} was ${value(a.value!)}; ${who(b, context)} ${says(b)} it was ${value(b.value!)}`;
    case 'quantity_mismatch':
      return `${who(a, context)} ${says(a) === 'says' ? 'puts' : 'put'} the ${what} at ${a.value}; ${who(b, context)} ${says(b) === 'says' ? 'puts' : 'put'} it at ${b.value}; the figures do not overlap`;
    case 'negation':
      return `${who(a, context)} ${says(a)} the ${what}: ${value(a.value!)}; ${who(b, context)} ${b.sourceIds.length === 1 ? 'denies' : 'deny'} it`;
    case 'exclusive_set_conflict':
      return `${who(a, context)} ${says(a)} the ${what} were only ${value(a.value!)}; ${who(b, context)} ${says(b)} ${value(b.value!)} too`;
    case 'omission':
      return `${who(b, context)} ${says(b)} nothing of ${value(a.value!)} among the ${what}, which ${who(a, context)} ${a.sourceIds.length === 1 ? 'asserts' : 'assert'}`;
  }
}

/** How far apart two ranges that do not overlap are: three times or more is high, half again or more is medium. */
export function quantitySeverity(a: QuantityRange, b: QuantityRange): Severity {
  const [low, high] = a.max !== null && a.max < b.min ? [a, b] : [b, a];
  const ratio = high.min / Math.max(low.max ?? low.min, 1);
  if (ratio >= 3) return 'high';
  if (ratio >= 1.5) return 'medium';
  return 'low';
}

function fingerprint(kind: ContradictionKind, a: Side, b: Side): string {
  const sides = [[a.match, a.sourceIds], [b.match, b.sourceIds]].map((side) => JSON.stringify(side));
  if (!ORDERED_KINDS.has(kind)) sides.sort();
  return createHash('sha256').update(JSON.stringify([kind, ...sides])).digest('hex').slice(0, 32);
}

/** Kinds whose sides have a meaning of their own (the exclusive list, the silent party); the others read earliest first. */
const ORDERED_KINDS = new Set<ContradictionKind>(['omission', 'exclusive_set_conflict', 'negation']);

function detected(kind: ContradictionKind, severity: Severity, group: Group, sides: [Side, Side], context: EventContext, key: string): Detected {
  const identity = createHash('sha256').update(key).digest('hex');
  const [a, b] = ORDERED_KINDS.has(kind) ? sides : [...sides].sort((x, y) => (x.firstClaimId < y.firstClaimId ? -1 : 1));
  return { identity, kind, severity, sideA: a, sideB: b, explanation: explain(kind, group, a, b, context), fingerprint: fingerprint(kind, a, b) };
}

function effectiveTruth(p: Position): boolean {
  return (p.valueKey === 'b:true') !== (p.polarity === 'denied');
}

function rangeText(p: Position): string {
  return p.range && /^\d/.test(p.valueText) === false ? `${p.valueText} (${describeRange(p.range)})` : p.valueText;
}

export interface GroupResult {
  contradictions: Detected[];
  revisions: Revision[];
}

/** Every contradiction in one group, between positions (claims holding one value), and the revisions of single sources. */
export function detectGroup(group: Group, context: EventContext): GroupResult {
  const positions = positionsOf(group);
  const contradictions: Detected[] = [];
  const revisions = new Map<string, Set<string>>();
  const revise = (a: Position, b: Position) => {
    for (const x of a.holdings) for (const y of b.holdings) {
      if (x.claimantId !== y.claimantId || !scopesOverlap(x, y)) continue;
      const values = revisions.get(x.claimantId) ?? new Set<string>();
      values.add(`${a.polarity === 'denied' ? 'not ' : ''}${a.valueText}`).add(`${b.polarity === 'denied' ? 'not ' : ''}${b.valueText}`);
      revisions.set(x.claimantId, values);
    }
  };
  const add = (kind: ContradictionKind, severity: Severity, a: Position, b: Position, identity: string) => {
    const pair = pairing(a.holdings, b.holdings);
    if (pair === 'same') revise(a, b);
    if (pair !== 'cross') return;
    const text = kind === 'quantity_mismatch' ? rangeText : (p: Position) => p.valueText;
    contradictions.push(detected(kind, severity, group, [
      sideOf(text(a), { valueKey: a.valueKey, polarity: a.polarity }, a.holdings),
      sideOf(text(b), { valueKey: b.valueKey, polarity: b.polarity }, b.holdings),
    ], context, identity));
  };

  if (group.kind === 'set') {
    detectSet(group, positions, context, contradictions, revise);
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
  return {
    contradictions: contradictions.sort((a, b) => (a.identity < b.identity ? -1 : 1)),
    revisions: [...revisions.entries()].map(([claimantId, values]) => ({ claimantId, values: [...values].sort() })).sort((a, b) => (a.claimantId < b.claimantId ? -1 : 1)),
  };
}

interface ElementHolding {
  key: string;
  text: string;
  position: Position;
  holding: Holding;
}

function elementHoldings(positions: Position[]): ElementHolding[] {
  const out: ElementHolding[] = [];
  for (const position of positions) {
    for (const element of setElements(position.valueText)) {
      for (const holding of position.holdings) out.push({ key: element.key, text: element.text, position, holding });
    }
  }
  return out;
}

function groupElements(elements: ElementHolding[]): Map<string, ElementHolding[]> {
  return groupBy(elements, (e) => e.key);
}

function detectSet(group: Group, positions: Position[], context: EventContext, out: Detected[], revise: (a: Position, b: Position) => void): void {
  const elements = elementHoldings(positions);
  const byElement = groupElements(elements);
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
        revise(asserted[0].position, denied[0].position);
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
      if (pair === 'same') revise(exclusive, asserted.find((e) => e.position !== exclusive)!.position);
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

/** Claims from independent sources (different claimants: different origins) that agree on a facet. */
export function corroborateGroup(group: Group): Corroboration[] {
  const positions = positionsOf(group).filter((p) => p.polarity === 'asserted');
  const out: Corroboration[] = [];
  const emit = (value: string, match: SideMatch[], holdings: Holding[]) => {
    const side = sideOf(value, match[0], holdings);
    if (side.sourceIds.length >= 2) out.push({ value, match, sourceIds: side.sourceIds, firstClaimId: side.firstClaimId });
  };
  if (group.kind === 'set') {
    const byElement = groupElements(elementHoldings(positions));
    for (const [key, holders] of [...byElement.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      emit(holders[0].text, [{ element: key, polarity: 'asserted' }], holders.map((e) => e.holding));
    }
  } else if (group.kind === 'quantity') {
    for (const p of positions) {
      const agreeing = positions.filter((q) => p.range && q.range && overlaps(p.range, q.range));
      emit(p.valueText, agreeing.map((q) => ({ valueKey: q.valueKey, polarity: q.polarity })), agreeing.flatMap((q) => q.holdings));
    }
  } else {
    for (const p of positions) emit(p.valueText, [{ valueKey: p.valueKey, polarity: p.polarity }], p.holdings);
  }
  return out;
}
