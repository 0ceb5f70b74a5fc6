/** Items in runs of at most `size`, for queries whose parameter lists must stay bounded (`IN (...)`, multi-row inserts). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
