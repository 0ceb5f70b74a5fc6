import { inOneGo } from '../analysis/time-slices';
import { AttributeKind } from '../attributes/attribute.entity';
import { setElements } from '../claims/canonical';
import { isVagueQuantity, QuantityRange } from '../claims/quantity';
import { groupBy } from '../common/group-by';

/**
 * Positions: the claims of one group (one event, attribute and subject) that hold one value, and the
 * sides a contradiction or corroboration is made of. Detection and the views read groups this way.
 */

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
  /**
   * When the claims behind it were said (the earliest and latest statement time); null when one of
   * them has no statement time. Read for state-of-affairs attributes, where it decides revisions in time.
   */
  statedFrom: string | null;
  statedTo: string | null;
  /** The earliest claim behind this holding. */
  firstClaimId: string;
}

/** A group's key: one attribute and subject (of one event). */
export const groupId = (g: { attribute: string; subjectKey: string }) => `${g.attribute}\u0000${g.subjectKey}`;

export interface Group {
  attribute: string;
  kind: AttributeKind;
  subject: string | null;
  subjectKey: string;
  holdings: Holding[];
}

/** The holders of one value; `vague` is set only where a figure and vague words read as the same range. */
export interface ValueMatch {
  valueKey: string;
  polarity: 'asserted' | 'denied';
  exclusive?: boolean;
  vague?: boolean;
}

/**
 * Which claims make up a side: the holders of a value, of one of several compatible values of one
 * source (`anyOf`), of one element of a set, or the silent parties.
 */
export type SideMatch =
  | ValueMatch
  | { anyOf: ValueMatch[] }
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
  if ('anyOf' in match) return match.anyOf.some((m) => onSide(m, row));
  if ('element' in match) {
    return row.polarity === match.polarity && row.valueKey !== match.excludeValueKey && row.valueKey.startsWith('s:')
      && setElements(row.valueText).some((e) => e.key === match.element);
  }
  return row.valueKey === match.valueKey && row.polarity === match.polarity && (match.exclusive === undefined || row.exclusive === match.exclusive)
    && (match.vague === undefined || isVagueQuantity(row.valueText) === match.vague);
}

export interface Side {
  value: string | null;
  match: SideMatch;
  sourceIds: string[];
  firstClaimId: string;
}

export interface Position {
  valueKey: string;
  valueText: string;
  polarity: 'asserted' | 'denied';
  exclusive: boolean;
  range: QuantityRange | null;
  /** A quantity in vague words only ("enormous", "several"): it never corroborates a figure. */
  vague: boolean;
  /** What identifies the position in a contradiction's identity: its value key and polarity. */
  key: string;
  /** The claims holding it. */
  match: ValueMatch;
  holdings: Holding[];
}

/**
 * The positions of a group: holders of one value with one polarity. Vague words and a figure that
 * read as the same range ("enormous" and "at least 10") are two positions, marked apart only then, so
 * that every other position keeps the identity it had.
 */
export function positionsOf(group: Group): Position[] {
  return inOneGo(positionSteps(group));
}

/**
 * The same, 2,000 holdings a step (a big group lets the event loop run between steps). Made once per
 * group's holdings (corroborations, disputes and detection of a reading all ask): a copy of the list each time.
 */
export function* positionSteps(group: Group): Generator<void, Position[]> {
  const known = madePositions.get(group.holdings);
  if (known && known.length === group.holdings.length && known.kind === group.kind) return [...known.positions];
  const positions = yield* positionsFresh(group);
  madePositions.set(group.holdings, { length: group.holdings.length, kind: group.kind, positions });
  return [...positions];
}

/** Positions made, by the holdings they were made of (a list that grows is made again). */
const madePositions = new WeakMap<Holding[], { length: number; kind: AttributeKind; positions: Position[] }>();

function* positionsFresh(group: Group): Generator<void, Position[]> {
  // Read once per distinct text: a large group repeats a handful of texts over thousands of holdings.
  const vagueTexts = new Map<string, boolean>();
  const vagueOf = (h: Holding) => {
    if (group.kind !== 'quantity') return false;
    let vague = vagueTexts.get(h.valueText);
    if (vague === undefined) vagueTexts.set(h.valueText, (vague = isVagueQuantity(h.valueText)));
    return vague;
  };
  const kinds = new Map<string, Set<boolean>>();
  for (let i = 0; i < group.holdings.length; i++) {
    if (i % 2000 === 1999) yield;
    const h = group.holdings[i];
    kinds.set(h.valueKey, (kinds.get(h.valueKey) ?? new Set()).add(vagueOf(h)));
  }
  // By value key, then by polarity, exclusivity and vagueness as bits (no key written per holding); in the order first met.
  const byKey = new Map<string, Map<number, Position>>();
  const earliestOf = new Map<Position, string>();
  const made: Position[] = [];
  for (let i = 0; i < group.holdings.length; i++) {
    if (i % 2000 === 1999) yield;
    const h = group.holdings[i];
    const vague = vagueOf(h);
    const split = kinds.get(h.valueKey)!.size > 1;
    const bits = (h.polarity === 'denied' ? 1 : 0) + (h.exclusive ? 2 : 0) + (split && vague ? 4 : 0);
    let ofValue = byKey.get(h.valueKey);
    if (!ofValue) byKey.set(h.valueKey, (ofValue = new Map()));
    let position = ofValue.get(bits);
    if (!position) {
      position = {
        valueKey: h.valueKey, valueText: h.valueText, polarity: h.polarity, exclusive: h.exclusive,
        range: h.rangeMin === null ? null : { min: h.rangeMin, max: h.rangeMax, magnitude: null }, vague,
        key: split ? `${h.valueKey}|${h.polarity}|${vague ? 'vague' : 'figure'}` : `${h.valueKey}|${h.polarity}`,
        match: split ? { valueKey: h.valueKey, polarity: h.polarity, vague } : { valueKey: h.valueKey, polarity: h.polarity }, holdings: [],
      };
      ofValue.set(bits, position);
      made.push(position);
    }
    position.holdings.push(h);
    // A position is worded as its earliest claim words it, whatever order its holdings come in ("none" or "0").
    const earliest = earliestOf.get(position);
    if (earliest === undefined || h.firstClaimId < earliest) {
      earliestOf.set(position, h.firstClaimId);
      position.valueText = h.valueText;
    }
  }
  return made.sort((a, b) => (a.valueKey + a.polarity + a.vague < b.valueKey + b.polarity + b.vague ? -1 : 1));
}

/** A boolean position read with its polarity: "not false" is true. */
export function effectiveTruth(p: Position): boolean {
  return (p.valueKey === 'b:true') !== (p.polarity === 'denied');
}

/** One element of a set position, held by one holding of it. */
export interface ElementHolding {
  key: string;
  text: string;
  position: Position;
  holding: Holding;
}

/** The elements of set positions, grouped by element key: each element is compared on its own. */
export function elementsOf(positions: Position[]): Map<string, ElementHolding[]> {
  const out: ElementHolding[] = [];
  for (const position of positions) {
    for (const element of setElements(position.valueText)) {
      for (const holding of position.holdings) out.push({ key: element.key, text: element.text, position, holding });
    }
  }
  return groupBy(out, (e) => e.key);
}
