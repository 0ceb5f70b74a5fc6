import { Token } from './analyse';

const DASHES = new Set(['-', '—', '–', '--', '―']);
const AGENCIES = new Set(['reuters', 'afp', 'ap', 'upi', 'dpa', 'efe', 'xinhua', 'anadolu']);
/** A dateline is short: place, date and agency. */
const MAX_DATELINE_TOKENS = 14;

function upper(token: Token): boolean {
  return /^[A-Z][A-Z.'’-]+$/.test(token.text) && token.text.length >= 2;
}

/**
 * Where the body begins in a line that opens with a dateline ("BAMAKO, Sept 17 (Reuters) -", "GAZA CITY —"):
 * the index of the first token after the dash, or `first` when the line has none. A dateline belongs to no statement.
 */
export function afterDateline(tokens: Token[], first: number, last: number): number {
  if (!tokens[first]?.lineStart) return first;
  const opensInCapitals = upper(tokens[first]);
  const limit = Math.min(last, first + MAX_DATELINE_TOKENS);
  let agency = false;
  for (let i = first; i <= limit; i += 1) {
    const t = tokens[i];
    if (AGENCIES.has(t.lower) && tokens[i - 1]?.text === '(') agency = true;
    if (DASHES.has(t.text) && i > first && (opensInCapitals || agency)) return i + 1;
  }
  return first;
}
