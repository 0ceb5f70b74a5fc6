import { APPROXIMATION, QuantityRange } from '../claims/quantity';

/**
 * When one quantity corroborates another: it must be at least as precise, lie inside the other, and
 * the other must not be much wider. Vague words ("enormous", "several") never corroborate a figure.
 */

/** How much wider the corroborated range may be than the corroborating one: twice, and no more. */
export const COMPARABLE_WIDTH = 2;

/** A range's width for comparing precision: no figure reads as more precise than "about N" (20 % either side), nor than 1. */
export function effectiveWidth(r: QuantityRange): number {
  if (r.max === null) return Infinity;
  return Math.max(r.max - r.min, 2 * APPROXIMATION * ((r.min + r.max) / 2), 1);
}

/** `inner` lies inside `outer`. */
export function inside(inner: QuantityRange, outer: QuantityRange): boolean {
  if (inner.min < outer.min) return false;
  if (outer.max === null) return true;
  return inner.max !== null && inner.max <= outer.max;
}

export interface Quantity {
  range: QuantityRange;
  vague: boolean;
}

/**
 * Whether `q` corroborates `p`. A closed range: `q` inside it and it at most COMPARABLE_WIDTH times as
 * wide ("30" corroborates "about 30" and "between 20 and 40", not "between 10 and 50"). An open range
 * ("at least 70"): `q` inside it and not past COMPARABLE_WIDTH times its bound ("80", "at least 77",
 * not "200").
 */
export function corroboratesQuantity(q: Quantity, p: Quantity): boolean {
  if (q.vague && !p.vague) return false;
  if (!inside(q.range, p.range)) return false;
  if (p.range.max === null) return (q.range.max ?? q.range.min) <= COMPARABLE_WIDTH * Math.max(p.range.min, 1);
  return effectiveWidth(p.range) <= COMPARABLE_WIDTH * effectiveWidth(q.range);
}
