import { FacetValue } from '../common/columns';

/**
 * A quantity read from a facet value: a range [min, max] (max null when open), and a magnitude when
 * only words of size were given ("enormous losses"). The whole table is here and in the README.
 */
export interface QuantityRange {
  min: number;
  max: number | null;
  magnitude: 'high' | 'low' | null;
}

/** About N, around N ...: 20 % either side. */
export const APPROXIMATION = 0.2;

const UNITS: Record<string, number> = {
  zero: 0, no: 0, none: 0, nobody: 0, nil: 0, one: 1, a: 1, an: 1, single: 1, two: 2, three: 3, four: 4, five: 5,
  six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, dozen: 12, score: 20,
};
const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/** Words that stand for a range of their own. */
export const VAGUE_QUANTITIES: Record<string, [number, number | null]> = {
  'a few': [2, 5],
  'a handful': [2, 5],
  few: [2, 5],
  several: [3, 9],
  'a dozen or so': [10, 15],
  dozens: [24, 99],
  tens: [20, 99],
  scores: [40, 199],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  many: [10, null],
  numerous: [10, null],
};

/** Words of size alone: a high magnitude is at least ten, a low one at most ten. */
const HIGH: QuantityRange = { min: 10, max: null, magnitude: 'high' };
const LOW: QuantityRange = { min: 0, max: 10, magnitude: 'low' };
export const MAGNITUDES: Record<string, QuantityRange> = {
  enormous: HIGH, heavy: HIGH, massive: HIGH, huge: HIGH, considerable: HIGH, significant: HIGH,
  light: LOW, minor: LOW, limited: LOW, minimal: LOW,
};

const ABOUT = ['about', 'around', 'approximately', 'approx', 'nearly', 'some', 'roughly', 'almost', 'circa', 'an estimated', 'estimated'];
const AT_LEAST = ['at least', 'more than', 'over', 'upwards of', 'in excess of', 'no fewer than', 'no less than', 'a minimum of'];
const UP_TO = ['up to', 'fewer than', 'less than', 'under', 'at most', 'no more than', 'a maximum of'];

/** Digits with thousands separators ("1,200", "1 200", "12,500.5"): a linear check, no pattern. */
function groupedDigits(text: string): number | null {
  const [whole, fraction, extra] = text.split('.');
  if (extra !== undefined || (fraction !== undefined && !isDigits(fraction))) return null;
  const separator = whole.includes(',') ? ',' : ' ';
  const groups = whole.split(separator);
  if (groups.length < 2 || groups[0].length < 1 || groups[0].length > 3 || !isDigits(groups[0])) return null;
  for (let i = 1; i < groups.length; i += 1) if (groups[i].length !== 3 || !isDigits(groups[i])) return null;
  return Number(groups.join('') + (fraction !== undefined ? `.${fraction}` : ''));
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** "12" or "12.5". */
function decimal(text: string): number | null {
  const [whole, fraction, extra] = text.split('.');
  return extra === undefined && isDigits(whole) && (fraction === undefined || isDigits(fraction)) ? Number(text) : null;
}

/** Reads a number in digits ("1,200", "1 200", "12.5") or in words ("twenty", "a dozen", "two hundred"). */
export function readNumber(words: string): number | null {
  const text = words.trim();
  const digits = decimal(text) ?? groupedDigits(text);
  if (digits !== null) return digits;
  const space = text.indexOf(' ');
  if (space > 0 && text.indexOf(' ', space + 1) === -1) {
    const n = decimal(text.slice(0, space));
    const multiplier = MULTIPLIERS[text.slice(space + 1)];
    if (n !== null && multiplier !== undefined && Object.hasOwn(MULTIPLIERS, text.slice(space + 1))) return n * multiplier;
  }
  const tokens = text.split(/[\s-]/).filter((token) => token !== '' && token !== 'and');
  // "half a dozen", "half a million": half of what follows the article.
  const whole = tokens.length === 3 && tokens[0] === 'half' && (tokens[1] === 'a' || tokens[1] === 'an') ? readNumber(`a ${tokens[2]}`) : null;
  if (tokens[0] === 'half') return whole !== null && whole >= 12 ? whole / 2 : null;
  // "a" and "an" count only before a dozen, a hundred ...: "a lot" is not one.
  if (tokens.length === 0 || (tokens.length === 1 && (tokens[0] === 'a' || tokens[0] === 'an'))) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const token of tokens) {
    if (Object.hasOwn(UNITS, token)) {
      current += UNITS[token] === 0 && seen ? 0 : UNITS[token];
      // "a dozen", "two score": the words before multiply ("a score" is 20, not 21).
      if ((token === 'dozen' || token === 'score') && current > UNITS[token]) current = (current - UNITS[token]) * UNITS[token];
      seen = true;
    } else if (Object.hasOwn(MULTIPLIERS, token)) {
      current = (current || 1) * MULTIPLIERS[token];
      if (MULTIPLIERS[token] >= 1000) {
        total += current;
        current = 0;
      }
      seen = true;
    } else {
      return null;
    }
  }
  return seen ? total + current : null;
}

