import { QuantityRange, readQuantity } from '../claims/quantity';
import { possessiveMark, Token } from './analyse';
import { classOfDead } from './quantity-classes';
import {
  ARTICLE_NUMBERS, FEW, floorAfter, kindOfWord, MONTHS, NUMBER_WORDS, QUALIFIERS, STILL, STOP, UNITS, VAGUE,
} from './quantity-words';

/** A number in a statement: its words with their qualifier, as the quantity table reads them. */
export interface NumberRead {
  /** First token of the qualifier, or of the number. */
  start: number;
  /** Last token of the number. */
  end: number;
  /** The words as the table reads them ("at least 77", "dozens"), or null when the number counts no one. */
  value: string | null;
  /** "no one", "none of the fighters", "no hostage". */
  none: boolean;
  /** Where the words of what it counts begin. */
  nounsFrom: number;
  /** "twenty of them have been arrested": a number of a group named before. */
  ofWhole?: boolean;
  /** "the terrorists, six of them": the group named just before the comma is counted. */
  appositive?: boolean;
  /** "three of the dead were civilians": a class among the dead, counted as its own attribute. */
  classOfDead?: boolean;
  /** The value as the table reads it. */
  range?: QuantityRange | null;
}

const WHOLE = new Set(['them', 'those', 'whom', 'us', 'these']);
const BIG = new Set(['thousands', 'hundreds', 'millions', 'tens']);
const MONEY = new Set(['$', '€', '£', 'us$']);

function isDigits(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  for (let k = 1; k < t.text.length; k += 1) {
    const d = t.text.charCodeAt(k);
    if (!((d >= 48 && d <= 57) || d === 44 || d === 46)) return false;
  }
  return true;
}

/** A word or figure of number: "12", "1,200", "twenty", "twenty-three", "dozens". */
export function isCount(t: Token | undefined): boolean {
  if (!t) return false;
  return isDigits(t) || NUMBER_WORDS.has(t.lower) || VAGUE.has(t.lower) || (t.lower.includes('-') && t.lower.split('-').every((w) => NUMBER_WORDS.has(w)))
    || digitRange(t.text);
}

/** "30-40", "30–40" written as one word: two runs of digits, the first the lower. */
function digitRange(text: string): boolean {
  const parts = text.split(text.includes('–') ? '–' : '-');
  if (parts.length !== 2 || !parts.every((p) => p.length > 0 && p.length <= 7 && [...p].every((c) => (c >= '0' && c <= '9') || c === ','))) return false;
  // "the 2014-2016 war": a span of years counts nothing.
  if (parts.every((p) => p.length === 4 && (p.startsWith('19') || p.startsWith('20')))) return false;
  return Number(parts[0].replace(/,/g, '')) < Number(parts[1].replace(/,/g, ''));
}

export function isYear(t: Token): boolean {
  return t.text.length === 4 && (t.text.startsWith('19') || t.text.startsWith('20')) && isDigits(t);
}

/**
 * Words of number the table reads that are no figure: "many" (not "as many as", "so many"), "a few", "a
 * handful". Size words ("suffered heavy losses") are read as no count, as the dev annotations do.
 */
function vagueWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1]?.lower ?? '';
  const next = tokens[i + 1];
  if (t.lower === 'many') return !['as', 'so', 'too', 'how', 'not', 'very'].includes(prev) && next?.lower !== 'as' && next?.lower !== 'more';
  if (t.lower === 'few' || t.lower === 'handful' || t.lower === 'score') return prev === 'a';
  return false;
}

/** "1,200", "two hundred and fifty", "100 to 300", "between 100 and 300", "a dozen". */
function numberRun(tokens: Token[], i: number, last: number, between: boolean): number {
  let end = i;
  while (end + 1 <= last) {
    const next = tokens[end + 1];
    const after = tokens[end + 2];
    const words = !isDigits(tokens[end]) && after && !isDigits(after);
    if (isCount(next) && !VAGUE.has(next.lower) && !isDigits(next)) end += 1;
    else if ((next.lower === 'to' || next.lower === 'or' || next.text === '-' || next.text === '–' || (next.lower === 'and' && (between || words)))
      && end + 2 <= last && isCount(after) && !VAGUE.has(after.lower) && !isYear(after)) end += 2;
    else break;
  }
  return end;
}

const OPENERS = [['if', 'not'], ['or', 'even'], ['or', 'possibly'], ['or', 'perhaps'], ['possibly'], ['perhaps'], ['maybe'], ['or']];

