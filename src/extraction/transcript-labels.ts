/** The labels that open a transcript's turns ("GEN. MILLEY:", "Spokesperson Mao Ning:", "Q:"), told from headlines and datelines. */
import { gluedHyphen, Token } from './analyse';
import { CAPITALS } from './names';
import { SPOKESPEOPLE, TITLES } from './lexicon';

/** A label is short: a title and a name, or a function ("LT GEN AHMED SHARIF CHAUDHRY", "Foreign Ministry Spokesperson"). */
export const MAX_LABEL = 8;
/** How many of the body's first words are looked at to tell a sentence from a headline in capitals. */
const BODY_LOOK = 6;
/** A text is a transcript when at least this many lines open with a label: one "Burundi: ..." line is a headline. */
const MIN_TURNS = 2;

/** A generation after a surname ("Lloyd J. Austin III"): the name still ends with the surname. */
export const GENERATION = /^(Jr|Sr|II|III|IV)\.?$/;

/** Lower-case words a label may hold between its capitalised ones ("Director General of ISPR", "Ibn al-Hakim"). */
export const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'del', 'da', 'du', 'al', 'el', 'bin', 'van', 'von', 'der', 'le', 'la']);
/** Labels of those who ask or present: their words are questions or narration, never a party's statement. */
export const PRESS = new Set([
  'q', 'question', 'questioner', 'reporter', 'journalist', 'anchor', 'host', 'presenter', 'moderator', 'interviewer', 'correspondent',
  'announcer', 'narrator', 'operator', 'audience', 'unidentified', 'editor', 'producer',
]);
const ANSWERS = new Set(['a', 'answer', 'interviewee']);
/** Words before a colon that head a note, a section or a roster, not a turn. */
const NOT_SPEAKERS = new Set([
  'note', 'notes', 'update', 'updated', 'correction', 'breaking', 'exclusive', 'analysis', 'opinion', 'watch', 'read', 'related', 'photo',
  'video', 'file', 'source', 'sources', 'transcript', 'participants', 'present', 'subject', 'topic', 'date', 'location', 'place', 'time',
  'summary', 'background', 'context', 'warning', 'disclaimer', 'live', 'caption', 'credit', 'contact', 'tags', 'keywords', 'also', 'more',
  'media', 'email', 'phone', 'website', 'about', 'timeline', 'reaction', 'reactions', 'toll', 'casualties', 'dead', 'deaths', 'injured',
  'victims', 'facts', 'highlights', 'key', 'statement', 'quote', 'quotes', 'figures', 'numbers', 'fact', 'check', 'verdict', 'claim',
]);
/** Parts of speech no speaker's name is made of. */
const NOT_IN_NAMES = new Set(['VERB', 'AUX', 'PRON', 'ADV', 'SCONJ', 'NUM']);
/** Words of narration: no label holds one ("THE ARMY SAID ON MONDAY:"), and a paragraph after a turn that does is the writer's again. */
export const NARRATION = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'according']);
const CLOSINGS = new Set(['.', '?', '!', '”', '"', '’', "'", '…', ')']);

/** The label's words and whether they name the press, with a title and a name told apart. */
export interface Label {
  text: string;
  /** Words of the label, each capitalised once ("LT GEN CHAUDHRY" -> "Lt Gen Chaudhry"). */
  words: string[];
  /** Words in brackets after the name ("Pentagon press secretary"). */
  beside: string | null;
  press: boolean;
  /** "A:", "ANSWER:": the person interviewed, named in the lines before the first turn. */
  answer: boolean;
  /** Written in capitals: the words were capitalised again, and may be a function as much as a name. */
  shouting: boolean;
}

export function capitalised(t: Token): boolean {
  const c = t.text.charAt(0);
  return c !== c.toLowerCase() && !/\d/.test(t.text);
}

export function isWord(t: Token): boolean {
  return capitalised(t) || t.text === '.' || t.text === '-';
}

/** Last token of the line `from` stands on. */
export function lineEnd(tokens: Token[], from: number): number {
  let k = from;
  while (k + 1 < tokens.length && !tokens[k + 1].lineStart) k += 1;
  return k;
}

/**
 * The colon closing a label that opens the line at `at`, or -1; the label may stand alone on its line, its words
 * on the next ("GEN. MILLEY:" then "We had ..."). Bounded: at most MAX_LABEL tokens are read,
 * so a line of 100,000 capitalised characters ending with a colon costs as much as a short one.
 */
