import { gluedHyphen, Token } from './analyse';
import { fold } from '../claims/fold';
import { countryParty } from './country-party';
import type { Mention } from './mentions';
import { ADJECTIVE_OF, CAPITALS, countryIn } from './names';
import { MONTHS } from './quantity-words';
import type { SourceIndex } from './speakers';

const DASHES = new Set(['-', '—', '–', '--', '―']);
const AGENCY_KINDS = new Set(['news_agency', 'media', 'state_media']);
const AGENCIES = new Set(['reuters', 'afp', 'ap', 'upi', 'dpa', 'efe', 'xinhua', 'anadolu']);
/** A dateline is short: place, date and agency. */
const MAX_DATELINE_TOKENS = 14;

const month = (word: string) => MONTHS.has(word.toLowerCase().replace(/\.$/, ''));

/**
 * ", Sept 30", ", 30 September", ", September 30, 2016" after a dateline's place (of one or two words in capitals: "NEW
 * DELHI"): a comma, a month and a day, a year at most.
 */
function dated(tokens: Token[], from: number, to: number): boolean {
  const all = tokens.slice(from, to).map((t) => t.text).filter((x) => x !== ',' && x !== '.');
  const words = all.length && upper(tokens[from]) && !month(all[0]) ? all.slice(1) : all;
  const sized = words.length >= 2 && words.length <= 3 && /^\d{4}$/.test(words[2] ?? '2000');
  return sized && ((month(words[0]) && /^\d{1,2}$/.test(words[1])) || (/^\d{1,2}$/.test(words[0]) && month(words[1])));
}

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
  // "MOSCOW, April 4. /TASS/.": a place and a date that the library reads as a sentence of their own.
  if (opensInCapitals && tokens[last].text === '.' && last - first <= 5 && dated(tokens, first + 1, last)) return last + 1;
  const limit = Math.min(last, first + MAX_DATELINE_TOKENS);
  let agency = false;
  for (let i = first; i <= limit; i += 1) {
    const t = tokens[i];
    if (AGENCIES.has(t.lower) && tokens[i - 1]?.text === '(') agency = true;
    // A hyphen inside a word ("ISLAMABAD: Twenty-six") is no dateline's dash.
    const spaced = !gluedHyphen(tokens, i);
    if (DASHES.has(t.text) && spaced && i > first && (opensInCapitals || agency)) return i + 1;
    // A newspaper's place and colon ("ISLAMABAD:", "SRINAGAR, India:", "ISLAMABAD, Sept 30:").
    if (t.text === ':' && i > first && opensInCapitals && (i - first <= 3 || dated(tokens, first + 1, i))) return i + 1;
  }
  return first;
}

/**
 * The mentions of a sentence (`named`), with those in its dateline marked, and for a dateline's capital or country the desk
 * knows by no alias ("ISLAMABAD, Oct 12 (Reuters) -", "PESHAWAR, Pakistan"), its country's government: the text is about that country, so a bare title
 * ("Information Minister X") is that government's when the desk knows several and the text names none of them.
 */
export function withDateline(tokens: Token[], first: number, last: number, index: SourceIndex, named: Mention[]): Mention[] {
  const begin = afterDateline(tokens, first, last);
  if (begin === first) return named;
  const marked = named.map((m) => (m.at < begin ? { ...m, dateline: true } : m));
  // "BEIRUT (AP) -": the agency is named, not the country; the capital still tells it.
  if (named.some((m) => m.at < begin && !AGENCY_KINDS.has(m.source.kind ?? ''))) return marked;
  for (let i = first; i < begin; i += 1) {
    // A capital ("ISLAMABAD"), or the country after a city ("PESHAWAR, Pakistan").
    const one = fold(tokens[i].text);
    const two = i + 1 < begin ? `${one} ${fold(tokens[i + 1].text)}` : '';
    const country = CAPITALS[two] ?? (ADJECTIVE_OF[two] ? two : undefined) ?? CAPITALS[one] ?? (ADJECTIVE_OF[one] ? one : undefined);
    if (!country) continue;
    const government = countryParty(`${ADJECTIVE_OF[country] ?? country} government`, index);
    return government ? [{ source: government, at: first, dateline: true }, ...marked] : marked;
  }
  return marked;
}

/**
 * The country a section heading opens with, as an adjective ("IRAQ - Government spokesman X, 29 January" -> "Iraqi"): a
 * monitoring digest's heading names whose official the section quotes. Null when the words before the dash name no country.
 */
function headingCountry(tokens: Token[], first: number, begin: number): string | null {
  const words = tokens.slice(first, begin - 1).map((t) => fold(t.text)).filter((w) => w && w !== ',');
  if (!words.length || words.length > 3) return null;
  const joined = words.join(' ');
  const country = CAPITALS[joined] ?? (ADJECTIVE_OF[joined] ? joined : null);
  const adjective = country ? ADJECTIVE_OF[country] : null;
  return adjective ? adjective.replace(/\b[a-z]/g, (x) => x.toUpperCase()) : null;
}

/**
 * The person a section heading names ("IRAQ - Government spokesman X, 29 January" -> "Government spokesman X"), with the
 * heading's country as an adjective ("Iraqi") to set in front when the title names no country or party of its own; or null.
 */
export function headingPerson(text: string, tokens: Token[], first: number, last: number, begin: number): { country: string | null; words: string } | null {
  // "CHHATTISGARH - Bastar IG X": a label that names no country still heads the section of the person after it.
  const country = headingCountry(tokens, first, begin);
  let end = begin;
  while (end < last && tokens[end + 1].text !== ',' && end - begin < 12) end += 1;
  return { country, words: text.slice(tokens[begin].start, tokens[end].end) };
}

/** Whether a title names a country or a known party before the person's name ("Kremlin spokesman X", "Russian Defence Ministry spokesman X"). */
export function namesItsParty(words: string, index: SourceIndex): boolean {
  const w = words.split(/\s+/);
  const title = w.slice(0, Math.max(0, w.length - 2));
  return title.some((x) => !!countryIn(x) || index.exact.has(fold(x))) || [2, 3].some((n) => title.length >= n && title.some((_x, i) => i + n <= title.length && index.exact.has(fold(title.slice(i, i + n).join(' ')))));
}

/** "In New Delhi, ...", "In Kyiv, ...": a paragraph that opens in a capital, a scene of its own. */
export function setIn(tokens: Token[], first: number): boolean {
  if (tokens[first].lower !== 'in') return false;
  const comma = [2, 3].find((n) => tokens[first + n]?.text === ',');
  return !!comma && !!CAPITALS[fold(tokens.slice(first + 1, first + comma).map((t) => t.text).join(' '))];
}