/** "20 or so", "100 or more", "dozens, if not hundreds": words after a figure the table reads with it. */
function widened(tokens: Token[], end: number, last: number): number {
  const next = tokens[end + 1]?.lower;
  if (next === 'or' && end + 2 <= last && ['so', 'more'].includes(tokens[end + 2].lower)) return end + 2;
  if (!VAGUE.has(tokens[end].lower)) return end;
  const at = tokens[end + 1]?.text === ',' ? end + 2 : end + 1;
  for (const words of OPENERS) {
    let same = at + words.length <= last;
    for (let k = 0; k < words.length && same; k += 1) same = tokens[at + k].lower === words[k];
    if (same && VAGUE.has(tokens[at + words.length].lower)) return at + words.length;
  }
  return end;
}

/** A qualifier the table reads right before token i, as the index it starts at (i when there is none). */
function qualifierBefore(tokens: Token[], i: number, first: number): number {
  for (const q of QUALIFIERS) {
    const at = i - q.length;
    if (at < first) continue;
    let same = true;
    for (let k = 0; k < q.length && same; k += 1) same = tokens[at + k].lower === q[k];
    if (same) return at;
  }
  return i;
}

/** Where a number's qualifiers begin: "at least a dozen", "a few hundred", "some twenty". */
function qualified(tokens: Token[], i: number, first: number): number {
  let start = i;
  if (start - 1 >= first && FEW.has(tokens[start - 1].lower) && ARTICLE_NUMBERS.has(tokens[start].lower)) start -= 1;
  if (start - 1 >= first && ['a', 'an'].includes(tokens[start - 1].lower) && (ARTICLE_NUMBERS.has(tokens[start].lower) || tokens[start].lower === 'few' || tokens[start].lower === 'handful' || tokens[start].lower === 'score')) start -= 1;
  if (start - 1 >= first && tokens[start].lower === 'a' && tokens[start - 1].lower === 'half') start -= 1;
  for (let turns = 0; turns < 3; turns += 1) {
    const before = qualifierBefore(tokens, start, first);
    if (before === start) break;
    start = before;
    if (tokens[start].lower === 'between') break;
  }
  return start;
}

function said(text: string, tokens: Token[], start: number, end: number): string {
  return text.slice(tokens[start].start, tokens[end].end).toLowerCase().replace(/\s+/g, ' ')
    .replace(/^as many as /, 'up to ')
    // Qualifiers the quantity table reads in other words: "not more than" is its "no more than".
    .replace(/^not (more|fewer|less) than /, 'no $1 than ')
    .replace(/^close to /, 'nearly ')
    .replace(/^in the region of /, 'about ')
    .replace(/^upward of /, 'upwards of ')
    .replace(/^(several|a few|few) (dozen|hundred|thousand)$/, '$2s');
}

const CLAUSE_OPENERS = new Set([',', ';', ':', 'and', 'but', 'that', 'when', 'while', 'as', 'after', 'where', '"', '“']);

/**
 * "A soldier was killed", "a residential building was completely destroyed": one, said with the article, when
 * the noun it opens is the subject of "was" (the passive of a kind verb, read after).
 */
