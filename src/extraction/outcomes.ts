import { Token } from './analyse';
import { NEGATIONS, PLACES } from './category-words';
import { nounPhrase } from './targets';
import { REPORTING_VERBS } from './lexicon';
import { wordTable } from './word-table';

/** Verbs of taking a place: said of the attackers, the attack succeeded. */
const TAKING = new Set(['seize', 'capture', 'overrun', 'take', 'occupy']);

/**
 * "its troops had seized the town", "the base was overrun": a place taken, read as the outcome "success".
 * Only a place ("the town of Kessa", "the army base"), not what was carried off ("seized weapons"). Returns the
 * number of tokens read from i, or 0.
 */
export function placeTaken(tokens: Token[], i: number, last: number): number {
  return placeSeized(tokens, i, last) || placeLost(tokens, i);
}

/** "its troops had seized the town": the active taking of a place, whose subject did it (the number of tokens read, or 0). */
export function placeSeized(tokens: Token[], i: number, last: number): number {
  const t = tokens[i];
  // The tagger may take "overrun" for a noun; the word is a verb of taking either way.
  const verb = t.pos === 'VERB' || t.lower === 'overrun' || t.lower === 'overran';
  if (!verb || !TAKING.has(t.lemma === 'overran' ? 'overrun' : t.lemma) || i + 1 > last || passiveAt(tokens, i)) return 0;
  const np = nounPhrase(tokens, i + 1, last);
  return np && tokens[np[0]].pos === 'DET' && PLACES.has(tokens[np[1]].lower) ? np[1] - i + 1 : 0;
}

/** Words after "fell" that make it no taking: "fell silent", "fell on the family", "fell to 52". */
const NOT_TAKEN_AFTER = new Set(['silent', 'quiet', 'on', 'apart', 'ill', 'asleep', 'short', 'back', 'behind', 'down']);

/**
 * "the base had fallen", "the camp fell to the attackers", "the town was overrun", "the base had been captured": a place
 * lost, said with the place as subject (1 when so, else 0). The place is no attacker.
 */
function placeLost(tokens: Token[], i: number): number {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t.lemma === 'fall' && t.pos === 'VERB') {
    const no = next && (NOT_TAKEN_AFTER.has(next.lower) || next.pos === 'ADJ' || (next.lower === 'to' && tokens[i + 2]?.pos === 'NUM'));
    return !no && placeBefore(tokens, i) ? 1 : 0;
  }
  const verb = t.pos === 'VERB' || t.lower === 'overrun';
  // "was taken by surprise", "was taken back": no place lost.
  const not = next?.lower === 'back' || (next?.lower === 'by' && tokens[i + 2]?.lower === 'surprise');
  return verb && TAKING.has(t.lemma) && !not && passiveAt(tokens, i) && placeBefore(tokens, i) ? 1 : 0;
}

/** A passive: "was", "were" or "been" among the three words before the participle ("was quickly overrun"). */
export function passiveAt(tokens: Token[], i: number): boolean {
  return tokens.slice(Math.max(0, i - 3), i).some((w) => ['was', 'were', 'been'].includes(w.lower));
}

/**
 * A place as the subject right before the verb at i, over its auxiliaries and a negation ("the base had not fallen"):
 * a phrase of its own ("the army base"), not the object of a verb or a preposition before it ("who stormed a hotel
 * was captured", "the number of people in hospital had fallen").
 */
function placeBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && i - k <= 4 && ['AUX', 'PART', 'ADV'].includes(tokens[k].pos)) k -= 1;
  if (k < 0 || !PLACES.has(tokens[k].lower) || (k === i - 1 && tokens[i].lemma !== 'fall')) return false;
  let j = k - 1;
  while (j > 0 && k - j <= 3 && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[j].pos)) j -= 1;
  const opener = tokens[j - 1];
  return j >= 0 && tokens[j].pos === 'DET' && !(opener && (opener.pos === 'ADP' || (opener.pos === 'VERB' && !REPORTING_VERBS.has(opener.lemma))));
}

/** An attack that failed was fought off; a plan or an attempt that failed was stopped before it struck. */
const FAILING: Record<string, 'repelled' | 'foiled'> = wordTable({
  attack: 'repelled', assault: 'repelled', offensive: 'repelled', raid: 'repelled', incursion: 'repelled', infiltration: 'repelled',
  attempt: 'foiled', plot: 'foiled', bid: 'foiled',
});

/**
 * "the attack failed", "the assault had not succeeded", "a failed attempt to storm the base": the outcome said of the
 * attack's noun at i, with the number of tokens read and whether it is denied ("the attack did not fail"). Null when none.
 */
export function attackFailed(tokens: Token[], i: number, last: number): { value: 'repelled' | 'foiled'; length: number; negated: boolean } | null {
  const value = FAILING[tokens[i].lower];
  if (!value) return null;
  // "a failed attempt", "an unsuccessful assault".
  if (i > 0 && ['failed', 'unsuccessful', 'abortive', 'botched'].includes(tokens[i - 1].lower)) return { value, length: 1, negated: false };
  // "the attack failed": the one attack of the statement, not "where its attacks had failed" (a campaign).
  if (!['the', 'this', 'that'].includes(tokens[i - 1]?.lower ?? '')) return null;
  let negated = false;
  for (let k = i + 1; k <= last && k <= i + 4; k += 1) {
    const t = tokens[k];
    if (NEGATIONS.has(t.lower)) negated = true;
    else if (t.lemma === 'fail') return { value, length: k - i + 1, negated };
    // "the attack did not succeed": a success denied is a failure.
    else if (t.lemma === 'succeed' && negated) return { value, length: k - i + 1, negated: false };
    else if (!['AUX', 'ADV', 'PART'].includes(t.pos)) return null;
  }
  return null;
}

/** Those who attacked, as the side attacked names them. */
const ATTACKERS = new Set(['attackers', 'assailants', 'enemy', 'terrorists', 'militants', 'rebels', 'insurgents', 'gunmen', 'jihadists', 'raiders']);

/**
 * "the attackers fled", "the terrorists retreated", "the enemy was forced to withdraw": the attack fought off, read at
 * the attackers' noun (i). The number of tokens read and whether it is denied ("the rebels did not retreat"), or null.
 */
export function attackersFled(tokens: Token[], i: number, last: number): { value: 'repelled'; length: number; negated: boolean } | null {
  if (!ATTACKERS.has(tokens[i].lower) || (tokens[i - 1] && ['of', "'s", '’s'].includes(tokens[i - 1].lower))) return null;
  let negated = false;
  let forced = false;
  for (let k = i + 1; k <= last && k <= i + 5; k += 1) {
    const t = tokens[k];
    if (NEGATIONS.has(t.lower)) negated = true;
    else if (['flee', 'retreat'].includes(t.lemma) || ['fled', 'retreated', 'fleeing'].includes(t.lower) || (forced && t.lemma === 'withdraw')) return { value: 'repelled', length: k - i + 1, negated };
    else if (t.lower === 'forced') forced = true;
    else if (!['AUX', 'ADV', 'PART'].includes(t.pos) && t.lower !== 'to') return null;
  }
  return null;
}
