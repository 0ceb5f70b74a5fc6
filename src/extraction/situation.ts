import { Token } from './analyse';
import { MODALS, NEGATIONS } from './category-words';

/**
 * The state of the fighting said by its noun and a verb of going on or of ending, in any tense: "clashes were
 * continuing", "fighting raged on", "gunfire could still be heard", "the shooting hasn't stopped" (ongoing), "the
 * fighting had stopped" (ongoing, denied). A modal makes it a forecast ("fighting will continue"): nothing is read.
 */

/** Nouns of fighting whose going on is the situation. */
const FIGHTING = new Set([
  'fighting', 'clashes', 'battles', 'battle', 'gunfire', 'shooting', 'shelling', 'firing', 'exchanges', 'gunbattles', 'firefights', 'skirmishes',
  'combat', 'hostilities', 'bombardment', 'explosions', 'gunshots',
]);
/** Verbs (lemmas) of going on: "continued", "raging", "persist", "resumed". */
const GOING_ON = new Set(['continue', 'rage', 'persist', 'resume', 'intensify']);
/** Verbs (lemmas) of ending: "had stopped", "ceased", "subsided". */
const ENDING = new Set(['stop', 'cease', 'end', 'subside', 'halt']);

/** Words that open a clause of time or reason. */
const SUBORDINATE = new Set(['until', 'after', 'when', 'before', 'once', 'since', 'as', 'while', 'till']);

/** The lemma or, where the tagger's lemma is off ("raging" -> "rag"), the stem of the word: a verb of going on. */
function goingOn(t: Token): boolean {
  const stem = t.lower.replace(/(ing|ed|es|s)$/, '');
  return GOING_ON.has(t.lemma) || GOING_ON.has(stem) || GOING_ON.has(`${stem}e`);
}

export interface FightingState {
  value: 'fighting_ongoing';
  /** Whether the words deny it: "the fighting had stopped", "clashes did not resume". */
  negated: boolean;
  length: number;
}

/** The state of the fighting whose noun stands at i, or null. Looks at most five words on. */
export function fightingState(tokens: Token[], i: number, last: number): FightingState | null {
  // The tagger may read "fighting" opening a clause as a verb; "they were fighting" is one (SITUATIONS reads it).
  if (!FIGHTING.has(tokens[i].lower) || (tokens[i].pos === 'VERB' && ['AUX', 'PRON', 'NOUN', 'PROPN'].includes(tokens[i - 1]?.pos ?? ''))) return null;
  // "until the shooting stopped", "after the fighting ended": a time in the story, not the state of things.
  for (let k = i - 1; k >= 0 && k >= i - 2; k -= 1) if (SUBORDINATE.has(tokens[k].lower)) return null;
  // "there is no fighting going on", "no more heavy fighting continued": the noun itself denied.
  let negated = noBefore(tokens, i);
  let still = false;
  // "fighting between the army and the RSF had intensified", "clashes in the north continued": over the place or sides.
  let from = i + 1;
  if (tokens[from]?.pos === 'ADP' && tokens[from].lower !== 'of') {
    let k = from + 1;
    while (k <= last && k <= from + 7 && ['DET', 'NOUN', 'PROPN', 'ADJ', 'CCONJ', 'NUM'].includes(tokens[k].pos)) k += 1;
    from = k;
  }
  for (let k = from; k <= last && k <= from + 4; k += 1) {
    const t = tokens[k];
    if (MODALS.has(t.lower)) return null;
    if (NEGATIONS.has(t.lower)) negated = true;
    if (t.lower === 'still') still = true;
    if (t.lower === 'ongoing' || goingOn(t) || (t.lemma === 'go' && tokens[k + 1]?.lower === 'on') || (still && t.lemma === 'hear')) {
      return { value: 'fighting_ongoing', negated, length: k - i + 1 };
    }
    if (ENDING.has(t.lemma) || (t.lemma === 'die' && tokens[k + 1]?.lower === 'down')) return { value: 'fighting_ongoing', negated: !negated, length: k - i + 1 };
    if (!['AUX', 'ADV', 'PART'].includes(t.pos) && !NEGATIONS.has(t.lower)) return null;
  }
  return null;
}

/** Whether "no" stands before the noun at i, over at most two words that qualify it ("no more heavy fighting"). */
export function noBefore(tokens: Token[], i: number): boolean {
  // "Nothing is under control": the state said of nothing.
  if (tokens[i - 1]?.lemma === 'be' && ['nothing', 'nowhere'].includes(tokens[i - 2]?.lower ?? '')) return true;
  for (let k = i - 1; k >= 0 && k >= i - 3; k -= 1) {
    // "no less heavy fighting", "no fewer clashes": a comparison, which says the fighting went on.
    if (tokens[k].lower === 'no') return !['less', 'fewer', 'sooner'].includes(tokens[k + 1]?.lower ?? '');
    if (!['ADJ', 'ADV'].includes(tokens[k].pos) && tokens[k].lower !== 'more') return false;
  }
  return false;
}

/** Times a state is said "by": "under control by evening", unlike "under control by the army" (who holds it). */
const TIMES = new Set(['evening', 'morning', 'noon', 'midday', 'night', 'nightfall', 'dawn', 'afternoon', 'then', 'now', 'midnight', 'sunset', 'sunrise', 'late', 'early',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Whether "by" at k (if it is one) names who, not when: "still held by the army" but not "calm by nightfall". */
export function byWhom(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'by') return false;
  const next = tokens[k + 1];
  if (!next) return true;
  if (TIMES.has(next.lower) || next.pos === 'NUM') return false;
  return !(['the', 'this', 'that'].includes(next.lower) && TIMES.has(tokens[k + 2]?.lower ?? ''));
}

/** Verbs (lemmas) a state of calm follows: "the town was quiet", "the city remained calm", "seemed calm". */
const BECOMING = new Set(['be', 'remain', 'become', 'seem', 'appear', 'stay', 'return']);

/**
 * "the situation in the area was calm", "the city is now quiet", "the streets were not calm": calm said at the
 * adjective at i, with whether it is denied. Null when the word is not said of a place or a situation.
 */
export function calmSaid(tokens: Token[], i: number, first: number): { negated: boolean } | null {
  if (!['calm', 'quiet'].includes(tokens[i].lower) || tokens[i].pos === 'VERB') return null;
  let negated = false;
  for (let k = i - 1; k >= first && k >= i - 4; k -= 1) {
    const t = tokens[k];
    if (NEGATIONS.has(t.lower)) negated = true;
    else if (BECOMING.has(t.lemma) && (t.pos === 'AUX' || t.pos === 'VERB')) return { negated };
    else if (!['ADV', 'AUX', 'PART'].includes(t.pos)) return null;
  }
  return null;
}

/** "ended a 30-hour siege", "broke the siege of the hotel": the siege over, the place under control. Tokens read, or 0. */
export function siegeEnded(tokens: Token[], i: number, last: number): number {
  const t = tokens[i];
  if (!['end', 'break', 'lift'].includes(t.lemma) || t.pos !== 'VERB') return 0;
  for (let k = i + 1; k <= last && k <= i + 5; k += 1) {
    if (tokens[k].lower === 'siege') return k - i + 1;
    if (!['DET', 'ADJ', 'NUM', 'NOUN', 'PUNCT'].includes(tokens[k].pos) || tokens[k].text === ',') return 0;
  }
  return 0;
}
