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

export interface FightingState {
  value: 'fighting_ongoing';
  /** Whether the words deny it: "the fighting had stopped", "clashes did not resume". */
  negated: boolean;
  length: number;
}

/** The state of the fighting whose noun stands at i, or null. Looks at most five words on. */
export function fightingState(tokens: Token[], i: number, last: number): FightingState | null {
  if (!FIGHTING.has(tokens[i].lower) || tokens[i].pos === 'VERB') return null;
  // "until the shooting stopped", "after the fighting ended": a time in the story, not the state of things.
  for (let k = i - 1; k >= 0 && k >= i - 2; k -= 1) if (SUBORDINATE.has(tokens[k].lower)) return null;
  let negated = false;
  let still = false;
  for (let k = i + 1; k <= last && k <= i + 5; k += 1) {
    const t = tokens[k];
    if (MODALS.has(t.lower)) return null;
    if (NEGATIONS.has(t.lower)) negated = true;
    if (t.lower === 'still') still = true;
    if (t.lower === 'ongoing' || GOING_ON.has(t.lemma) || (t.lemma === 'go' && tokens[k + 1]?.lower === 'on') || (still && t.lemma === 'hear')) {
      return { value: 'fighting_ongoing', negated, length: k - i + 1 };
    }
    if (ENDING.has(t.lemma) || (t.lemma === 'die' && tokens[k + 1]?.lower === 'down')) return { value: 'fighting_ongoing', negated: !negated, length: k - i + 1 };
    if (!['AUX', 'ADV', 'PART'].includes(t.pos) && !NEGATIONS.has(t.lower)) return null;
  }
  return null;
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