export function labelColon(tokens: Token[], at: number, end: number): number {
  let open = -1;
  for (let k = at; k <= Math.min(end, at + MAX_LABEL + (open < 0 ? 0 : MAX_LABEL)); k += 1) {
    const t = tokens[k];
    if (t.text === ':') return k > at && open < 0 ? k : -1;
    // "JOHN KIRBY (Pentagon press secretary):", "Q (Reuters):": a function or an outlet in brackets, then the colon.
    if (t.text === '(' && k > at && open < 0) open = k;
    // "Mr. Safronkov (Russian Federation) (spoke in Russian):": a second bracket, the language of a record.
    else if (t.text === ')' && open >= 0 && tokens[k + 1]?.text === '(' && tokens[open - 1]?.text !== ')') open = k + 1;
    else if (t.text === ')' && open >= 0) return tokens[k + 1]?.text === ':' && k + 1 <= end ? k + 1 : -1;
    else if (open < 0 && !(k === at ? capitalised(t) : isWord(t) || CONNECTORS.has(t.lower))) return -1;
  }
  return -1;
}

/** A sentence after the colon, not a headline's second half in capitals ("ZABARMARI: TROOPS IN HOT PURSUIT"). */
function bodyIsSentence(tokens: Token[], colon: number, end: number): boolean {
  // The last word may carry its stop ("in." at the very end of a text).
  if (!CLOSINGS.has(tokens[end].text.slice(-1))) return false;
  for (let k = colon + 1; k <= Math.min(end, colon + BODY_LOOK); k += 1) {
    if (tokens[k].text !== tokens[k].text.toUpperCase()) return true;
  }
  return false;
}

export function readLabel(text: string, tokens: Token[], first: number, colon: number): Label {
  const words: string[] = [];
  let end = first;
  while (end < colon && tokens[end].text !== '(') end += 1;
  const shouting = tokens.slice(first, end).every((t) => t.text === t.text.toUpperCase());
  for (let k = first; k < end; k += 1) {
    const t = tokens[k];
    if (t.text === '.' && words.length) words[words.length - 1] += '.';
    // "AL-MANSOUR": a hyphen with no space on either side joins one name.
    else if (words.length && k + 1 < end && gluedHyphen(tokens, k)) words[words.length - 1] += '-';
    else if (words.length && words[words.length - 1].endsWith('-') && tokens[k - 1].text === '-') words[words.length - 1] += shouting ? t.text.charAt(0) + t.text.slice(1).toLowerCase() : t.text;
    else if (shouting) words.push(CONNECTORS.has(t.lower) ? t.lower : t.text.charAt(0) + t.text.slice(1).toLowerCase());
    else words.push(t.text);
  }
  const lower = words.map((w) => w.toLowerCase());
  return {
    text: text.slice(tokens[first].start, tokens[end - 1].end),
    words,
    beside: end < colon - 2 ? text.slice(tokens[end + 1].start, tokens[firstClose(tokens, end, colon) - 1].end) : null,
    press: lower.some((w) => PRESS.has(w)),
    answer: lower.length === 1 && ANSWERS.has(lower[0]),
    shouting,
  };
}

/** The bracket that closes the first one opened at `open`, before the colon. */
function firstClose(tokens: Token[], open: number, colon: number): number {
  let k = open + 1;
  while (k < colon - 1 && tokens[k].text !== ')') k += 1;
  return k;
}

/** The name the label ends with ("Chaudhry" in "Lt Gen Chaudhry"), when it holds a word that is no title. */
export function surname(label: Label): string | null {
  const last = label.words[label.words.length - 1].replace(/\.$/, '');
  return TITLES.has(last.toLowerCase()) || label.words.length === 0 ? null : last;
}

/**
 * Whether label words may name who speaks: "Note:", "Read more:" head no turn, "ISLAMABAD:" opening the copy is
 * a dateline, and "THE ARMY SAID ON MONDAY:" is a sentence in capitals, not a name.
 */
function namesSomeone(tokens: Token[], first: number, colon: number): boolean {
  if (NOT_SPEAKERS.has(tokens[first].lower) || (colon === first + 1 && CAPITALS[tokens[first].lower] !== undefined)) return false;
  // "Killed: 12 soldiers.", "What happened: ...": a verb or a pronoun heads a list or a question, not a speaker.
  // Only the words before a bracket: "(spoke in Russian)" is a record's note, not the label's words.
  for (let k = first; k < colon && tokens[k].text !== '('; k += 1) if (NARRATION.has(tokens[k].lower) || NOT_IN_NAMES.has(tokens[k].pos)) return false;
  return true;
}

/**
 * Lines of the text that open with a label, by their first token, when the text is a transcript: someone
 * speaks twice, or someone asks or presents. "Killed: 12.", "Wounded: 30." each once are a list of figures.
 * `saysWho(colon, end)` tells a line whose words name their own speaker: a heading and a sentence, no turn.
 */
