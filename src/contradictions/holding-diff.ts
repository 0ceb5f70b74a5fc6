import { FacetHolding } from './facet-holding.entity';

/** A holding as compared: every column but its own id, in one line. */
export function holdingLine(h: Omit<FacetHolding, 'id'>): string {
  const exclusive = h.exclusive === true || (h.exclusive as unknown) === 1 || (h.exclusive as unknown) === '1';
  return [h.attribute, h.subjectKey, h.claimantId, h.valueKey, h.polarity, exclusive ? 'exclusive' : '-', h.timeFrom ?? '-', h.timeTo ?? '-',
    h.statedFrom ?? '-', h.statedTo ?? '-', h.firstClaimId, Number(h.claims)].join(' | ');
}

/**
 * What the stored holdings lack and what they hold too many of, against the holdings rebuilt from the
 * facets; repeats count (two equal rows where one belongs is one too many).
 */
export function holdingDifferences(stored: string[], rebuilt: string[]): { missing: string[]; extra: string[] } {
  const left = new Map<string, number>();
  for (const line of stored) left.set(line, (left.get(line) ?? 0) + 1);
  const missing: string[] = [];
  for (const line of rebuilt) {
    const n = left.get(line) ?? 0;
    if (n > 0) left.set(line, n - 1);
    else missing.push(line);
  }
  const extra = [...left.entries()].flatMap(([line, n]) => Array<string>(n).fill(line));
  return { missing: missing.sort(), extra: extra.sort() };
}
