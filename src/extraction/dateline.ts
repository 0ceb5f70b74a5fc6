import { Token } from './analyse';
import { fold } from '../claims/fold';
import { countryParty } from './country-party';
import type { Mention } from './mentions';
import { ADJECTIVE_OF, CAPITALS } from './names';
import type { SourceIndex } from './speakers';

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

/**
 * "ISLAMABAD, Oct 12 (Reuters) -": the text is about the dateline's country, so the dateline names its government as a
 * mention would (a bare "Information Minister X" is that government's when the desk knows several). Nothing when the
 * sentence opens with no dateline, or a known name stands in it already (`named`: "KYIV" for a desk's alias "Kyiv").
 */
export function datelineMention(tokens: Token[], first: number, last: number, index: SourceIndex, named: Mention[]): Mention[] {
  const begin = afterDateline(tokens, first, last);
  if (begin === first || named.some((m) => m.at < begin)) return [];
  for (let i = first; i < begin; i += 1) {
    const one = fold(tokens[i].text);
    const country = (i + 1 < begin ? CAPITALS[`${one} ${fold(tokens[i + 1].text)}`] : undefined) ?? CAPITALS[one];
    if (!country) continue;
    const government = countryParty(`${ADJECTIVE_OF[country] ?? country} government`, index);
    return government ? [{ source: government, at: first }] : [];
  }
  return [];
}
