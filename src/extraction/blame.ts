import { Token } from './analyse';
import { Span } from './attribution';
import { nounPhrase } from './targets';
import { ATTACK_NOUNS, BY_AFTER, PLACES } from './category-words';
import { DEMONYMS } from './names';

/** Words that make an accusation one of harm: "accused Israel of a massacre", not "of fabricating evidence". */
const HARM_WORDS = new Set([
  'attack', 'attacks', 'strike', 'strikes', 'massacre', 'killing', 'killings', 'kill', 'killed', 'death', 'deaths', 'bombing', 'shelling', 'bomb', 'bombed',
  'shell', 'shelled', 'responsible', 'responsibility', 'casualties', 'blast', 'explosion', 'destruction', 'destroy', 'destroyed', 'blow', 'blowing', 'blew',
  'fire', 'firing', 'fired', 'murder', 'murdering', 'crime', 'crimes', 'atrocity', 'atrocities', 'slaughter', 'execution', 'executions', 'sabotage', 'raid',
  'carry', 'carrying', 'target', 'targeting', 'targeted', 'dead', 'victims', 'terror', 'terrorist', 'terrorism',
  'cleansing', 'genocide', 'abuses', 'violations', 'bloodshed', 'carnage', 'looting', 'rape', 'rapes', 'abduction', 'abductions',
]);
/** Gerunds a denial takes when the speaker denies doing the harm: "denied carrying out the attack", "denied firing at the camp". */
const DOING_GERUNDS = new Set(['carrying', 'firing', 'attacking', 'shelling', 'bombing', 'striking', 'launching', 'conducting', 'targeting', 'committing', 'perpetrating']);
const PLACE_OR_ATTACK = new Set(['attack', 'attacks', 'strike', 'strikes', 'bombing', 'shelling', 'raid', 'assault', 'hospital', 'camp', 'camps', 'school', 'station', 'dam', 'market', 'village', 'town', 'city', 'beach',
  'missile', 'missiles', 'rocket', 'rockets', 'shells', 'territory']);
/** Where a shot came from names who fired it: "fired from positions held by X", "came from positions of X". */
const POSITIONS = new Set(['position', 'positions', 'territory', 'area', 'areas', 'lines', 'side']);
const HELD = new Set(['held', 'controlled', 'occupied']);

/** Whether an accusation or blame that names someone at `from` is one of harm: a harm word within the next 10 words. */
export function accusesOfHarm(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k <= last && k <= from + 10; k += 1) if (HARM_WORDS.has(tokens[k].lower) || HARM_WORDS.has(tokens[k].lemma)) return true;
  return false;
}

/** "denied carrying out the attack", "rejected firing at the hospital": the statement opens with the harm the speaker denies doing. */
export function deniesDoing(tokens: Token[], [first, last]: Span): boolean {
  if (!DOING_GERUNDS.has(tokens[first].lower)) return false;
  for (let k = first + 1; k <= last && k <= first + 5; k += 1) if (PLACE_OR_ATTACK.has(tokens[k].lower)) return true;
  return false;
}

/** The words after "positions held by" / "positions of" at i, where the phrase naming who fired begins; -1 when none. */
export function positionsOwner(tokens: Token[], i: number, last: number): number {
  if (!POSITIONS.has(tokens[i].lower) || i + 2 > last) return -1;
  // Only where something was fired or came from there: "fired from", "came from", "launched from".
  const before = tokens[i - 1]?.lower === 'from' || tokens[i - 2]?.lower === 'from';
  if (!before) return -1;
  if (tokens[i + 1].lower === 'of') return i + 2;
  if (HELD.has(tokens[i + 1].lower) && tokens[i + 2].lower === 'by') return i + 3;
  return -1;
}

/** The phrases naming who holds the positions fired from at i ("fired from positions held by X and Y"). */
export function positionsHolder(tokens: Token[], i: number, last: number): Span[] {
  const owner = positionsOwner(tokens, i, last);
  // "fired from M23-held positions": the one word naming the holder (read without "-held").
  if (POSITIONS.has(tokens[i].lower) && /-(?:held|controlled)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.lower === 'from') return [[i - 1, i - 1]];
  // "positions held by the Rwandan army and the M23": each one holding them.
  return owner >= 0 ? phraseList(tokens, owner, last) : [];
}

/** Whether one of the words stands within four tokens of i. */
export function near(tokens: Token[], i: number, first: number, last: number, set: Set<string>): boolean {
  for (let k = Math.max(first, i - 4); k <= Math.min(last, i + 4); k += 1) if (set.has(tokens[k].lower)) return true;
  return false;
}