/** The longest phrase of a quantity: "between two hundred and fifty and three hundred thousand" has 10 words. */
export const MAX_PHRASE_WORDS = 12;

/** A word of what is counted ("prisoners", "dead,"): it has a letter. */
function hasLetter(token: string): boolean {
  return token.toLowerCase() !== token.toUpperCase();
}

/**
 * The phrases a value may start with, longest first, each followed by what the quantity counts ("20
 * prisoners", "no casualties", "300 dead"). Only phrases of at most `MAX_PHRASE_WORDS` words are tried,
 * and the word right after one must be a word (with a letter): "1 1 1 ... 1 +" is no quantity. So the
 * work grows linearly with the value, whatever its length.
 */
function leadingQuantity(text: string): string[] {
  const tokens = text.split(' ', MAX_PHRASE_WORDS + 1);
  const candidates: string[] = [];
  for (let words = Math.min(tokens.length, MAX_PHRASE_WORDS); words >= 1; words -= 1) {
    const next = tokens[words];
    if (words < tokens.length && !hasLetter(next)) continue;
    if (words === tokens.length && tokens.length > MAX_PHRASE_WORDS) continue;
    candidates.push(tokens.slice(0, words).join(' '));
  }
  // The whole value of more words than a phrase has is not read as one.
  return candidates;
}

function range(min: number, max: number | null, magnitude: QuantityRange['magnitude'] = null): QuantityRange {
  return { min, max, magnitude };
}

const DASHES = ['-', '\u2013', '\u2014'];

/** "between N and M", "from N to M": the first "and" or "to" that leaves a number on both sides. */
function between(text: string): [string, string] | null {
  const tokens = text.split(' ');
  if (tokens[0] !== 'between' && tokens[0] !== 'from') return null;
  for (let i = 2; i < tokens.length - 1; i += 1) {
    if (tokens[i] === 'and' || tokens[i] === 'to') {
      const low = tokens.slice(1, i).join(' ');
      if (readNumber(low) !== null) return [low, tokens.slice(i + 1).join(' ')];
    }
  }
  return null;
}

/** "N-M", "N - M", "N to M", "N or M": split at the first separator. */
function span(text: string): [string, string] | null {
  let at = -1;
  let length = 0;
  for (const dash of DASHES) {
    const i = text.indexOf(dash);
    if (i > 0 && (at === -1 || i < at)) [at, length] = [i, 1];
  }
  for (const word of [' to ', ' or ']) {
    const i = text.indexOf(word);
    if (i > 0 && (at === -1 || i < at)) [at, length] = [i, word.length];
  }
  if (at === -1) return null;
  const low = text.slice(0, at).trim();
  const high = text.slice(at + length).trim();
  return low && high ? [low, high] : null;
}