function singular(tokens: Token[], i: number, first: number, last: number): boolean {
  if (tokens[i].lower !== 'a' && tokens[i].lower !== 'an') return false;
  // The subject of its clause ("who stormed a hotel was captured" is not), and not said untrue ("it is not true that").
  if (i > first && !CLAUSE_OPENERS.has(tokens[i - 1].lower)) return false;
  for (let k = Math.max(first, i - 5); k < i; k += 1) if (['not', "n't", 'no', 'never', 'false', 'deny', 'denied'].includes(tokens[k].lower)) return false;
  let k = i + 1;
  while (k <= last && k <= i + 3 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN')) k += 1;
  return k > i + 1 && k <= last && tokens[k - 1].pos === 'NOUN' && tokens[k].lower === 'was';
}

/** "were killed", "had been wounded": a word of harm within four words. */
function harmedAfter(tokens: Token[], k: number, last: number): boolean {
  for (let j = k; j <= Math.min(last, k + 3); j += 1) if (kindOfWord(tokens[j]) === 'fatal' || kindOfWord(tokens[j]) === 'injured') return true;
  return false;
}

/** The number whose first word is token i, or null when token i starts none. */
export function numberAt(tokens: Token[], i: number, first: number, last: number, text: string): NumberRead | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  // "nobody", "no one", "none of the fighters", "not one", "no hostage": a count of none.
  if (t.lower === 'nobody' || t.lower === 'none' || ((t.lower === 'no' || t.lower === 'not') && next?.lower === 'one')) {
    const end = t.lower === 'nobody' || t.lower === 'none' ? i : i + 1;
    let from = end + 1;
    if (tokens[from]?.lower === 'of') from += tokens[from + 1]?.lower === 'the' || WHOLE.has(tokens[from + 1]?.lower ?? '') ? 2 : 1;
    return { start: i, end, value: 'none', none: true, nounsFrom: from };
  }
  if (t.lower === 'no' && i + 1 <= last && (next.pos === 'NOUN' || next.pos === 'ADJ') && !['more', 'fewer', 'less', 'longer'].includes(next.lower)) {
    return { start: i, end: i, value: 'none', none: true, nounsFrom: i + 1 };
  }
  const one = singular(tokens, i, first, last);
  if (one) return { start: i, end: i, value: 'one', none: false, nounsFrom: i + 1, range: readQuantity('one') };
  if (!isCount(t) && !vagueWord(tokens, i)) return null;
  const prev = tokens[i - 1];
  const skip = (end: number): NumberRead => ({ start: i, end, value: null, none: false, nounsFrom: end + 1 });
  // Measures, times, dates, money and years count no one: "40 km", "April 11", "$5 million", "in 2023".
  if (next && (UNITS.has(next.lower) || MONTHS.has(next.lower) || next.lower.includes('year'))) return skip(i);
  // "a 25-year-old soldier", "a 40-km drive": a measure written with hyphens.
  if (next?.text === '-' && UNITS.has(tokens[i + 2]?.lower ?? '')) return skip(i + 2);
  if (t.lower.includes('year') || isYear(t) || (prev && MONTHS.has(prev.lower))) return skip(i);
  // "$5 million", "£2.5 billion": a sum of money, with every word of its number.
  if (prev && MONEY.has(prev.lower)) return skip(numberRun(tokens, i, last, false));
  let begin = i;
  let end = numberRun(tokens, i, last, prev?.lower === 'between');
  const figureEnd = end;
  end = widened(tokens, end, last);
  if (UNITS.has(tokens[end + 1]?.lower ?? '') || MONTHS.has(tokens[end + 1]?.lower ?? '')) return skip(end);
  // "rose from 20 to 35": the figure is the last one.
  if (prev?.lower === 'from') {
    for (let k = i + 1; k < end; k += 1) if (tokens[k].lower === 'to') begin = k + 1;
    if (begin === i) return skip(end);
  }
  const start = begin === i ? qualified(tokens, i, first) : begin;
  let from = end + 1;
  if (end > figureEnd && tokens[from]?.text === ',') from += 1; // "dozens, if not hundreds, of people": the aside's comma closes.
  if (tokens[from] && /^["”]$/.test(tokens[from].text)) from += 1;
  const after = tokens[from]?.lower;
  if (after === 'of' || (after === 'out' && tokens[from + 1]?.lower === 'of')) {
    const whole = tokens[from + (after === 'out' ? 2 : 1)];
    const then = tokens[from + (after === 'out' ? 3 : 2)];
    const classAt = after === 'of' ? classOfDead(tokens, start, from, first, last) : -1;
    if (classAt >= 0) return { start, end, value: readQuantity(said(text, tokens, start, end)) ? said(text, tokens, start, end) : null, none: false, nounsFrom: classAt, classOfDead: true };
    // "tens of thousands" no table reads; "seven of them children", "five of the wounded" are parts of a count.
    if (BIG.has(whole?.lower ?? '')) return skip(from + 1);
    // "killed the terrorists, six of them.": the count of the group just named, after a comma.
    if (WHOLE.has(whole?.lower ?? '') && (!then || then.text === '.' || then.text === ';') && tokens[start - 1]?.text === ',') {
      return { start, end, value: readQuantity(said(text, tokens, start, end)) ? said(text, tokens, start, end) : null, none: false, nounsFrom: from + 2, appositive: true };
    }
    // "killing scores of them": a verb of harm right before counts the group named before, not a part of it.
    // "shot nine of them dead": the harm closes after the group.
    const harmed = start - 1 >= first && ((tokens[start - 1].pos === 'VERB' && kindOfWord(tokens[start - 1]) !== null) || (tokens[start - 1].lower === 'shot' && then?.lower === 'dead'));
    if (WHOLE.has(whole?.lower ?? '') && !harmed && (!then || ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(then.pos) || then.text === ',' || then.text === '.')) return skip(from + 1);
    if (WHOLE.has(whole?.lower ?? '') && harmed) return { start, end, value: readQuantity(said(text, tokens, start, end)) ? said(text, tokens, start, end) : null, none: false, nounsFrom: from + 2 };
    if (WHOLE.has(whole?.lower ?? '')) from += 2;
    // "two of the hostages were killed": captives harmed are a group of their own (read on as hostages).
    else if (whole && ['the', 'those'].includes(whole.lower) && kindOfWord(then) === 'captured' && harmedAfter(tokens, from + 3, last)) from += 2;
    else if (whole && ['the', 'those'].includes(whole.lower) && (kindOfWord(then) || then?.lemma === 'victim')) return skip(from + 2);
    else if (isCount(whole)) from = numberRun(tokens, from + 1, last, false) + 1;
    else if (whole && ['the', 'those'].includes(whole.lower) && isCount(then)) from = numberRun(tokens, from + 2, last, false) + 1;
    // "three of our soldiers", "five of its fighters", "five of the (Northern) Front's fighters": the group after the owner.
    else if (whole?.lower === 'the' && possessiveMark(tokens, from + 1) > 0) from = possessiveMark(tokens, from + 1) + 1;
    else from += whole && ['the', 'our', 'their', 'its', 'his', 'her', 'your'].includes(whole.lower) ? 2 : 1;
  }
  // Ages are no counts: "pupils aged between seven and 14", "Noa Argamani, 26,".
  const byName = start - 2 >= first && tokens[start - 1].text === ',' && tokens[start - 2].pos === 'PROPN' && [',', 'and', '.'].includes(tokens[end + 1]?.text ?? '.');
  // "children under the age of 15", "aged 12", "age 9".
  const age = ['aged', 'age'].includes(tokens[start - 1]?.lower ?? '') || (tokens[start - 1]?.lower === 'of' && ['age', 'ages'].includes(tokens[start - 2]?.lower ?? ''));
  if (byName || age) return skip(end);
  const ofWhole = WHOLE.has(tokens[from - 1]?.lower ?? '') && tokens[from - 2]?.lower === 'of';
  let value: string | null = said(text, tokens, start, end);
  // "dozens, if not hundreds": at least the first (the table reads "at least dozens").
  if (end > figureEnd && VAGUE.has(tokens[figureEnd].lower) && VAGUE.has(tokens[end].lower)) {
    const first = said(text, tokens, start, figureEnd);
    value = first.startsWith('at least ') ? first : `at least ${first}`;
  }
  if (value && floorAfter(tokens, end, last) && !/^(at least|more than|over) /.test(value)) value = `at least ${value}`;
  let range = readQuantity(value);
  if (range === null && start !== begin) {
    value = said(text, tokens, begin, end);
    range = readQuantity(value);
  }
  return { start, end, value: range ? value : null, none: false, nounsFrom: from, ofWhole, range };
}

/** "37 wounded remained in hospital", "dozens of the wounded were still being treated": a part, not a total. */
export function stillInCare(tokens: Token[], n: number, last: number): boolean {
  for (let k = n; k <= Math.min(last, n + 6); k += 1) {
    const w = tokens[k];
    // "12 soldiers were wounded and others were still unaccounted for": another clause.
    if (w.text === ',' || w.text === '.' || STOP.has(w.text) || w.lower === 'and' || w.lower === 'but' || w.lower === 'while') return false;
    if (STILL.has(w.lower) || w.lemma === 'remain') return true;
  }
  return false;
}

const MODALS = new Set(['could', 'may', 'might', 'will', 'would', 'likely', 'expected', 'feared', 'set', 'bound']);
const RISES = new Set(['rise', 'climb', 'increase', 'reach', 'exceed', 'top', 'surpass', 'grow', 'mount']);

/** "the toll was likely to rise above 50", "could reach 100": a forecast, no toll. */
export function forecast(tokens: Token[], start: number, first: number): boolean {
  for (let k = start - 1; k >= Math.max(first, start - 3); k -= 1) {
    if (!RISES.has(tokens[k].lemma)) continue;
    for (let j = k - 1; j >= Math.max(first, k - 3); j -= 1) if (MODALS.has(tokens[j].lower)) return true;
    return false;
  }
  return false;
}

const BRINGS = new Set(['bring', 'bringing', 'raise', 'raising', 'take', 'taking', 'push', 'pushing', 'lift', 'lifting']);

/** "bringing the toll to 21", "raising the number of dead to 80": the whole toll after counts added to it. */
export function broughtTo(tokens: Token[], start: number, first: number): boolean {
  if (tokens[start - 1]?.lower !== 'to') return false;
  for (let k = start - 2; k >= Math.max(first, start - 8); k -= 1) {
    if (BRINGS.has(tokens[k].lower) || BRINGS.has(tokens[k].lemma)) return true;
    if (tokens[k].text === ',' || tokens[k].text === '.') return false;
  }
  return false;
}

/** "many bodies had not been recovered", "12 people were never found": a count said not to be what it would be. */
export function negatedAfter(tokens: Token[], n: number, last: number): boolean {
  for (let k = n; k <= Math.min(last, n + 4); k += 1) {
    const w = tokens[k];
    if (w.lower === 'not' || w.lower === "n't" || w.lower === 'never') return true;
    if (w.pos !== 'AUX' && w.pos !== 'ADV' && w.pos !== 'PART') return false;
  }
  return false;
}