/** "the blame lay with X", "responsibility rests with X", "this is the work of X": where the phrase naming X begins, or -1. */
export function blameLiesWith(tokens: Token[], i: number, last: number): number {
  // "This is the work of Dawlah Islamiyah", "the bombing was the handiwork of X": the maker of the attack.
  if (['work', 'handiwork'].includes(tokens[i].lower) && tokens[i - 1]?.lower === 'the' && ['is', 'was', 'were', 'are'].includes(tokens[i - 2]?.lower ?? '') && tokens[i + 1]?.lower === 'of'
    && (['this', 'it', 'that'].includes(tokens[i - 3]?.lower ?? '') || ATTACK_NOUNS.has(tokens[i - 3]?.lower ?? ''))) {
    return i + 2 <= last ? i + 2 : -1;
  }
  if (!['blame', 'responsibility', 'fault'].includes(tokens[i].lower) || i + 2 > last) return -1;
  let k = i + 1;
  if (!['lay', 'lies', 'lie', 'rests', 'rested', 'rest'].includes(tokens[k].lower)) return -1;
  k += 1;
  if (['squarely', 'solely', 'entirely', 'fully'].includes(tokens[k]?.lower ?? '')) k += 1;
  return tokens[k]?.lower === 'with' && k + 1 <= last ? k + 1 : -1;
}

/** Noun phrases joined by "and" or commas from `from`, at most three: "the Congolese army and the FDLR". */
export function phraseList(tokens: Token[], from: number, last: number): Span[] {
  const out: Span[] = [];
  let k = from;
  for (let guard = 0; guard < 3 && k <= last; guard += 1) {
    const np = nounPhrase(tokens, k, last);
    if (!np) break;
    out.push(np);
    k = np[1] + 1;
    if (tokens[k]?.lower !== 'and') break;
    k += 1;
  }
  return out;
}

/** A noun phrase ending at `end`, walking left over nouns, names, adjectives and articles, within four words. */
export function phraseBefore(tokens: Token[], end: number, first: number): Span | null {
  if (end < first || !['NOUN', 'PROPN'].includes(tokens[end].pos)) return null;
  let a = end;
  while (a > first && a > end - 4 && ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(tokens[a - 1].pos)) a -= 1;
  return [a, end];
}

/** Verbs of firing whose place after "at" or "on" is the attack itself: "did not fire at Ganja". */
const FIRED = new Set(['fire', 'shoot', 'shell', 'strike', 'hit', 'bomb', 'target', 'attack']);

/**
 * Whether a denied act at i names the attack itself: fired at or on a place ("had not fired at Kramatorsk",
 * "did not fire on the camp"), or killed anyone ("had not killed anyone in the town"). People aimed at are
 * not the attack ("had not fired at civilians" says whom, not who).
 */
export function firedAtPlace(tokens: Token[], i: number, last: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1]?.lower ?? '';
  if (t.lemma === 'kill' && (next === 'anyone' || next === 'anybody')) return true;
  if (!FIRED.has(t.lemma) || !['at', 'on', 'into'].includes(next) || i + 2 > last) return false;
  const np = nounPhrase(tokens, i + 2, last);
  if (!np) return false;
  const head = tokens[np[1]];
  return PLACES.has(head.lower) || (head.pos === 'PROPN' && np[1] === np[0] + (tokens[np[0]].pos === 'DET' ? 1 : 0));
}

/**
 * "the missile had been fired from Dobropillia", "the rocket was launched by the army": one weapon already known
 * (the definite article, singular), the subject of a passive of firing, is what the statement says who fired or from
 * where; it says nothing new of the cause.
 */
export function knownWeaponFired(tokens: Token[], i: number, end: number, last: number): boolean {
  // One projectile referred back to ("the missile"); "the shells had been fired" still says it was shelling.
  if (tokens[i - 1]?.lower !== 'the' || tokens[end].lower.endsWith('s')) return false;
  let k = end + 1;
  let be = false;
  while (k <= last && k <= end + 4 && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || tokens[k].pos === 'PART')) {
    if (['was', 'were', 'been', 'is', 'are'].includes(tokens[k].lower)) be = true;
    k += 1;
  }
  return be && k <= last && ['fire', 'launch', 'shoot'].includes(tokens[k].lemma);
}

/** What a speaking body calls itself: "the movement's fighters", "the group's men". */
const SELF_BODIES = new Set(['group', 'movement', 'organisation', 'organization', 'militia', 'rebels', 'front']);

/** Whether the subject at a is the speaker's own forces named by its kind: "the movement's fighters" (a at "fighters"). */
export function ownBody(tokens: Token[], a: number): boolean {
  return a >= 3 && ["'s", '’s'].includes(tokens[a - 1].lower) && SELF_BODIES.has(tokens[a - 2].lower) && tokens[a - 3].lower === 'the';
}

/** Accusations of aiding others rather than of doing the harm: "accused India of sponsoring terrorism", "of harbouring the gunmen". */
const AIDING = new Set([
  'sponsoring', 'backing', 'supporting', 'funding', 'financing', 'harbouring', 'harboring', 'sheltering', 'arming', 'training', 'aiding', 'shielding', 'protecting',
]);