function readPhrase(text: string): QuantityRange | null {
  if (Object.hasOwn(VAGUE_QUANTITIES, text)) return range(...VAGUE_QUANTITIES[text]);
  if (Object.hasOwn(MAGNITUDES, text)) return { ...MAGNITUDES[text] };
  for (const prefix of ABOUT) {
    if (text.startsWith(`${prefix} `)) {
      const n = readNumber(text.slice(prefix.length + 1));
      if (n !== null) return range(n * (1 - APPROXIMATION), n * (1 + APPROXIMATION));
    }
  }
  for (const prefix of AT_LEAST) {
    if (text.startsWith(`${prefix} `)) {
      const rest = text.slice(prefix.length + 1);
      const n = readNumber(rest) ?? (Object.hasOwn(VAGUE_QUANTITIES, rest) ? VAGUE_QUANTITIES[rest][0] : null);
      if (n !== null) return range(n, null);
    }
  }
  for (const prefix of UP_TO) {
    if (text.startsWith(`${prefix} `)) {
      const n = readNumber(text.slice(prefix.length + 1));
      if (n !== null) return range(0, n);
    }
  }
  // "N+" and "100 or more" are at least N, "20 or so" about N (not the first figure alone).
  const open = text.endsWith('+') ? readNumber(text.slice(0, -1)) : text.endsWith(' or more') ? readNumber(text.slice(0, -8)) : null;
  if (open !== null) return range(open, null);
  const roughly = text.endsWith(' or so') ? readNumber(text.slice(0, -6)) : null;
  if (roughly !== null) return range(roughly * (1 - APPROXIMATION), roughly * (1 + APPROXIMATION));
  const n = readNumber(text);
  if (n !== null) return range(n, n);
  const parts = between(text) ?? span(text);
  if (parts) {
    const low = readNumber(parts[0]);
    const high = readNumber(parts[1]);
    if (low !== null && high !== null) return range(Math.min(low, high), Math.max(low, high));
  }
  return null;
}

/** A quantity in words of number or size alone, without a figure: "several", "dozens", "at least dozens", "enormous". */
function vaguePhrase(text: string): boolean {
  if (Object.hasOwn(VAGUE_QUANTITIES, text) || Object.hasOwn(MAGNITUDES, text)) return true;
  return AT_LEAST.some((prefix) => text.startsWith(`${prefix} `) && Object.hasOwn(VAGUE_QUANTITIES, text.slice(prefix.length + 1)));
}

const TRAILING_PUNCTUATION = '.,;:!?';

/** The characters JavaScript's `\s` matches. */
function isSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 160 || code === 5760 || (code >= 8192 && code <= 8202)
    || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
}

/** Words read of a value: a phrase's words, the word after it, and one more that may be punctuation alone. */
const WORDS_READ = MAX_PHRASE_WORDS + 2;
/**
 * Lower case, one space between words, no punctuation at the end: one pass that stops after the words
 * `leadingQuantity` can look at (stripping the end's punctuation touches only the last word), where a
 * `split` and `join` of the whole value grew faster than the value.
 */
function normalised(value: string): string {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= value.length && words.length < WORDS_READ; i += 1) {
    const space = i === value.length || isSpace(value.charCodeAt(i));
    if (space && start >= 0) {
      words.push(value.slice(start, i).toLowerCase());
      start = -1;
    } else if (!space && start < 0) start = i;
  }
  let text = words.join(' ');
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.includes(text[end - 1])) end -= 1;
  text = text.slice(0, end).trim();
  return text;
}

/**
 * Whether a quantity is given only in vague words (the word tables above) rather than a figure: such a
 * value is never as precise as a number, so it may agree with one but never corroborates it.
 */
export function isVagueQuantity(value: FacetValue): boolean {
  if (typeof value !== 'string') return false;
  for (const candidate of leadingQuantity(normalised(value))) {
    if (readPhrase(candidate)) return vaguePhrase(candidate);
  }
  return false;
}

/**
 * Reads a quantity facet value: a number N is [N, N]; `{ min, max }` is itself; words follow the
 * table above. Answers null for words it cannot read, so they are refused on the way in.
 */
export function readQuantity(value: FacetValue): QuantityRange | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? range(value, value) : null;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return range(value.min, value.max ?? null);
  }
  if (typeof value !== 'string') return null;
  const text = normalised(value);
  if (text === '') return null;
  for (const candidate of leadingQuantity(text)) {
    const read = readPhrase(candidate);
    if (read) return read;
  }
  return null;
}

/** Two ranges share at least one figure. */
export function overlaps(a: QuantityRange, b: QuantityRange): boolean {
  return (a.max === null || b.min <= a.max) && (b.max === null || a.min <= b.max);
}

/** A range in words for explanations and reports: "16-24", "at least 500", "0". */
export function describeRange(r: QuantityRange): string {
  const n = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1).replace(/\.0$/, ''));
  if (r.max === null) return `at least ${n(r.min)}`;
  return r.min === r.max ? n(r.min) : `${n(r.min)}-${n(r.max)}`;
}
