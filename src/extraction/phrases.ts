import { Token } from './analyse';
import { ATTACKING, CAUSES, HARM, WEAPONS } from './category-words';

/** Reading the word tables of category-words.ts at a place in a statement: phrases by their first word, and harm nearby. */

/** A blast named as the subject a cause is said to have been ("the explosion was a rocket"). */
const BLASTS = new Set(['blast', 'explosion', 'explosions', 'blasts', 'detonation']);

/** "the camp came under artillery fire": an attack suffered, said of the cause at i (within three words after "came under"). */
export function cameUnder(tokens: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k > first && k >= i - 3; k -= 1) if (tokens[k].lower === 'under' && tokens[k - 1].lemma === 'come') return true;
  return false;
}

/** A cause is read only where the statement ties it to harm ("killed in an air strike", "a missile hit", "caused by"). */
export function causedHarm(tokens: Token[], a: number, b: number, first: number, last: number): boolean {
  if (a > first && ['by', 'in'].includes(tokens[a - 1].lower)) return true;
  if (a - 1 > first && ['by', 'in'].includes(tokens[a - 2].lower) && tokens[a - 1].pos === 'DET') return true;
  if (attackedWith(tokens, a, first)) return true;
  // "the blast at the hospital was an Israeli air strike": a cause said to be what the harm named before the verb was.
  let k = a - 1;
  while (k > first && ['DET', 'ADJ', 'PROPN'].includes(tokens[k].pos)) k -= 1;
  if (k > first && ['was', 'is', 'were', 'are'].includes(tokens[k].lower)) {
    for (let h = first; h < k; h += 1) if (HARM.has(tokens[h].lemma) || HARM.has(tokens[h].lower) || BLASTS.has(tokens[h].lower)) return true;
  }
  // A cause that opens the statement is the subject of what follows: its verb of harm may stand further on.
  const after = a <= first + 1 ? 30 : 6;
  for (let k = Math.max(first, a - 6); k <= Math.min(last, b + after); k += 1) {
    if (k > b && tokens[k].text === '.') break;
    if (k >= a && k <= b) continue;
    if (HARM.has(tokens[k].lemma) || HARM.has(tokens[k].lower)) return true;
  }
  return false;
}

/**
 * "attacked the hospital with artillery", "shelled the camp with mortars": a cause after "with" (over an article or
 * adjective), where a verb of attack stands within five words before it, is what the attack was made with.
 */
function attackedWith(tokens: Token[], a: number, first: number): boolean {
  let w = a - 1;
  if (w > first && ['DET', 'ADJ'].includes(tokens[w].pos)) w -= 1;
  if (w <= first || tokens[w].lower !== 'with') return false;
  // "targeted the ship with missiles" claims an aim, not a hit: only verbs of attack made.
  for (let k = w - 1; k >= first && k >= w - 5; k -= 1) if (ATTACKING.has(tokens[k].lemma) && tokens[k].lemma !== 'target' && tokens[k].pos === 'VERB') return true;
  return false;
}

type PhraseTable = Map<string, Array<{ words: string[]; value: string }>>;
const compiled = new WeakMap<Array<[string, string]>, PhraseTable>();

/** A phrase table by its first word, built once: each token looks only at the phrases that begin with it. */
function byFirstWord(table: Array<[string, string]>): PhraseTable {
  let index = compiled.get(table);
  if (!index) {
    index = new Map();
    for (const [phrase, value] of table) {
      const words = phrase.split(' ');
      const list = index.get(words[0]) ?? [];
      list.push({ words, value });
      index.set(words[0], list);
    }
    compiled.set(table, index);
  }
  return index;
}

export function phraseAt(tokens: Token[], i: number, last: number, table: Array<[string, string]>): { value: string; length: number } | null {
  let best: { value: string; length: number } | null = null;
  for (const { words, value } of byFirstWord(table).get(tokens[i].lower) ?? []) {
    if (i + words.length - 1 > last) continue;
    let same = true;
    // 'took "full control"': quotation marks inside a phrase are skipped.
    let j = i;
    for (let k = 1; k < words.length && same; k += 1) {
      j += 1;
      if (j < last && QUOTE_MARKS.has(tokens[j].text)) j += 1;
      same = j <= last && tokens[j].lower === words[k];
    }
    if (same && (!best || j - i + 1 > best.length)) best = { value, length: j - i + 1 };
  }
  return best;
}

const QUOTE_MARKS = new Set(['"', '“', '”']);


/**
 * From i, past the words that say which kind of weapon ("anti-ship ballistic", "Kh-101 cruise", "F-16"): adjectives,
 * numbers, hyphenated and numbered names, at most four tokens. Returns where the noun they modify may stand.
 */
export function overModifiers(tokens: Token[], i: number, last: number): number {
  let k = i;
  while (k < last && k < i + 4) {
    const t = tokens[k];
    const joined = t.text === '-' || tokens[k - 1]?.text === '-' || tokens[k + 1]?.text === '-';
    if (!(t.pos === 'ADJ' || t.pos === 'NUM' || /\d/.test(t.text) || joined)) break;
    k += 1;
  }
  return k;
}

/** Armed men, whose firing without a named weapon is gunfire: "the attackers fired into the crowd", "soldiers shot residents". */
const GUNMEN = new Set([
  'attackers', 'assailants', 'gunmen', 'fighters', 'soldiers', 'troops', 'militiamen', 'militants', 'insurgents', 'jihadists', 'terrorists', 'policemen', 'guards',
]);
/** What is fired that is no gun: "fired rockets", "fired a missile" say another cause. */
const NOT_GUNS = new Set([
  'rocket', 'rockets', 'missile', 'missiles', 'shell', 'shells', 'mortar', 'mortars', 'grenade', 'grenades', 'drone', 'drones', 'tear', 'warning',
]);

/**
 * "the gunmen fired into the crowd", "fighters shot residents in the streets": armed men as the subject (within three
 * words before, over auxiliaries and adverbs) of firing or shooting that names no other weapon is gunfire.
 */
export function menFired(tokens: Token[], i: number, first: number, last: number): { value: string; length: number } | null {
  const t = tokens[i];
  // The tagger may read "fighters shot residents" as a noun: right after the men, "shot" is still their act.
  const verb = t.pos === 'VERB' || GUNMEN.has(tokens[i - 1]?.lower ?? '');
  if (!verb || !['fired', 'shot'].includes(t.lower)) return null;
  let k = i - 1;
  while (k > first && (['AUX', 'ADV', 'PART'].includes(tokens[k].pos) || ['and', 'in', 'came'].includes(tokens[k].lower))) k -= 1;
  if (k < first || !GUNMEN.has(tokens[k].lower)) return null;
  // "fired cluster munitions at the town": a weapon named after the verb is what was fired.
  for (let n = i + 1; n <= last && n <= i + 3; n += 1) {
    if (NOT_GUNS.has(tokens[n].lower) || phraseAt(tokens, n, last, WEAPONS) || phraseAt(tokens, n, last, CAUSES)) return null;
  }
  return { value: 'gunfire', length: 1 };
}