/** Whether the accusation right after the one accused (at `from`) is one of aiding: "of sponsoring terrorism". */
export function accusesOfAiding(tokens: Token[], from: number, last: number): boolean {
  return from + 1 <= last && tokens[from].lower === 'of' && AIDING.has(tokens[from + 1].lower);
}

/** Words of violence that make the accusation a denial refers back to one of harm. */
const VIOLENCE = new Set([...HARM_WORDS, 'shot', 'shoot', 'died', 'bodies', 'buried', 'massacred', 'civilians', 'soldiers', 'fighters', 'attackers', 'gunmen', 'wounded', 'hit', 'rocket', 'rockets', 'missiles', 'responsible']);
const SENTENCE_END = new Set(['.', '!', '?']);

/**
 * Whether a bare denial at [first, last] ("Kabul rejected the accusation", "the group has rejected the allegation")
 * refers back to an accusation of harm: the words of its own sentence (to its end) and of the sentence before hold a word of
 * violence and no accusation of aiding. "accused India of sponsoring terrorism. Kabul rejected the accusation" and an
 * allegation of favouring some evacuees deny no part in the attack. Bounded: at most 80 tokens back.
 */
export function deniedAccusationOfHarm(tokens: Token[], first: number, last: number): boolean {
  let start = first;
  let ends = 0;
  while (start > 0 && start > first - 80) {
    if (SENTENCE_END.has(tokens[start - 1].text)) {
      ends += 1;
      if (ends === 2) break;
    }
    start -= 1;
  }
  // The rest of its sentence too: "rejected the accusations, saying its fighters were miles away".
  let end = last;
  while (end + 1 < tokens.length && end < last + 40 && !SENTENCE_END.has(tokens[end].text)) end += 1;
  let harm = false;
  for (let k = start; k <= end; k += 1) {
    if (tokens[k].lower === 'of' && AIDING.has(tokens[k + 1]?.lower ?? '')) return false;
    if (VIOLENCE.has(tokens[k].lower) || HARM_WORDS.has(tokens[k].lemma)) harm = true;
  }
  return harm;
}

/**
 * Everyone an accusation or a blame names from `start`: "accused the army and its allied militias, including the
 * FDLR, of shelling", "blaming the Rwandan army and the M23 rebel group". Named only when the accusation is of harm;
 * a bare blame with nothing after the names (`bare`) blames them for the event the text is about.
 */
export function accusedPhrases(tokens: Token[], start: number, last: number, bare: boolean): Span[] {
  // "blaming a misfired Islamic Jihad rocket": the tagger may read the participle as a verb.
  const participle = tokens[start]?.pos === 'DET' && tokens[start + 1]?.pos === 'VERB' && tokens[start + 1].lower.endsWith('ed');
  const list = phraseList(tokens, participle ? start + 2 : start, last);
  if (!list.length) return [];
  // "Burundian and Congolese extremists": adjectives coordinated before one noun are one phrase, naming no party alone.
  if (list.slice(0, -1).some(([, b]) => tokens[b].pos === 'ADJ' || DEMONYMS[tokens[b].lower])) return [list[0]];
  let end = list[list.length - 1][1];
  // "the army and its allied militias": a phrase a possessive opens names the first one's own men, accused with it.
  // The tagger may read the participle of "its allied militias" as a verb.
  const ownAt = tokens[end + 3]?.pos === 'VERB' && tokens[end + 3].lower.endsWith('ed') ? end + 4 : end + 3;
  const own = tokens[end + 1]?.lower === 'and' && ['its', 'their'].includes(tokens[end + 2]?.lower ?? '') ? nounPhrase(tokens, ownAt, last) : null;
  if (own) end = own[1];
  // "its allied militias, including the FDLR,": the ones a phrase includes are accused with it.
  if (tokens[end + 1]?.text === ',' && tokens[end + 2]?.lower === 'including') {
    const np = nounPhrase(tokens, end + 3, last);
    if (np) {
      list.push(np);
      end = tokens[np[1] + 1]?.text === ',' ? np[1] + 1 : np[1];
    }
  }
  // "blaming X and announcing three days of mourning": the blame ends where another verb begins.
  const ends = end + 1 > last || [',', ';', '.'].includes(tokens[end + 1].text) || (tokens[end + 1].lower === 'and' && tokens[end + 2]?.pos === 'VERB');
  if (ends) return bare ? list : [];
  return accusesOfHarm(tokens, end + 1, last) && !accusesOfAiding(tokens, end + 1, last) ? list : [];
}

/** "carried out the attack", "had carried it out": carrying that is doing, not "carried 20 bodies". */
export function carriedOut(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.lower === 'out') return !inquiryAt(tokens, i + 2, 4);
  return ['it', 'them'].includes(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'out';
}

