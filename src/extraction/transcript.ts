/**
 * Transcripts: a press conference or broadcast where each turn opens with a label naming who speaks
 * ("GEN. MILLEY: We had ...", "Spokesperson Mao Ning: ...", "Q: ..."). A speaker's turn is a direct quote
 * of that speaker, to the end of the paragraph and over the paragraphs after it until the next label;
 * the questions and the host's or correspondent's words are nobody's statement.
 */
import { Token } from './analyse';
import { attribute, Attribution, Span } from './attribution';
import { appositionAfter, appositionBefore, DETERMINERS } from './appositions';
import { TITLES, WEEKDAYS } from './lexicon';
import { MONTHS } from './quantity-words';
import type { KnownSource, SourceIndex } from './speakers';
import { asHost, titleParty } from './transcript-host';
import { CAPITALS, DEMONYMS } from './names';
import type { Spoken } from './resolve-speaker';
import { nameEnding } from './speaker-forms';
import { NAME_PARTICLES } from './speaker-rules';
import { subjectOf } from './subjects';
import { bodyStartBefore, capitalised, CONNECTORS, FIRST_PERSON, headingFunction, headingOffice, inFirstPerson, oneAnswering, askingLabels, firstMentions, GENERATION, isWord, Label, labelledLines, lineEnd, MAX_LABEL, NARRATION, PRESS, readLabel, sentenceEnd, SPEAKING, surname } from './transcript-labels';

/** How far before a name a word may say the person is the broadcaster's own ("our correspondent in Quetta, X"). */
const PRESS_REACH = 6;
/** How many names before the first turn are tried for the person who answers ("A:"). */
const MAX_HEADER_NAMES = 5;
/** Places the lexicons know (a country, its capital, its people): "Syria:" heads the news from there, no one speaks. */
const PLACES = new Set([...Object.entries(CAPITALS), ...Object.entries(DEMONYMS)].flat());
/** Verbs by which a sentence under a heading names its own speaker ("The army said ..."), as lemmas. */
const SAYING = new Set(['say', 'tell', 'add', 'according']);
/** Words before a name that make the person the one asking: "spoke to Sara Lind", "interviewed by X". */
const ASKED = new Set(['to', 'by', 'interviewed']);

/** One paragraph of a transcript: who speaks in it and where their words begin. */
export interface Turn {
  /** First token of the words after the label (the paragraph's first token when it carries on a turn; after `last` when the label stands alone). */
  body: number;
  /** Last token of the paragraph. */
  last: number;
  /** Who speaks, as the label writes them: null for questions, hosts, correspondents and labels that name no one. */
  speaker: Spoken | null;
}

/**
 * A turn's words from `first` to `last` as said by its speaker, word for word: "GEN. MILLEY: We had ..." is his
 * direct quote. The speaker's span stands on the first word, as for a quote running on, so the turn stays one statement.
 */
export function spokenWords(first: number, last: number): Attribution {
  return { speaker: [first, first], content: [first, last], verb: 'say', denied: false, form: 'direct_quote', when: null };
}

/**
 * Whether a paragraph without a label carries on the turn before it. One in the writer's voice ("Kirby, asked
 * later, said ...") has a word of narration outside quotation marks, not "I said". Otherwise the speaker is
 * heard in the first person or within quotation marks; or, before the last label (after it a transcript usually
 * gives way to the story again), the paragraph opens with no subject of its own ("Then, after an hour, silence.").
 */
function carriesOn(tokens: Token[], quoted: boolean[], first: number, last: number, final: boolean): boolean {
  for (let k = first; k <= last; k += 1) {
    if (!quoted[k] && NARRATION.has(tokens[k].lower) && !FIRST_PERSON.has(tokens[k - 1]?.lower ?? '')) return false;
  }
  if (quoted[first] || quoted[first + 1] || inFirstPerson(tokens, quoted, first, last)) return true;
  // "Hamas denied it on Telegram.": a paragraph whose subject is a third party is the writer's again.
  return !final && subjectOf({ tokens, quoted, first, last: sentenceEnd(tokens, first, last) }) === null;
}

/**
 * Whether the words after a label name their own speaker, not in the first person: "Riverton: The health office
 * said ..." is a round-up's sentence under a place, no turn. Only the first sentence is read.
 */
function attributesItself(tokens: Token[], quoted: boolean[], colon: number, end: number): boolean {
  if (colon >= end) return false;
  const found = attribute({ tokens, quoted, first: colon + 1, last: sentenceEnd(tokens, colon + 1, end) });
  const who = found ? tokens[found.speaker[0]].lower : '';
  // Only verbs of saying: "Spokesperson X: Kardan rejects the accusation" is X speaking for their side.
  const saying = found !== null && SAYING.has(found.verb) && found.speaker[0] !== found.content[0];
  return saying && !FIRST_PERSON.has(who) && !SPEAKING.has(who);
}

