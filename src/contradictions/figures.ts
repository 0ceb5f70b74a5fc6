/**
 * The figures a report gives for a contested quantity. ACLED codes the most conservative reported
 * fatality figure: here, the lowest lower bound that no independent source puts below. Figures come
 * from numbers only: vague words ("enormous", "dozens") give none.
 */

export interface QuantityFigures {
  conservative: number;
  median: number;
  highest: number;
  /** The highest figure is "at least" that many. */
  highestOpen: boolean;
}

/** A position on a quantity: its range, and the claims and sources holding it. */
export interface QuantityPosition {
  polarity: 'asserted' | 'denied';
  range: { min: number; max: number | null } | null;
  /** Vague words only: never a figure. */
  vague: boolean;
  claimIds: string[];
  sourceIds: string[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Conservative: the lowest lower bound among positions given as numbers that no other source puts
 * entirely below (all of them when every one is); null when no position gives a number. Median: over each claim's midpoint ("at least N" counts as N). Highest: the
 * top of the highest range, or the lower bound of an open one.
 */
export function quantityFigures(positions: QuantityPosition[]): QuantityFigures | null {
  const asserted = positions.filter((p) => p.polarity === 'asserted' && p.range && !p.vague);
  if (!asserted.length) return null;
  const standing = asserted.filter((p) => !asserted.some((q) => q.range!.max !== null && q.range!.max < p.range!.min && q.sourceIds.some((s) => !p.sourceIds.includes(s))));
  const conservative = Math.min(...(standing.length ? standing : asserted).map((p) => p.range!.min));
  const perClaim = asserted.flatMap((p) => p.claimIds.map(() => (p.range!.max === null ? p.range!.min : (p.range!.min + p.range!.max) / 2)));
  const highest = Math.max(...asserted.map((p) => p.range!.max ?? p.range!.min));
  const highestOpen = asserted.some((p) => p.range!.max === null && p.range!.min === highest);
  return { conservative, median: median(perClaim), highest, highestOpen };
}
