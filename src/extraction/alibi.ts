import { Token } from './analyse';
import { Span } from './attribution';

/** Nouns for a party's own forces: "its fighters", "none of its units", "no soldier". */
const FORCE_NOUNS = new Set([
  'fighters', 'fighter', 'soldiers', 'soldier', 'units', 'unit', 'troops', 'aircraft', 'forces', 'planes', 'jets', 'drones', 'warplanes',
  'combatants', 'mujahideen', 'pilots', 'elements',
]);
/** Verbs of being somewhere: an alibi says the forces were not at the scene. */
const PRESENCE = new Set(['been', 'deployed', 'flown', 'present', 'operating', 'operated', 'stationed', 'positioned']);
const PLACE_LINKS = new Set(['in', 'at', 'inside', 'over', 'near', 'anywhere', 'within', 'around', 'into']);
const NOT = new Set(['not', "n't", 'never']);
const AUX = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are']);
/** What a speaking body calls itself: "the group's fighters". */
const SELF_BODIES = new Set(['group', 'movement', 'organisation', 'organization', 'militia', 'front']);
const DISTANCES = new Set(['kilometres', 'kilometers', 'km', 'miles']);

/**
 * "none of its fighters had been in Karma", "its fighters had not been in the town", "no soldier had been deployed
 * inside the prison", "none of its aircraft had flown over the state": the speaker's own forces said not to have
 * been at the scene, a denial that it did it. Only at the head of the statement, only the speaker's own forces
 * ("its", "our", or a bare "no soldier"), and only with a place after the verb. Returns the words read, or null.
 */
export function ownForcesAbsent(tokens: Token[], [first, last]: Span, speakerIsGroup = false): Span | null {
  let k = first;
  let negated = false;
  if (tokens[k]?.lower === 'none' && tokens[k + 1]?.lower === 'of') {
    negated = true;
    k += 2;
  } else if (tokens[k]?.lower === 'no') {
    negated = true;
    k += 1;
    if (!FORCE_NOUNS.has(tokens[k]?.lower ?? '')) return null;
  }
  if (['its', 'our'].includes(tokens[k]?.lower ?? '')) k += 1;
  // "the group's fighters": the speaking body named by its kind, when it is an armed group (the army's "the
  // group's fighters" are its enemy's).
  else if (speakerIsGroup && tokens[k]?.lower === 'the' && SELF_BODIES.has(tokens[k + 1]?.lower ?? '') && ["'s", '’s'].includes(tokens[k + 2]?.lower ?? '')) k += 3;
  else if (!(negated && tokens[k - 1]?.lower === 'no')) return null;
  if (tokens[k]?.pos === 'ADJ' && k + 1 <= last) k += 1;
  if (k > last || !FORCE_NOUNS.has(tokens[k].lower)) return null;
  const head = k;
  k += 1;
  for (let n = 0; n < 4 && k <= last && (AUX.has(tokens[k].lower) || NOT.has(tokens[k].lower)); n += 1, k += 1) {
    if (NOT.has(tokens[k].lower)) negated = true;
  }
  // "had been "at least 15 kilometres away"": far from the scene says as much as not there.
  if (!negated && k <= last && tokens[k].lower === 'been' && farAway(tokens, k + 1, last)) return [first, k];
  // "none of its elements took part in the attack", "no member of the group participated in it".
  if (negated && k + 1 <= last && ((tokens[k].lemma === 'take' && tokens[k + 1].lower === 'part') || tokens[k].lemma === 'participate')) return [first, k];
  if (!negated || k > last || !PRESENCE.has(tokens[k].lower)) return null;
  // "had been in Karma", "had been deployed inside the prison": a place follows within two words.
  const verb = k;
  if (tokens[k + 1] && PRESENCE.has(tokens[k + 1].lower) && k + 1 <= last) k += 1;
  return k + 1 <= last && PLACE_LINKS.has(tokens[k + 1].lower) ? [first, Math.max(head, verb)] : null;
}

/** "at least 15 kilometres away", "miles away", "far from the camp": a distance from the scene, within eight words. */
function farAway(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k <= last && k <= from + 8; k += 1) {
    if (tokens[k].lower === 'far' && tokens[k + 1]?.lower === 'from') return true;
    if (DISTANCES.has(tokens[k].lower) && ['away', 'from'].includes(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** "denied having any fighters operating in the area": the words a denial of presence opens with; the words read, or null. */
export function presenceDenied(tokens: Token[], [first, last]: Span): Span | null {
  if (tokens[first]?.lower !== 'having' || !['any', 'its', 'their'].includes(tokens[first + 1]?.lower ?? '')) return null;
  const head = first + 2;
  if (head > last || !FORCE_NOUNS.has(tokens[head].lower)) return null;
  const verb = head + 1;
  return verb + 1 <= last && PRESENCE.has(tokens[verb].lower) && PLACE_LINKS.has(tokens[verb + 1].lower) ? [first, verb] : null;
}