/** Whether the capitalised word at `k` ends a name of two words or more ("Ilya Kardan"), not a title and a name. */
function endsFullName(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 3 && !tokens[j + 1].lineStart; j -= 1) {
    const t = tokens[j];
    if (t.text === '.') continue;
    const word = t.lower.replace(/\.$/, '');
    return capitalised(t) && !TITLES.has(word) && !DETERMINERS.has(word) && !CONNECTORS.has(word);
  }
  return false;
}

/** Where a person the label names is first written out in full, with a function beside the name. */
export interface Introduction {
  head: string;
  beside: string | null;
  press: boolean;
}

/** The text of tokens [a, b], as written. */
function words(text: string, tokens: Token[], a: number, b: number): string {
  return text.slice(tokens[a].start, tokens[b].end);
}

/** "of" or "the" inside a name, before a capitalised word: "Chairman of the Joint Chiefs of Staff". */
function ofThe(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1]?.lower === 'the' ? tokens[k + 2] : tokens[k + 1];
  return ['of', 'the'].includes(tokens[k].lower) && next !== undefined && capitalised(next);
}

/** The name and function as written at `at`, stretched over capitalised words, titles ("spokesman"), their stops and "of the". */
function nameRun(tokens: Token[], at: number): Span {
  let a = at;
  // A particle in lower case inside a name joins it: "Ahmed al-Mismari", "Ali bin Saleh".
  const joins = (k: number) => isWord(tokens[k]) || TITLES.has(tokens[k].lower) || ofThe(tokens, k) || (NAME_PARTICLES.includes(tokens[k].lower) && isWord(tokens[k + 1] ?? tokens[k]));
  while (a > 0 && !tokens[a].lineStart && at - a < 2 * MAX_LABEL && joins(a - 1)) a -= 1;
  while (a < at && CONNECTORS.has(tokens[a].lower)) a += 1;
  let b = at;
  while (b + 1 < tokens.length && !tokens[b + 1].lineStart && b - at < 3 && GENERATION.test(tokens[b + 1].text)) b += 1;
  return [a, b];
}

/**
 * The introduction of the person a label names: "Secretary of Defense Lloyd J. Austin III and Chairman of the
 * Joint Chiefs of Staff Gen. Mark A. Milley, the Pentagon" gives each name and, set after the last of a pair,
 * the body both speak for.
 */
export function introduction(text: string, tokens: Token[], at: number, turnColons: ReadonlySet<number> = new Set()): Introduction {
  const [a, b] = nameRun(tokens, at);
  // "JUNO HALE (foreign agency): Mr Valk, the rebels deny it.": a name opening a turn is one addressed, unless a title follows it
  // ("ANCHOR: Tavi Morun, spokesman for the army, joins us").
  let after = appositionAfter(tokens, b + 1);
  if (after && turnColons.has(a - 1) && !tokens.slice(after[0], after[1] + 1).some((t) => TITLES.has(t.lower))) after = null;
  if (!after && tokens[b + 1]?.lower === 'and' && capitalised(tokens[b + 2] ?? tokens[b])) {
    let k = b + 2;
    const inName = (t: Token | undefined) => t !== undefined && !t.lineStart && (isWord(t) || ['of', 'the'].includes(t.lower));
    while (k - b < 2 * MAX_LABEL && inName(tokens[k + 1])) k += 1;
    after = appositionAfter(tokens, k + 1);
  }
  const before = appositionBefore(tokens, a - 1);
  const beside = before ?? after;
  let press = false;
  // "PRESENTER: We turn now to X": the label before the line's colon is who introduces X, no word of X's function.
  // "Our correspondent spoke to its director, X": the press doing something is someone else ("Our correspondent Grant Ferrett" is the press).
  for (let k = bodyStartBefore(tokens, a, PRESS_REACH); k <= (after ? after[1] : b); k += 1) press ||= PRESS.has(tokens[k].lower) && tokens[k].lower.length > 1 && !(tokens[k + 1]?.pos === 'VERB' && !capitalised(tokens[k + 1]));
  return { head: words(text, tokens, a, b), beside: beside ? words(text, tokens, beside[0], beside[1]) : null, press };
}

/** Who a label's words name, given as a title and name or a function, with a function beside it or none. */
export type Resolver = (head: string, beside: string | null, at: number) => Spoken | null;

