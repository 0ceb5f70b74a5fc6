import { AttributeKind } from '../attributes/attribute.entity';
import { oneCamp, related, Vocabulary } from '../claims/canonical';
import { overlaps, QuantityRange } from '../claims/quantity';
import { ContradictionKind } from './contradiction.entity';
import { effectiveTruth, Position } from './positions';
import { corroboratesQuantity } from './precision';

/**
 * How two positions of one group relate by their values, one relation per pair: they corroborate
 * (agree, one at least as precise as the other), are compatible (can both be true, but neither
 * confirms the other) or contradict. Time and who holds them come on top (rules.ts, corroboration.ts).
 */
export type Relation =
  | { relation: 'corroborating'; by: Array<'p' | 'q'> }
  | { relation: 'compatible'; why: 'vague' | 'less_precise' | 'broader' | 'one_camp' | 'denial' }
  | { relation: 'contradicting'; kind: ContradictionKind };

const contradicting = (kind: ContradictionKind): Relation => ({ relation: 'contradicting', kind });

/** How far apart two quantity ranges that do not overlap are: the higher's lower bound over the lower's upper bound (at least 1). */
export function apartRatio(a: Pick<QuantityRange, 'min' | 'max'>, b: Pick<QuantityRange, 'min' | 'max'>): number {
  const [low, high] = a.max !== null && a.max < b.min ? [a, b] : [b, a];
  return high.min / Math.max(low.max ?? low.min, 1);
}

/**
 * Vague words ("several", "dozens", "scores", "heavy") read as ranges with edges no speaker meant:
 * against a figure they conflict only when the ranges are this far apart ("several" against ten
 * injured, "scores" against at least 200 dead do not; "dozens" against 200 does). Two vague values
 * ("heavy" against "light") conflict as ranges do.
 */
export const VAGUE_APART = 1.5;

/** Sets are compared element by element (rules.ts), so only the other kinds are related here. */
export function relate(kind: Exclude<AttributeKind, 'set'>, p: Position, q: Position, vocabulary: Vocabulary): Relation {
  if (kind === 'boolean') return effectiveTruth(p) === effectiveTruth(q) ? { relation: 'corroborating', by: ['p', 'q'] } : contradicting('negation');
  if (p.polarity !== q.polarity) {
    const [asserted, denied] = p.polarity === 'asserted' ? [p, q] : [q, p];
    const same = kind === 'quantity'
      ? asserted.range !== null && denied.range !== null && overlaps(asserted.range, denied.range)
      : asserted.valueKey === denied.valueKey;
    return same ? contradicting('negation') : { relation: 'compatible', why: 'denial' };
  }
  if (p.polarity === 'denied') return { relation: 'compatible', why: 'denial' };
  if (kind === 'category') {
    if (p.valueKey === q.valueKey) return { relation: 'corroborating', by: ['p', 'q'] };
    if (related(vocabulary, p.valueKey, q.valueKey)) return { relation: 'compatible', why: 'broader' };
    return oneCamp(vocabulary, p.valueKey, q.valueKey) ? { relation: 'compatible', why: 'one_camp' } : contradicting('category_conflict');
  }
  if (!p.range || !q.range) return { relation: 'compatible', why: 'less_precise' };
  if (!overlaps(p.range, q.range)) {
    return p.vague !== q.vague && apartRatio(p.range, q.range) < VAGUE_APART ? { relation: 'compatible', why: 'vague' } : contradicting('quantity_mismatch');
  }
  const by: Array<'p' | 'q'> = [];
  if (corroboratesQuantity({ range: p.range, vague: p.vague }, { range: q.range, vague: q.vague })) by.push('p');
  if (corroboratesQuantity({ range: q.range, vague: q.vague }, { range: p.range, vague: p.vague })) by.push('q');
  if (by.length) return { relation: 'corroborating', by };
  return { relation: 'compatible', why: p.vague || q.vague ? 'vague' : 'less_precise' };
}
