import { Token } from './analyse';
import { Span } from './attribution';
import { ATTACK_NOUNS, DENIED_BLAME, NEGATIONS, RESPONSIBILITY } from './category-words';
import { nounPhrase } from './targets';

/** Who a body of armed men belongs to, in the words wire copy names it by: "soldiers of X", "the gunmen belonged to X". */

/** Heads that name men of an armed body, not the body: "soldiers of the army", "members of the militia", "fighters from X". */
const MEN = new Set([
  'soldiers', 'soldier', 'troops', 'fighters', 'fighter', 'members', 'member', 'militiamen', 'gunmen', 'men', 'elements', 'units', 'unit', 'officers',
  'combatants', 'militants', 'commandos', 'forces', 'pilots', 'snipers', 'structures', 'cells', 'cell',
]);
/** Those who carried out an attack, named without saying whose they were. */
const ATTACKERS = new Set([
  'attackers', 'attacker', 'assailants', 'assailant', 'gunmen', 'gunman', 'bomber', 'bombers', 'perpetrators', 'perpetrator', 'killers', 'militants', 'men', 'raiders',
  'suspects', 'suspect', 'culprits', 'culprit',
]);
/** "belonged to", "linked to", "affiliated with", "loyal to", "members of": the words that tie attackers to a body. */
const TIES = new Map([['belong', 'to'], ['belonged', 'to'], ['belonging', 'to'], ['linked', 'to'], ['affiliated', 'with'], ['loyal', 'to'], ['tied', 'to'], ['connected', 'to']]);

/** "soldiers of the Myanmar military", "fighters from JNIM": the body the men of the phrase at np belong to, or null. */
export function bodyOf(tokens: Token[], [, b]: Span, last: number): Span | null {
  if (!MEN.has(tokens[b].lower) || b + 2 > last) return null;
  if (['of', 'from'].includes(tokens[b + 1].lower)) return nounPhrase(tokens, b + 2, last);
  // "men in RSF uniforms": the body whose uniform they wore.
  const worn = tokens[b + 1].lower === 'in' ? nounPhrase(tokens, b + 2, last) : null;
  return worn && worn[1] > worn[0] && ['uniform', 'uniforms', 'fatigues'].includes(tokens[worn[1]].lower) ? [worn[0], worn[1] - 1] : null;
}

/** "the Sudanese army's warplanes": the words before the possessive, or null when the phrase has none. */
export function possessor(tokens: Token[], [a, b]: Span): Span | null {
  for (let k = a + 1; k < b; k += 1) if (tokens[k].lower === "'s" || tokens[k].lower === '’s') return [a, k - 1];
  return null;
}

/** "shot down a drone", "intercepted two missiles", "downed a helicopter": what was brought down was no weapon used. */
export function downed(tokens: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first && k >= i - 4; k -= 1) {
    const t = tokens[k];
    if (t.lemma === 'intercept' || t.lower === 'downed' || (t.lower === 'down' && ['shot', 'shoot', 'shooting', 'brought', 'bring'].includes(tokens[k - 1]?.lower ?? ''))) return true;
    if (!['DET', 'ADJ', 'NUM', 'PROPN', 'ADP'].includes(t.pos) && t.lower !== 'down') return false;
  }
  return false;
}

/**
 * "the gunmen belonged to Gran Grif", "the attacker was linked to Jamaat-ul-Ahrar", "the bomber was a member of X",
 * "the assailants were not affiliated with any group": at the word of the tie (i), the body named and whether the tie
 * is denied. Only for a subject that names the attackers: "the school was linked to a charity" names no perpetrator.
 */