/**
 * The person who answers in a Q-and-A ("A:"): the last name before the first turn ("An interview with Front
 * spokesman Tomas Brandt") that resolves to a person (a FAQ's answers are the writer's) and is no interviewer.
 */
function interviewee(text: string, tokens: Token[], firstTurn: number, resolveWords: Resolver): Spoken | null {
  let tried = 0;
  let person: Spoken | null = null;
  for (let k = firstTurn - 1; k > 0 && tried < MAX_HEADER_NAMES; k -= 1) {
    // The last word of a run of capitals: "Brandt" of "Tomas Brandt".
    // "... on 30 October.", "Our correspondent": a date or a pronoun ends no name.
    const t = tokens[k];
    if (!capitalised(t) || t.lineStart || nameGoesOn(tokens, k) || MONTHS.has(t.lower) || WEEKDAYS.includes(t.lower) || t.pos === 'PRON') continue;
    tried += 1;
    const intro = introduction(text, tokens, k);
    if (intro.press || asking(tokens, nameRun(tokens, k)[0])) continue;
    const found = resolveWords(intro.head, intro.beside, k);
    // A person who speaks for a known party is the likelier one answering.
    if (found?.person && found.sourceId) return found;
    if (found?.person) person ??= found;
  }
  return person;
}

/** Whether the name at `k` goes on after it ("Lloyd J. Austin"): not past a full stop ending the sentence ("Tomas Brandt."). */
function nameGoesOn(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next || next.lineStart || !isWord(next)) return false;
  // After an initial or a title, the stop is an abbreviation's: "J. Austin", "Gen. Milley".
  const abbreviated = tokens[k].text.length === 1 || TITLES.has(tokens[k].lower);
  return capitalised(next) || (abbreviated && tokens[k + 2] !== undefined && !tokens[k + 2].lineStart);
}

/** "spoke to Sara Lind", "interviewed by X", "talked with X" (not "an interview with X"): the name is the one asking. */
function asking(tokens: Token[], name: number): boolean {
  const before = tokens[name - 1];
  if (!before || tokens[name].lineStart) return false;
  return ASKED.has(before.lower) || (before.lower === 'with' && tokens[name - 2]?.pos === 'VERB');
}

/**
 * The turns of a transcript, paragraph by paragraph in the order of the text: `turnAt(i)` for the paragraph
 * opening at token i gives its turn, or null outside the turns (and for every paragraph of a text that is no
 * transcript). Each label is resolved once, at its first turn.
 */