export function labelledLines(tokens: Token[], saysWho: (colon: number, end: number) => boolean): Map<number, number> {
  const colons = new Map<number, number>();
  const seen = new Set<string>();
  const asking = new Set<string>();
  let exchange = false;
  for (let i = 0; i < tokens.length; i += 1) {
    if (!tokens[i].lineStart) continue;
    const end = lineEnd(tokens, i);
    const colon = labelColon(tokens, i, end);
    if (colon < 0 || !namesSomeone(tokens, i, colon)) continue;
    // A label alone on its line speaks the next line, when that is a sentence and no label itself.
    const alone = colon === end && end + 1 < tokens.length;
    const said = alone ? lineEnd(tokens, end + 1) : end;
    if (colon === said || (alone && labelColon(tokens, end + 1, said) >= 0) || !bodyIsSentence(tokens, colon, said)) continue;
    // "PRESENTER: The rebels say ...": the press's label stands, whoever its words quote ("Riverton: The army said" is a heading).
    const press = tokens.slice(i, colon).some((t) => PRESS.has(t.lower));
    // "MS JANE BALUKU (Kasese District Woman Representative): the people tell me that ...": a title or a function in
    // brackets makes the label a person's, whoever the words quote.
    const person = tokens.slice(i, colon).some((t) => t.text === '(') || PERSONAL_TITLES.has(tokens[i].lower.replace(/\.$/, ''));
    // An interviewer's label met before with a question stands too ("SEMANA: The police say ...").
    const key = tokens.slice(i, colon).map((t) => t.lower).join(' ');
    if (!press && !person && !asking.has(key) && saysWho(colon, end)) continue;
    colons.set(i, colon);
    if (tokens[end].text.endsWith('?')) asking.add(key);
    if (seen.has(key) || (colon === i + 1 && ANSWERS.has(key)) || press) exchange = true;
    seen.add(key);
    i = end;
  }
  return colons.size >= MIN_TURNS && exchange ? colons : new Map();
}


/** Where the words before `at` begin in its line: after the line's "LABEL:", and at most `reach` words back. */
export function bodyStartBefore(tokens: Token[], at: number, reach: number): number {
  let from = at;
  while (from > 0 && at - from < reach && tokens[from - 1].text !== ':' && !tokens[from].lineStart) from -= 1;
  return from;
}

export const FIRST_PERSON = new Set(['i', 'we', 'you']);
/** Titles of a person before a name in a label ("MS JANE BALUKU:"), not topic words ("Health:", "Security:"). */
const PERSONAL_TITLES = new Set(['mr', 'ms', 'mrs', 'dr', 'prof', 'hon', 'sen', 'rep', 'gen', 'col', 'lt', 'maj', 'capt', 'sgt', 'brig', 'adm', 'sheikh', 'imam']);
/** Words of one speaking of themselves or their side. */
export const SPEAKING = new Set(['our', 'us', 'my', 'me']);
/** Words that end a sentence: a line's first sentence is where it says who speaks. */
const SENTENCE_ENDS = new Set(['.', '?', '!']);

/** Whether words [first, last] are in the first person outside quotation marks ("We returned fire", "our men"). */
export function inFirstPerson(tokens: Token[], quoted: boolean[], first: number, last: number): boolean {
  for (let k = first; k <= last; k += 1) {
    if (!quoted[k] && (FIRST_PERSON.has(tokens[k].lower) || SPEAKING.has(tokens[k].lower))) return true;
  }
  return false;
}

/** The last token of the sentence opening at `first`, within [first, last]. */
export function sentenceEnd(tokens: Token[], first: number, last: number): number {
  let k = first;
  while (k < last && !SENTENCE_ENDS.has(tokens[k].text)) k += 1;
  return k;
}

/**
 * The labels of those asking, in one pass over the turns: `interviewers`, whose turns are questions, two at least and half
 * of them ("SEMANA: What happened that morning?"), the outlet's interviewer, whose lines are the press's; and `questioners`,
 * every turn of which ends in a question ("JAMES ROWE (foreign wire agency): ... Was Ukraine told?"), never a briefing's host.
 */
export function askingLabels(text: string, tokens: Token[], quoted: boolean[], colons: Map<number, number>): { interviewers: Set<string>; questioners: Set<string> } {
  const asked = new Map<string, [number, number, number]>();
  for (const [at, colon] of colons) {
    const key = readLabel(text, tokens, at, colon).words.join(' ').toLowerCase();
    const [questions, endings, turns] = asked.get(key) ?? [0, 0, 0];
    // A turn that asks and nothing else: "What happened that morning?", not "The army killed 20. Why?".
    const end = lineEnd(tokens, at);
    const ending = tokens[end].text.endsWith('?');
    const asks = ending && sentenceEnd(tokens, colon + 1, end) === end && !quoted.slice(colon + 1, end).some(Boolean);
    asked.set(key, [questions + (asks ? 1 : 0), endings + (ending ? 1 : 0), turns + 1]);
  }
  const keys = (test: (counts: [number, number, number]) => boolean) => new Set([...asked].filter(([, counts]) => test(counts)).map(([key]) => key));
  return { interviewers: keys(([questions, , turns]) => questions >= 2 && questions * 2 >= turns), questioners: keys(([, endings, turns]) => endings === turns) };
}

