/** Functions set beside a name between commas in a transcript's heading or narration: "X, a security analyst in Guadalajara", "the Director General of ISPR, X". */
import { Token } from './analyse';
import type { Span } from './attribution';
import { TITLES } from './lexicon';

/** The longest function set beside a name ("the Director General of ISPR, ..."; "..., a security analyst in Guadalajara"). */
export const MAX_APPOSITION = 10;
/** Words that end a function read leftwards from a name: "the Director General of ISPR, X" starts at "the". */
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'our', 'their', 'his', 'her']);

/** A function set after a name between commas (", a security analyst in Guadalajara."), not a date (", Sept. 1, 2021"). */
export function appositionAfter(tokens: Token[], comma: number): Span | null {
  if (tokens[comma]?.text !== ',' || tokens[comma + 1]?.lineStart || tokens[comma + 1]?.type === 'number') return null;
  let k = comma + 1;
  const goesOn = (t: Token | undefined) => t !== undefined && !t.lineStart && ![',', '.', ';', ':'].includes(t.text);
  while (k - comma < MAX_APPOSITION && goesOn(tokens[k + 1])) k += 1;
  return k > comma ? [comma + 1, k] : null;
}

/**
 * A function set before a name ("the Director General of ISPR, Lieutenant General X", "a spokesman for JNIM, X", "MINUSMA's human
 * rights division"): back to its article, or to a title opening the line ("Director of Public Relations of the Armed Forces, Colonel X").
 */
export function appositionBefore(tokens: Token[], comma: number): Span | null {
  if (tokens[comma]?.text !== ',' || comma === 0) return null;
  let k = comma - 1;
  const fits = (n: number) => ['NOUN', 'PROPN', 'ADJ'].includes(tokens[n].pos) || ['of', 'for', '.', "'s", '’s'].includes(tokens[n].lower) || (tokens[n].lower === 'the' && ['of', 'for'].includes(tokens[n - 1]?.lower ?? ''));
  while (k > 0 && comma - k < MAX_APPOSITION && !tokens[k].lineStart && fits(k - 1)) k -= 1;
  if (k > 0 && DETERMINERS.has(tokens[k - 1].lower) && !tokens[k].lineStart) k -= 1;
  return DETERMINERS.has(tokens[k].lower) || (tokens[k].lineStart && TITLES.has(tokens[k].lower)) ? [k, comma - 1] : null;
}