export function attackersTiedTo(tokens: Token[], i: number, first: number, last: number): { body: Span; denied: boolean; from: number } | null {
  const t = tokens[i];
  let at = -1;
  const tie = TIES.get(t.lower);
  if (tie && tokens[i + 1]?.lower === tie) at = i + 2;
  // "was a member of", "were members of".
  if (['member', 'members'].includes(t.lower) && tokens[i + 1]?.lower === 'of' && ['a', 'an', 'be', 'was', 'were', 'is', 'are', 'all'].includes(tokens[i - 1]?.lower ?? '')) at = i + 2;
  // "the attack was the work of X": the attack is laid on X as the attackers are.
  const work = t.lower === 'work' && tokens[i + 1]?.lower === 'of' && tokens[i - 1]?.lower === 'the';
  if (work) at = i + 2;
  // "the killers were JNIM fighters", "the attackers were not soldiers": the attackers named by a copula.
  const named = (t.lower === 'were' || t.lower === 'was') && ATTACKERS.has(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.pos === 'DET';
  const namedNot = named && NEGATIONS.has(tokens[i + 1]?.lower ?? '');
  if (named) at = namedNot ? i + 2 : i + 1;
  if (at < 0 || at > last) return null;
  // Back over the verb group ("had been", "were not", "was a") to the subject's head.
  let k = i - 1;
  let denied = false;
  // "the suspects, all members of X": an apposition after a comma ties them as a verb does.
  const skipped = (w: Token) => ['AUX', 'ADV', 'PART', 'DET'].includes(w.pos) || NEGATIONS.has(w.lower) || w.lower === 'all' || w.text === ',';
  while (k > first && k >= i - 5 && skipped(tokens[k])) {
    if (NEGATIONS.has(tokens[k].lower)) denied = true;
    k -= 1;
  }
  if (namedNot) denied = true;
  if (k < first || !(ATTACKERS.has(tokens[k].lower) || (work && (ATTACK_NOUNS.has(tokens[k].lower) || HARMS.has(tokens[k].lower))))) return null;
  const phrase = nounPhrase(tokens, at, last);
  // "were the men of JNIM": the body after "of", for its men only ("enemies of JNIM", "supporters of" are not its men).
  const body = named && phrase && tokens[phrase[1] + 1]?.lower === 'of' ? (MEN_OF.has(tokens[phrase[1]].lower) ? nounPhrase(tokens, phrase[1] + 2, last) : null) : phrase;
  // "the killers were former army soldiers", "JNIM defectors": no longer the body's men.
  if (named && body && tokens.slice(at, body[1] + 1).some((w) => FORMER.has(w.lower) || /^ex-/.test(w.lower))) return null;
  // "a pro-Islamic State cell": a body that backs the group is not the group.
  if (body && tokens.slice(body[0], body[1] + 1).some((w) => /^pro(-|$)/.test(w.lower))) return null;
  return body ? { body, denied, from: k } : null;
}

/** A body's men, named before "of" ("the men of JNIM", "fighters of the group"). */
const MEN_OF = new Set(['men', 'fighters', 'members', 'militants', 'soldiers', 'troops', 'elements', 'gunmen', 'militiamen', 'combatants']);
/** Who no longer belongs to a body. */
const FORMER = new Set(['former', 'deserters', 'deserter', 'defectors', 'defector', 'renegade', 'renegades', 'dissident', 'dissidents', 'retired']);

/** Harms laid on someone as "the work of X" besides the attacks' own nouns. */
const HARMS = new Set(['killings', 'killing', 'massacre', 'massacres', 'bombing', 'blast', 'explosion', 'abduction', 'kidnapping', 'murders']);
const CLAIMING = new Set(['claim', 'admit', 'acknowledge']);
const DENYING = new Set(['deny', 'reject', 'dismiss', 'refute']);
/** Taking responsibility is the speaker's own only with its own subject: "we take responsibility", not "the FNL bear responsibility". */
const TAKING = new Set(['take', 'accept', 'assume']);
const SELF = new Set(['we', 'i', 'it']);

/**
 * The speaker's own responsibility at i ("responsibility", "involvement", "accusations"), claimed or denied by a verb
 * within three words before it: "claimed responsibility", "denied any involvement", "we take responsibility",
 * "We categorically reject these accusations". Where the verb stands and whether it denies, or null.
 */
export function ownedResponsibility(tokens: Token[], i: number, first: number): { verb: number; denied: boolean } | null {
  const word = tokens[i].lower;
  for (let k = i - 1; k >= first && k >= i - 3; k -= 1) {
    const lemma = tokens[k].lemma;
    const self = SELF.has(tokens[k - 1]?.lower ?? '') || (SELF.has(tokens[k - 2]?.lower ?? '') && tokens[k - 1].pos === 'ADV');
    if (RESPONSIBILITY.has(word) && CLAIMING.has(lemma)) return { verb: k, denied: false };
    if (RESPONSIBILITY.has(word) && TAKING.has(lemma) && self) return { verb: k, denied: false };
    if (RESPONSIBILITY.has(word) && DENYING.has(lemma) && lemma !== 'dismiss') return { verb: k, denied: true };
    // "We categorically reject these accusations": the speaker's own denial of what it is accused of.
    if (DENIED_BLAME.has(word) && DENYING.has(lemma) && self) return { verb: k, denied: true };
  }
  return null;
}

/** Verbs of recognising someone: "survivors recognised CODECO fighters", "witnesses identified the attackers as X". */
const RECOGNISING = new Set(['identify', 'recognise', 'recognize']);

/** Who was recognised at i: the phrase after "as" when there is one, else the object; null when i is no such verb or is negated. */
export function recognised(tokens: Token[], i: number, first: number, last: number): Span | null {
  if (!RECOGNISING.has(tokens[i].lemma) || tokens[i].pos !== 'VERB' || i + 1 > last) return null;
  for (let k = i - 1; k >= first && k >= i - 2; k -= 1) if (NEGATIONS.has(tokens[k].lower)) return null;
  const object = nounPhrase(tokens, i + 1, last);
  if (!object) return null;
  const as = object[1] + 1;
  // "identified Lockheed Martin, the US defence company, as its maker": a maker or seller of arms is no perpetrator.
  for (let k = as; k <= last && k <= as + 12; k += 1) if (tokens[k].lower === 'as' && [1, 2, 3].some((n) => k + n <= last && MAKERS.has(tokens[k + n].lower))) return null;
  return tokens[as]?.lower === 'as' && as + 1 <= last ? nounPhrase(tokens, as + 1, last) : object;
}

/** Who made, sold or supplied arms: named "as its maker", they are not who used them. */
const MAKERS = new Set(['maker', 'manufacturer', 'producer', 'supplier', 'seller', 'vendor', 'exporter']);

/** Where the head of a noun phrase is a weapon: "a misfired Islamic Jihad rocket", "an Israeli missile". */
const PROJECTILES = new Set([
  'rocket', 'rockets', 'missile', 'missiles', 'drone', 'drones', 'shell', 'shells', 'bomb', 'bombs', 'warplane', 'warplanes', 'jet', 'jets',
  'aircraft', 'artillery',
]);

/** "a misfired Islamic Jihad rocket": the names before a weapon say whose it was; null when the head is no weapon. */
export function makerOf(tokens: Token[], [a, b]: Span): Span | null {
  if (!PROJECTILES.has(tokens[b].lower) || b === a) return null;
  let k = a;
  while (k < b && tokens[k].pos !== 'PROPN' && !/^[A-Z]/.test(tokens[k].text)) k += 1;
  return k < b ? [k, b - 1] : null;
}

/**
 * "the attackers had crossed from Congo and included Mai-Mai militiamen and Rwandan Hutu rebels, backed by FNL
 * fighters": the bodies the attackers (named within ten words before, in the same sentence) included or were backed by.
 */
export function attackersIncluded(tokens: Token[], i: number, first: number, last: number): Span[] {
  if (tokens[i].lemma !== 'include' || tokens[i].pos !== 'VERB' || i + 1 > last) return [];
  let subject = false;
  for (let k = i - 1; k >= first && k >= i - 10 && tokens[k].text !== '.'; k -= 1) if (ATTACKERS.has(tokens[k].lower)) subject = true;
  if (!subject) return [];
  const out: Span[] = [];
  let k = i + 1;
  for (let guard = 0; guard < 4 && k <= last; guard += 1) {
    const np = nounPhrase(tokens, k, last);
    if (!np) break;
    out.push(np);
    k = np[1] + 1;
    if (tokens[k]?.text === ',') k += 1;
    // "backed by FNL fighters", "supported by X": the ones who backed them took part too.
    if (['backed', 'supported', 'helped', 'aided'].includes(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'by') k += 2;
    else if (tokens[k]?.lower === 'and') k += 1;
    else if (tokens[k - 1]?.text !== ',') break;
  }
  return out;
}
