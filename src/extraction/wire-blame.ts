import { Token } from './analyse';
import { Span } from './attribution';
import { phraseBefore } from './blame';
import { CAUSES, WEAPONS } from './category-words';
import { phraseAt } from './phrases';
import { nounPhrase } from './targets';

/**
 * Forms of responsibility and of causes general to wire copy, read around one word of a statement: who claimed
 * responsibility, a party's men named by a possessive, a cause denied outright, an attack attributed to someone,
 * and causes or acts of another time than the event.
 */

const BE = new Set(['was', 'were', 'is', 'are', "'s", 'be', 'been']);
const EVIDENCE = new Set(['sign', 'signs', 'trace', 'traces', 'evidence', 'indication']);
const PRONOUN_SELF = new Set(['it', 'we', 'they', 'its', 'our']);

/**
 * Who claimed responsibility at the verb k: "ISWAP had claimed responsibility" names ISWAP, "it claimed" or a claim
 * opening the statement is the speaker's own ('self'), "no group has claimed" or any other phrase names no one (null).
 * A speaker reporting another's claim ("the army said ISWAP had claimed") is not the one claiming.
 */
export function claimant(tokens: Token[], k: number, first: number): Span | 'self' | null {
  let end = k - 1;
  // 'it "categorically rejects" any responsibility': over quotation marks too.
  while (end >= first && (['AUX', 'ADV', 'PART'].includes(tokens[end].pos) || /^["“”]$/.test(tokens[end].text))) end -= 1;
  if (end < first) return 'self';
  // "said that ISWAP claimed" opens the statement; "the group that claimed responsibility" is a relative clause on a noun
  // phrase, whose head claimed (not the speaker).
  if (['that', 'which', 'who'].includes(tokens[end].lower)) {
    if (end === first || !['NOUN', 'PROPN'].includes(tokens[end - 1].pos)) return 'self';
    return phraseBefore(tokens, end - 1, first);
  }
  if (PRONOUN_SELF.has(tokens[end].lower)) return 'self';
  const np = phraseBefore(tokens, end, first);
  if (!np) return null;
  // "no group has claimed", "nobody claimed": a claim denied to everyone names no one.
  if (['no', 'nobody', 'none'].includes(tokens[np[0]].lower) || tokens[np[0] - 1]?.lower === 'no') return null;
  // "its fighters claimed": the speaker's own men.
  if (PRONOUN_SELF.has(tokens[np[0] - 1]?.lower ?? '')) return 'self';
  return np;
}

/** Armed men and arms a party's possessive names: "the RSF's forces", "the coalition's jets"; or one after them ("elements of the FDLR"). */
const MEN = new Set([
  'forces', 'force', 'fighters', 'troops', 'men', 'soldiers', 'militiamen', 'gunmen', 'militants', 'units', 'unit', 'army', 'militia', 'jets', 'warplanes',
  'aircraft', 'drones', 'drone', 'artillery', 'gunners', 'navy', 'snipers', 'commandos', 'operatives', 'members', 'elements',
]);

/**
 * "the RSF's forces shelled the city", "Hamas's fighters fired": a subject whose head at a is owned by the phrase
 * before the possessive; the owner is who acted. The owner's span, or null.
 */
export function possessiveOwner(tokens: Token[], a: number, k: number, first: number): Span | null {
  // Only armed men or arms: "Ethiopia's northern Tigray region killed" is no subject of Ethiopia's.
  if (a - 2 < first || !["'s", '’s'].includes(tokens[a - 1].lower) || !MEN.has(tokens[k].lower)) return null;
  return phraseBefore(tokens, a - 2, first);
}

/**
 * "there was no air strike", "it was not a missile": a cause denied outright by a form of "be" and a negation right
 * before it (over an article). Needs no word of harm: the denial is the statement's point.
 */
export function deniedOutright(tokens: Token[], i: number, first: number): boolean {
  let k = i - 1;
  if (k >= first && ['a', 'an', 'any'].includes(tokens[k].lower)) k -= 1;
  // "showed no signs of gunshot wounds", "found no trace of explosives".
  if (k - 2 >= first && tokens[k].lower === 'of' && EVIDENCE.has(tokens[k - 1].lower) && tokens[k - 2].lower === 'no') return true;
  if (k - 1 < first || !['no', 'not', "n't"].includes(tokens[k].lower)) return false;
  return BE.has(tokens[k - 1].lower);
}

/** "attributed the attack to M23": where the phrase naming the one blamed begins, after "to" within six words; -1 when none. */
export function attributedTo(tokens: Token[], first: number, last: number): number {
  for (let k = first; k <= last && k <= first + 6; k += 1) if (tokens[k].lower === 'to') return k + 1 <= last ? k + 1 : -1;
  return -1;
}

const SPANS = new Set(['hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);
/** Attacks of before: "in previous attacks", "in earlier raids". */
const BEFORE_WORDS = new Set(['previous', 'past', 'earlier', 'prior', 'recent']);
const INCIDENTS = new Set(['attacks', 'raids', 'strikes', 'operations', 'incidents', 'years', 'months', 'bombings', 'offensives']);
const STARTS = new Set(['start', 'beginning', 'outbreak', 'onset']);

/**
 * Whether the cause or act at [i, end] is of another time than the event, or left open: "a week after a car bomb
 * killed 10 people" (the earlier blast), "used roadside bombs in previous attacks", "fired thousands of missiles since
 * the start of the war", "had fired rockets at the town in the past", "whether it was a missile or a drone". Looks
 * eight words back for "whether" or a span of time before "after" or "before", and eight words on for a phrase of before.
 */
export function otherOrOpen(tokens: Token[], i: number, end: number, first: number, last: number): boolean {
  for (let k = i - 1; k > first && k >= i - 8; k -= 1) {
    if (tokens[k].lower === '.' || tokens[k].lower === ';') break;
    if (tokens[k].lower === 'whether') return true;
    if (k >= i - 5 && ['after', 'before'].includes(tokens[k].lower) && SPANS.has(tokens[k - 1].lower)) return true;
  }
  for (let k = end + 1; k <= last && k <= end + 8; k += 1) {
    const w = tokens[k].lower;
    if (w === '.' || w === ';') break;
    if (BEFORE_WORDS.has(w) && INCIDENTS.has(tokens[k + 1]?.lower ?? '')) return true;
    // "in the past", not "in the past 24 hours" (the event's own toll).
    if (w === 'past' && tokens[k - 1].lower === 'the' && tokens[k - 2]?.lower === 'in' && !['NUM', 'NOUN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '')) return true;
    if (w === 'since' && tokens[k + 1]?.lower === 'the' && (STARTS.has(tokens[k + 2]?.lower ?? '') || ['war', 'conflict', 'invasion'].includes(tokens[k + 2]?.lower ?? ''))) return true;
  }
  return false;
}

/** "set fire to", "set ablaze": setting something on fire is doing the harm. */
export function setFire(tokens: Token[], i: number): boolean {
  return tokens[i].lemma === 'set' && ['fire', 'ablaze', 'alight', 'on'].includes(tokens[i + 1]?.lower ?? '');
}

/** Verbs whose object is an attack made: "launched a drone strike", "conducted air strikes". */
const MAKING = new Set(['launch', 'conduct', 'stage', 'mount', 'order']);

/**
 * "carried out an air strike", "launched a drone strike", "denied carrying out an air strike": a cause that is the
 * object of a verb of making an attack at i is the harm itself, asserted or denied with the verb.
 */
export function attackMade(tokens: Token[], i: number, first: number): boolean {
  let k = i - 1;
  while (k > first && k >= i - 3 && ['DET', 'ADJ', 'NUM'].includes(tokens[k].pos)) k -= 1;
  if (k < first) return false;
  if (tokens[k].lower === 'out') return k - 1 >= first && tokens[k - 1].lemma === 'carry';
  return MAKING.has(tokens[k].lemma) && tokens[k].pos === 'VERB';
}

/** "had hit a separate site", "struck another building": an act on another place than the event's. */
export function otherPlace(tokens: Token[], i: number, last: number): boolean {
  for (let k = i + 1; k <= last && k <= i + 3; k += 1) {
    // "killed another 20 civilians" counts more of the same: only another place or act is another incident.
    if (['separate', 'another', 'different'].includes(tokens[k].lower)) return tokens[k + 1]?.pos !== 'NUM';
    if (!['DET', 'ADJ', 'ADP'].includes(tokens[k].pos)) return false;
  }
  return false;
}

/**
 * "do not use", "does not fire", "Hamas uses hospitals as shields": a habit in the present (an arsenal, a doctrine, a
 * practice), not the act of the event; k the verb. Reported acts of the event are in the past.
 */
export function habitual(tokens: Token[], k: number, first: number): boolean {
  const t = tokens[k];
  if (t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es`) return true;
  for (let n = k - 1; n >= first && n >= k - 3; n -= 1) if (['do', 'does'].includes(tokens[n].lower)) return true;
  return false;
}

/**
 * Stored munitions are the cause only where the blast is said to have come from them ("was caused by ammunition
 * stored there", "came from explosives stored in the building"): "the detonation of the stored ammunition caused a
 * fire in the mall" tells what a strike set off, not what the event was. "by" or "from" within five words before i.
 */
export function cameFromStore(tokens: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first && k >= i - 5; k -= 1) if (['by', 'from'].includes(tokens[k].lower)) return true;
  return false;
}

/** "dropped a guided bomb on the village", "dropped barrel bombs": dropping arms (named within four words) is the attack. */
export function droppedArms(tokens: Token[], i: number, last: number): boolean {
  if (tokens[i].lemma !== 'drop') return false;
  for (let k = i + 1; k <= last && k <= i + 4; k += 1) {
    if (['bomb', 'bombs', 'explosives'].includes(tokens[k].lower) || phraseAt(tokens, k, last, WEAPONS) || phraseAt(tokens, k, last, CAUSES)) return true;
  }
  return false;
}

/** What a side starts or joins when it fights: "started the fighting", "opened the hostilities". */
const FIGHTING = new Set(['fighting', 'clashes', 'clash', 'hostilities', 'battle', 'attack', 'assault', 'offensive', 'shooting', 'firing']);

/**
 * Taking part in the fighting is doing it (corpus README: who fought is a perpetrator): "fought alongside the rebels",
 * "had started the fighting", "delivered a strike on". Not "fought back" or "fought off" (the defender's).
 */
export function joinedFighting(tokens: Token[], i: number, last: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1]?.lower ?? '';
  if (t.lemma === 'fight') return ['alongside', 'beside'].includes(next) || (next === 'with' && tokens[i + 2]?.lower === 'the' && /^(rebels|militia|militants|group)$/.test(tokens[i + 3]?.lower ?? ''));
  // "took part in the fighting", "took no part in the attack".
  const part = next === 'part' ? i + 1 : ['no', 'any'].includes(next) && tokens[i + 2]?.lower === 'part' ? i + 2 : -1;
  // The fighting is what "in" governs, not a gerund's object ("took part in repelling the attack").
  let head = part + 2;
  while (head < last && head <= part + 4 && ['DET', 'ADJ'].includes(tokens[head].pos)) head += 1;
  if (t.lemma === 'take' && part > 0) return tokens[part + 1]?.lower === 'in' && FIGHTING.has(tokens[head]?.lower ?? '');
  // Not "provoked the attack" (the other side's doing) nor "started the war" (the whole war's blame, not the event's).
  if (!['start', 'begin', 'initiate', 'deliver'].includes(t.lemma)) return false;
  for (let k = i + 1; k <= last && k <= i + 3; k += 1) {
    if (t.lemma === 'deliver' ? ['strike', 'strikes', 'blow', 'blows'].includes(tokens[k].lower) : FIGHTING.has(tokens[k].lower)) return true;
  }
  return false;
}

/** The party a phrase of a body's men names after "of" ("by the forces of the SPLA-IO"), or null. */
export function menOf(tokens: Token[], np: Span, last: number, partyOfPhrase: (span: Span) => string | null): string | null {
  if (!MEN.has(tokens[np[1]].lower) || tokens[np[1] + 1]?.lower !== 'of') return null;
  const body = nounPhrase(tokens, np[1] + 2, last);
  return body ? partyOfPhrase(body) : null;
}