/** What is carried out to find out, not to harm: "carry out an investigation", "an autopsy carried out by". */
const INQUIRIES = new Set(['investigation', 'inquiry', 'enquiry', 'probe', 'review', 'assessment', 'autopsy', 'evacuation', 'rescue', 'search',
  'survey', 'visit', 'inspection', 'verification', 'analysis', 'exhumation', 'identification', 'test', 'check', 'examination', 'audit', 'count']);

/** "carried out by X", "fired by X" at the "by" at i, unless an inquiry was what was done ("the autopsy was carried out by"). */
export function doneBy(tokens: Token[], i: number): boolean {
  const verb = tokens[i - 1];
  if (!verb || !BY_AFTER.has(verb.lower)) return false;
  return !(['out', 'conducted', 'launched'].includes(verb.lower) && inquiryAt(tokens, verb.lower === 'out' ? i - 3 : i - 2, -5));
}

/** Whether an inquiry's noun stands within `span` words from `from` (forwards, or backwards when span < 0), over no verb. */
export function inquiryAt(tokens: Token[], from: number, span: number): boolean {
  const step = span < 0 ? -1 : 1;
  for (let k = from, n = 0; n < Math.abs(span) && tokens[k]; k += step, n += 1) {
    if (tokens[k].pos === 'NOUN') return INQUIRIES.has(tokens[k].lemma) || INQUIRIES.has(tokens[k].lower);
    if (tokens[k].pos === 'VERB' || tokens[k].text === ',' || tokens[k].text === '.') return false;
  }
  return false;
}

/** Adverbs of a habit: "has increasingly used air power", "repeatedly shelled": a campaign, not the one attack. */
const HABITUAL = new Set(['increasingly', 'repeatedly', 'regularly', 'routinely', 'frequently', 'often', 'systematically', 'continually', 'constantly']);
/** Attacks in the plural, counted: "more than 200 air strikes", "dozens of raids". */
const MANY_ATTACKS = new Set(['attacks', 'strikes', 'raids', 'airstrikes', 'bombings', 'assaults', 'sorties']);
const COUNTS = new Set(['dozens', 'hundreds', 'scores', 'thousands', 'numerous', 'countless', 'many', 'several']);

/**
 * Whether the act at i is a campaign rather than the event: a habit ("has increasingly used air power against villages")
 * or a count of attacks ("had carried out more than 200 air strikes"). Who waged a campaign did not, by these words,
 * carry out the attack the text is about.
 */
export function campaign(tokens: Token[], i: number, first: number, last: number): boolean {
  for (let k = Math.max(first, i - 3); k < i; k += 1) if (HABITUAL.has(tokens[k].lower)) return true;
  // "had fought alongside its troops for years": a span of time is a record, not the event.
  for (let k = i + 1; k <= last && k <= i + 8; k += 1) if (tokens[k].lower === 'for' && DURATIONS.has(tokens[k + 1]?.lower ?? '')) return true;
  for (let k = i + 1; k <= last && k <= i + 5; k += 1) {
    if (!manyCounted(tokens, k)) continue;
    for (let n = k + 1; n <= last && n <= k + 4; n += 1) if (MANY_ATTACKS.has(tokens[n].lower)) return true;
  }
  return false;
}

/** Spans of time after "for" ("for years", "for decades"). */
const DURATIONS = new Set(['years', 'months', 'decades', 'weeks', 'ages', 'generations']);

/**
 * A count of many at k: "dozens", "hundreds", "more than 20", "over 50", or a number of ten or more. "two strikes on
 * the hospital" may be this attack told in its parts, not a campaign.
 */
function manyCounted(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (COUNTS.has(t.lower)) return true;
  if (t.pos !== 'NUM') return false;
  const value = Number(t.text.replace(/,/g, ''));
  const more = (tokens[k - 1]?.lower === 'than' && tokens[k - 2]?.lower === 'more') || tokens[k - 1]?.lower === 'over';
  return more || (Number.isFinite(value) && value >= 10);
}

/** "went from house to house", "had gone from shelter to shelter", "went door to door": armed men hunting people down. */
export function doorToDoor(tokens: Token[], i: number, last: number): boolean {
  if (tokens[i].lemma !== 'go' || i + 3 > last) return false;
  const k = tokens[i + 1].lower === 'from' ? i + 2 : i + 1;
  const roved = k + 2 <= last && tokens[k + 1].lower === 'to' && tokens[k].lower === tokens[k + 2].lower && tokens[k].pos === 'NOUN';
  // "went from tent to tent to treat the wounded": a purpose says what they went for.
  return roved && !(tokens[k + 3]?.lower === 'to' && tokens[k + 4]?.pos === 'VERB');
}
