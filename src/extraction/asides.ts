/** What stands beside a speaker named after the verb, and says who it is ('"...," said Olena, a cashier', 'said a survivor who fled'). */
import type { Clause, Span } from './attribution';

/** '"...," said Olena, a cashier who escaped.': beside one capitalised word, an age or "a ..." up to the next comma says who it is. */
export function asideOfOneName(c: Clause, [a, b]: Span): Span | null {
  const next = c.tokens[b + 2];
  if (a !== b || c.tokens[a].pos !== 'PROPN' || c.tokens[b + 1]?.text !== ',' || !next || b + 2 > c.last || c.quoted[b + 2]) return null;
  if (!['a', 'an'].includes(next.lower) && next.pos !== 'NUM') return null;
  let k = b + 2;
  // Up to a relative clause ("a cashier who escaped ..."): what it did says nothing of who it is.
  while (k + 1 <= c.last && k - b < 8 && !c.quoted[k + 1] && ![',', '.', ';', 'who', 'whose', 'which', 'that'].includes(c.tokens[k + 1].lower)) k += 1;
  return [b + 2, k];
}

/** '"...," said a survivor who fled to the town.': a relative clause after the speaker describes it and ends the clause. */
export function relativeAfter(c: Clause, [, b]: Span): boolean {
  const next = c.tokens[b + 1];
  return !!next && b + 1 <= c.last && !c.quoted[b + 1] && (next.lower === 'who' || next.lower === 'whose') && c.tokens[b].pos === 'NOUN';
}
