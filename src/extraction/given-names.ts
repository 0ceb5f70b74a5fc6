/**
 * A person the text describes and then names as they asked: "a nurse who gave her name only as Amal", "a fighter
 * identified only as Abu Omar", "a shopkeeper who gave only his first name, Hussein". The name is the new source's, the
 * description its role (corpus README: a desk names a new person by their name).
 */
import type { Clause, Span } from './attribution';
import { phraseLeftOf } from './noun-phrases';

/** Verbs that give a name. */
const GIVING = new Set(['gave', 'give', 'given', 'giving', 'identified', 'identify', 'named']);
/** The other words such a relative is made of. */
const AROUND = new Set(['who', 'asked', 'wanted', 'would', 'to', 'be', 'only', 'his', 'her', 'their', 'him', 'himself', 'herself', 'themselves', 'first', 'name', 'names', 'by']);
/** How many capitalised words a given name runs to ("Abu Omar al-Masri"). */
const MAX_NAME = 3;
/** How long the relative runs ("who asked to be identified only by her first name"). */
const MAX_RELATIVE = 11;

/** Words of a relative that gives a name: a verb of giving, and nothing but the words such a relative is made of. */
function naming(words: string[]): boolean {
  return words.some((w) => GIVING.has(w)) && words.every((w) => GIVING.has(w) || AROUND.has(w));
}

function capital(word: string): boolean {
  return /^[A-Z][A-Za-z'’-]*$/.test(word);
}

/** The name words give ("who gave her name only as Amal" -> "Amal", "identified only as Abu Omar" -> "Abu Omar"), or null. */
export function givenNameIn(words: string): string | null {
  const w = words.trim().replace(/[,.]$/, '').split(/\s+/);
  let n = w.length;
  while (n > 0 && w.length - n < MAX_NAME && capital(w[n - 1])) n -= 1;
  if (n === w.length || n === 0) return null;
  const rest = w.slice(0, n).map((x) => x.toLowerCase());
  // "... as Amal", "... first name, Hussein".
  const link = rest[rest.length - 1] === 'as' ? rest.slice(0, -1) : /,$/.test(rest[rest.length - 1]) ? [...rest.slice(0, -1), rest[rest.length - 1].slice(0, -1)] : null;
  return link && link.length <= MAX_RELATIVE && naming(link) ? w.slice(n).join(' ') : null;
}

/**
 * "A nurse who gave her name only as Amal said", "A fighter identified only as Abu Omar told": the description as the
 * verb's subject, and the relative with the name as its apposition. Null when the words before the verb are no such form.
 */
export function describedThenNamed(c: Clause, before: number): { speaker: Span; apposition: Span } | null {
  let k = before;
  while (k > c.first && before - k < MAX_NAME && capital(c.tokens[k].text) && !c.quoted[k]) k -= 1;
  if (k === before || c.tokens[k].lower !== 'as') return null;
  let start = k - 1;
  while (start > c.first && k - start <= MAX_RELATIVE && (GIVING.has(c.tokens[start].lower) || AROUND.has(c.tokens[start].lower))) start -= 1;
  if (!naming(c.tokens.slice(start + 1, k).map((t) => t.lower))) return null;
  const speaker = phraseLeftOf(c, start);
  return speaker && speaker[1] === start ? { speaker, apposition: [start + 1, before] } : null;
}

/** "a shopkeeper who gave only his first name, Hussein, said": where the relative ending at `end` ("name") opens ("who"), or -1. */
export function namingRelative(c: Clause, end: number): number {
  if (!/^names?$/.test(c.tokens[end]?.lower ?? '')) return -1;
  let k = end;
  while (k > c.first && end - k <= MAX_RELATIVE && c.tokens[k].lower !== 'who' && (GIVING.has(c.tokens[k].lower) || AROUND.has(c.tokens[k].lower))) k -= 1;
  return c.tokens[k].lower === 'who' && naming(c.tokens.slice(k, end + 1).map((t) => t.lower)) ? k : -1;
}

/** A name given with more words after it ("who gave his name as Karim, a father of three"), or a pen name. */
const GAVE_NAME = /^who (?:gave|identified|asked to be (?:identified|named|called))(?: only)?(?: (?:his|her|him)(?:self)?)?(?: first)?(?: name)?(?: only)?(?: as|,) ([A-Z][a-z]+)\b|^who (?:writes|posts|blogs|goes) under the (?:pen )?(?:name|pseudonym) ([A-Z][A-Za-z]+)\b/;

/** The name an apposition gives ("who gave his name only as Karim", "identified only as Abu Omar"), or null. */
export function nameGiven(beside: string): string | null {
  const gave = givenNameIn(beside) ?? GAVE_NAME.exec(beside.trim());
  return typeof gave === 'string' ? gave : gave ? gave[1] ?? gave[2] ?? null : null;
}
