import { AttributeKind } from '../attributes/attribute.entity';
import { setElements } from '../claims/canonical';
import { QuantityRange } from '../claims/quantity';
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
export function scopesOverlap(a: Holding, b: Holding): boolean {
  return (a.timeTo === null || b.timeFrom === null || b.timeFrom <= a.timeTo) && (b.timeTo === null || a.timeFrom === null || a.timeFrom <= b.timeTo);
}

/** Whether some holding of `a` and some of `b` come from different claimants (a contradiction), or only from one (a revision). */
export function pairing(a: Holding[], b: Holding[]): 'cross' | 'same' | 'none' {
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

export function sideOf(value: string | null, match: SideMatch, holdings: Holding[]): Side {
  return {
    value,
    match,
    sourceIds: [...new Set(holdings.map((h) => h.claimantId))].sort(),
    firstClaimId: holdings.reduce((first, h) => (h.firstClaimId < first ? h.firstClaimId : first), holdings[0].firstClaimId),
  };
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