/** Functions a briefing's heading may name with the body they serve ("THE OFFICE OF THE SPOKESPERSON FOR THE SECRETARY-GENERAL"). */
const HEADED_FUNCTIONS = new Set([...SPOKESPEOPLE, 'spokespeople']);

/**
 * "SPOKESPERSON STÉPHANE DUJARRIC:" under the heading "... OFFICE OF THE SPOKESPERSON FOR THE SECRETARY-GENERAL": the function the
 * label opens with, as the heading (before the first turn) writes it with whom it serves ("spokesperson for the Secretary-General").
 */
export function headingFunction(text: string, tokens: Token[], firstTurn: number, label: Label): string | null {
  const word = label.words[0]?.toLowerCase() ?? '';
  // "SPOKESPERSON FOR THE MALIAN ARMY:" names whom it serves itself.
  if (!HEADED_FUNCTIONS.has(word) || label.words.some((w) => ['for', 'of'].includes(w.toLowerCase()))) return null;
  for (let k = 0; k < firstTurn - 2 && k < 200; k += 1) {
    if (tokens[k].lower !== word || !['for', 'of'].includes(tokens[k + 1].lower)) continue;
    const end = lineEnd(tokens, k);
    let to = k + 2;
    while (to <= end && to - k <= 8 && (capitalised(tokens[to]) || CONNECTORS.has(tokens[to].lower) || tokens[to].text === '-')) to += 1;
    return to > k + 2 ? `the ${word} ${text.slice(tokens[k + 1].start, tokens[to - 1].end)}` : null;
  }
  return null;
}

const OFFICES = new Set(['minister', 'spokesman', 'spokesperson', 'spokeswoman', 'commander', 'chief', 'president', 'governor', 'secretary', 'director', 'ambassador', 'mayor']);

/**
 * The office an interview's heading is about ("INTERVIEW: the Armed Forces Minister on the strike", "an interview with the
 * Defence Minister"): not the object of another word before it ("a survivor responds to the Armed Forces Minister" is about
 * the survivor) nor the subject of a verb after it ("Malian Army Commander Accused by Villagers"); else null.
 */
export function headingOffice(text: string, tokens: Token[], firstTurn: number): string | null {
  for (let k = 1; k < firstTurn && k < 200; k += 1) {
    if (!OFFICES.has(tokens[k].lower) || !capitalised(tokens[k])) continue;
    let a = k;
    while (a > 0 && k - a < 4 && capitalised(tokens[a - 1]) && !tokens[a].lineStart && !OFFICES.has(tokens[a - 1].lower)) a -= 1;
    const before = tokens[a - 1]?.lower === 'the' ? tokens[a - 2] : tokens[a - 1];
    // "An interview with the Defence Minister" is about the minister.
    const object = !!before && !before.lineStart && ['ADP', 'VERB', 'AUX', 'PART'].includes(before.pos) && before.lower !== 'with';
    const subject = !!tokens[k + 1] && !tokens[k + 1].lineStart && ['VERB', 'AUX'].includes(tokens[k + 1].pos);
    if (a < k && !object && !subject) return text.slice(tokens[a].start, tokens[k].end);
  }
  return null;
}

/** Whether one person answers all the questions: the labels besides the press's are of one surname. */
export function oneAnswering(text: string, tokens: Token[], colons: Map<number, number>, asksOnly: Set<string>): boolean {
  const names = [...colons].map(([at, colon]) => readLabel(text, tokens, at, colon)).filter((l) => !l.press && !asksOnly.has(l.words.join(' ').toLowerCase()));
  return names.length > 0 && names.length < colons.size && new Set(names.map((l) => surname(l)?.toLowerCase() ?? l.words.join(' '))).size === 1;
}

/**
 * The first token of each capitalised word that ends a name outside the labels: where a surname in a label is
 * looked for. "Baloch" of "Sana Baloch," is one; "Baloch" of "Baloch Liberation Army" is not.
 */
export function firstMentions(tokens: Token[], colons: Map<number, number>): Map<string, number> {
  const first = new Map<string, number>();
  for (let i = 0; i < tokens.length; i += 1) {
    const colon = colons.get(i);
    const next = tokens[i + 1];
    const endsName = !next || next.lineStart || !capitalised(next) || GENERATION.test(next.text);
    if (colon !== undefined) i = colon;
    else if (capitalised(tokens[i]) && endsName && !first.has(tokens[i].lower)) first.set(tokens[i].lower, i);
  }
  return first;
}