export function readTranscript(text: string, tokens: Token[], quoted: boolean[], resolveWords: Resolver, index?: SourceIndex): (at: number) => Turn | null {
  const colons = labelledLines(tokens, (colon, end) => attributesItself(tokens, quoted, colon, end));
  if (!colons.size) return () => null;
  const mentions = firstMentions(tokens, colons);
  const speakers = new Map<string, Spoken | null>();
  let [firstTurn, lastTurn] = [-1, 0];
  for (const at of colons.keys()) [firstTurn, lastTurn] = [firstTurn < 0 ? at : firstTurn, at];
  let before: Turn | null = null;
  let labelled: Turn | null = null;
  const { interviewers: asksOnly, questioners } = askingLabels(text, tokens, quoted, colons);
  const turnColons = new Set(colons.values());
  let hosted: KnownSource | null | undefined;
  let office: string | null | undefined;
  // The label's own words when they name a known party ("ISPR:", "Hamas spokesman:"), else the person as first written out.
  const reading = (label: Label, at: number, [first, last]: Span): Spoken | null => {
    if (label.press || asksOnly.has(label.words.join(' ').toLowerCase())) return null;
    // "A (Mr Lindmeier):": the one answering named in brackets, as first written out (keyed apart from "A (Mr Laerke):").
    const answering = label.answer && label.beside ? mentions.get(label.beside.split(' ').pop()!.toLowerCase()) : undefined;
    if (answering !== undefined) return introduced(answering) ?? null;
    if (label.answer) return interviewee(text, tokens, firstTurn, resolveWords);
    const name = surname(label);
    const mention = name ? mentions.get(name.toLowerCase()) : undefined;
    // "Ilya Kardan, a shopkeeper, ..." then "KARDAN:": the person written out, before a party "Kardan" is an alias of.
    if (mention !== undefined && endsFullName(tokens, mention)) {
      const person = introduced(mention);
      if (person !== undefined) return person;
    }
    // "Syria: Rockets hit a depot.": a place heads the news from there; "Syria: We reject ..." is its delegate speaking.
    const place = PLACES.has(label.words.join(' ').toLowerCase());
    if (place && !inFirstPerson(tokens, quoted, first, last)) return null;
    const heading = headingFunction(text, tokens, firstTurn, label);
    const served = heading ? resolveWords(heading, null, at) : null;
    if (served?.sourceId) return served;
    // "(legal adviser, Joint Incidents Assessment Team)": a function and the body it serves, as "legal adviser of ...".
    const own = resolveWords(label.words.join(' '), label.beside?.replace(/^([a-z][a-z ]{2,40}), (?=[A-Z])/, '$1 of ') ?? null, at);
    if (own?.sourceId) return own;
    // "THE ARMY SPOKESMAN:": words in capitals may be a function in lower case, not a name.
    const plain = label.shouting ? resolveWords(label.words.join(' ').toLowerCase(), label.beside, at) : null;
    if (plain?.sourceId) return plain;
    const person = (mention === undefined ? undefined : introduced(mention)) ?? own;
    // An interview's one answering voice, in no party's function, holds the office its heading names ("INTERVIEW: the Armed Forces
    // Minister on the strike" ... "FLORENCE PARLY:"), read once per transcript.
    if (!person || person.sourceId || !person.person) return person;
    office ??= oneAnswering(text, tokens, colons, asksOnly) ? headingOffice(text, tokens, firstTurn) : null;
    const holder = office ? resolveWords(`${office} ${label.words.join(' ')}`, null, at) : null;
    return holder?.sourceId ? holder : person;
  };
  // A briefing's host speaks through one who answers there (transcript-host.ts); only a heading names one, not a first line that
  // is a turn, and never for the press asking.
  const host = () => (hosted === undefined ? (hosted = firstTurn > lineEnd(tokens, 0) && index ? titleParty(tokens, index) : null) : hosted);
  const named = (label: Label, at: number, said: Span): Spoken | null =>
    questioners.has(label.words.join(' ').toLowerCase()) ? reading(label, at, said) : asHost(reading(label, at, said), label, host);
  // The person first written out at `first`: null when it is the press's own, undefined when it resolves to no one.
  const introduced = (first: number): Spoken | null | undefined => {
    const intro = introduction(text, tokens, first, turnColons);
    if (intro.press) return null;
    const found = resolveWords(intro.head, intro.beside, first);
    if (!found) return undefined;
    // "Gen. Mark A. Milley, the Pentagon": the body beside the name speaks, through the person written out.
    const person = found.sourceId && !found.role ? { role: intro.head, named: found.named ?? nameEnding(intro.head) ?? undefined, person: true } : {};
    return { ...found, ...person };
  };
  return (at: number) => {
    const last = lineEnd(tokens, at);
    const colon = colons.get(at);
    if (colon !== undefined) {
      const label = readLabel(text, tokens, at, colon);
      const key = `${label.words.join(' ')}${label.answer && label.beside ? ` (${label.beside})` : ''}`.toLowerCase();
      // "AL-MANSOUR:" after "MANSOUR AL-MANSOUR (...):", "SPOKESPERSON:" after "SPOKESPERSON STÉPHANE DUJARRIC:": the surname or the function
      // of one label before (a few labels at most; "AHMED AL-ASIRI" and "MOHAMMED AL-ASIRI" leave "AL-ASIRI" to its own reading).
      if (!speakers.has(key)) {
        const earlier = label.words.length === 1 && speakers.size <= 50 ? [...speakers].filter(([k, s]) => s && ((surname(label) && k.endsWith(` ${key}`)) || k.startsWith(`${key} `))) : [];
        speakers.set(key, earlier.length === 1 ? earlier[0][1] : named(label, at, [colon + 1, last]));
      }
      const speaker = speakers.get(key);
      // The speaker as written is the label ("GEN. MILLEY"), whatever words resolved it.
      before = { body: colon + 1, last, speaker: speaker ? { ...speaker, speaker: label.text } : null };
    } else if (before?.speaker && (before.body > before.last || carriesOn(tokens, quoted, at, last, at > lastTurn))) {
      // The line after a label standing alone is the turn's first, whatever it says.
      before = { ...before, body: at, last };
    } else if (!before && labelled?.speaker && at < lastTurn && inFirstPerson(tokens, quoted, at, last) && !attributesItself(tokens, quoted, at - 1, last)) {
      // "Madam Speaker, I wish to state ...": the turn resumes in the first person after a paragraph of its own about others.
      before = { ...labelled, body: at, last };
    } else before = null;
    if (colon !== undefined) labelled = before;
    return before;
  };
}
