/**
 * Transcripts: a press conference or broadcast where each turn opens with a label naming who speaks
 * ("GEN. MILLEY: We had ...", "Spokesperson Mao Ning: ...", "Q: ..."). A speaker's turn is a direct quote
 * of that speaker, to the end of the paragraph and over the paragraphs after it until the next label;
 * the questions and the host's or correspondent's words are nobody's statement.
 */
import { Token } from './analyse';
import type { Span } from './attribution';
import { CAPITALS } from './names';
import { TITLES } from './lexicon';
import type { Spoken } from './resolve-speaker';
import { nameEnding } from './speaker-forms';

/** A label is short: a title and a name, or a function ("LT GEN AHMED SHARIF CHAUDHRY", "Foreign Ministry Spokesperson"). */
const MAX_LABEL = 8;
/** How many of the body's first words are looked at to tell a sentence from a headline in capitals. */
const BODY_LOOK = 6;
/** A text is a transcript when at least this many lines open with a label: one "Burundi: ..." line is a headline. */
const MIN_TURNS = 2;
/** How far before a name a word may say the person is the broadcaster's own ("our correspondent in Quetta, X"). */
const PRESS_REACH = 6;
/** The longest function set beside a name ("the Director General of ISPR, ..."; "..., a security analyst in Guadalajara"). */
const MAX_APPOSITION = 10;

/** Lower-case words a label may hold between its capitalised ones ("Director General of ISPR", "Ibn al-Hakim"). */
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'del', 'da', 'du', 'al', 'el', 'bin', 'van', 'von', 'der', 'le', 'la']);
/** Labels of those who ask or present: their words are questions or narration, never a party's statement. */
const PRESS = new Set([
  'q', 'question', 'questioner', 'reporter', 'journalist', 'anchor', 'host', 'presenter', 'moderator', 'interviewer', 'correspondent',
  'announcer', 'narrator', 'operator', 'audience', 'voice', 'voices', 'unidentified', 'off', 'camera', 'editor', 'producer', 'a', 'answer',
]);
/** Words before a colon that head a note, a section or a roster, not a turn. */
const NOT_SPEAKERS = new Set([
  'note', 'notes', 'update', 'updated', 'correction', 'breaking', 'exclusive', 'analysis', 'opinion', 'watch', 'read', 'related', 'photo',
  'video', 'file', 'source', 'sources', 'transcript', 'participants', 'present', 'subject', 'topic', 'date', 'location', 'place', 'time',
  'summary', 'background', 'context', 'warning', 'disclaimer', 'live', 'caption', 'credit', 'contact', 'tags', 'keywords', 'also', 'more',
]);
/** Words of narration: a paragraph after a turn that has one ("Kirby said later ...") is the writer's again. */
const NARRATION = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'according']);
const FIRST_PERSON = new Set(['i', 'we', 'you']);
/** Words of one speaking of themselves or their side. */
const SPEAKING = new Set(['our', 'us', 'my', 'me']);
/** Words that end a function read leftwards from a name: "the Director General of ISPR, X" starts at "the". */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'our', 'their', 'his', 'her']);
const CLOSINGS = new Set(['.', '?', '!', '”', '"', '’', "'", '…', ')']);

/** One paragraph of a transcript: who speaks in it and where their words begin. */
export interface Turn {
  /** First token of the words after the label (the paragraph's first token when it carries on a turn). */
  body: number;
  /** Last token of the paragraph. */
  last: number;
  /** The label as written ("GEN. MILLEY"); for a paragraph carrying on a turn, the label of that turn. */
  label: string;
  /** Who speaks: null for questions, hosts, correspondents and labels that name no one. */
  speaker: Spoken | null;
}

/** The label's words and whether they name the press, with a title and a name told apart. */
export interface Label {
  text: string;
  /** Words of the label, each capitalised once ("LT GEN CHAUDHRY" -> "Lt Gen Chaudhry"). */
  words: string[];
  press: boolean;
}

function capitalised(t: Token): boolean {
  const c = t.text.charAt(0);
  return c !== c.toLowerCase() && !/\d/.test(t.text);
}

function isWord(t: Token): boolean {
  return capitalised(t) || t.text === '.' || t.text === '-';
}

/** Last token of the line `from` stands on. */
function lineEnd(tokens: Token[], from: number): number {
  let k = from;
  while (k + 1 < tokens.length && !tokens[k + 1].lineStart) k += 1;
  return k;
}

/**
 * The colon closing a label that opens the line at `at`, or -1. Bounded: at most MAX_LABEL tokens are read,
 * so a line of 100,000 capitalised characters ending with a colon costs as much as a short one.
 */
export function labelColon(tokens: Token[], at: number, end: number): number {
  for (let k = at; k <= Math.min(end, at + MAX_LABEL); k += 1) {
    const t = tokens[k];
    if (t.text === ':') return k > at && k < end ? k : -1;
    const allowed = k === at ? capitalised(t) : isWord(t) || CONNECTORS.has(t.lower);
    if (!allowed) return -1;
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

export function readLabel(tokens: Token[], first: number, colon: number): Label {
  const words: string[] = [];
  const shouting = tokens.slice(first, colon).every((t) => t.text === t.text.toUpperCase());
  let text = '';
  for (let k = first; k < colon; k += 1) {
    const t = tokens[k];
    text += (k > first && t.start > tokens[k - 1].end ? ' ' : '') + t.text;
    if (t.text === '.' && words.length) words[words.length - 1] += '.';
    else words.push(shouting && !CONNECTORS.has(t.lower) ? t.text.charAt(0) + t.text.slice(1).toLowerCase() : t.text);
  }
  const lower = words.map((w) => w.toLowerCase());
  return { text, words, press: lower.some((w) => PRESS.has(w)) && lower.every((w) => PRESS.has(w) || CONNECTORS.has(w) || TITLES.has(w)) };
}

/** The name the label ends with ("Chaudhry" in "Lt Gen Chaudhry"), when it holds a word that is no title. */
export function surname(label: Label): string | null {
  const last = label.words[label.words.length - 1].replace(/\.$/, '');
  return TITLES.has(last.toLowerCase()) || label.words.length === 0 ? null : last;
}

/**
 * Whether a paragraph without a label carries on the turn before it. One in the writer's voice ("Kirby, asked
 * later, said ...") has a word of narration outside quotation marks, not "I said"; after the last label, where a
 * transcript usually gives way to the story again, the speaker must also be heard in the first person.
 */
function carriesOn(tokens: Token[], quoted: boolean[], first: number, last: number, final: boolean): boolean {
  let spoken = !final;
  for (let k = first; k <= last; k += 1) {
    if (quoted[k]) continue;
    if (NARRATION.has(tokens[k].lower) && !FIRST_PERSON.has(tokens[k - 1]?.lower ?? '')) return false;
    if (FIRST_PERSON.has(tokens[k].lower) || SPEAKING.has(tokens[k].lower)) spoken = true;
  }
  return spoken;
}

/**
 * Whether label words may name who speaks: "Note:", "Read more:" head no turn, "ISLAMABAD:" opening the copy is
 * a dateline, and "THE ARMY SAID ON MONDAY:" is a sentence in capitals, not a name.
 */
function namesSomeone(tokens: Token[], first: number, colon: number): boolean {
  if (NOT_SPEAKERS.has(tokens[first].lower) || (colon === first + 1 && CAPITALS[tokens[first].lower] !== undefined)) return false;
  if (colon > first + 1 && DETERMINERS.has(tokens[first].lower)) return false;
  for (let k = first; k < colon; k += 1) if (NARRATION.has(tokens[k].lower)) return false;
  return true;
}

/** Lines of the text that open with a label, by their first token, when the text is a transcript. */
export function labelledLines(tokens: Token[]): Map<number, number> {
  const colons = new Map<number, number>();
  for (let i = 0; i < tokens.length; i += 1) {
    if (!tokens[i].lineStart) continue;
    const end = lineEnd(tokens, i);
    const colon = labelColon(tokens, i, end);
    if (colon < 0 || !bodyIsSentence(tokens, colon, end)) continue;
    if (!namesSomeone(tokens, i, colon)) continue;
    colons.set(i, colon);
    i = end;
  }
  return colons.size >= MIN_TURNS ? colons : new Map();
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

/** A function set after a name between commas (", a security analyst in Guadalajara."), not a date (", Sept. 1, 2021"). */
function appositionAfter(tokens: Token[], comma: number): Span | null {
  if (tokens[comma]?.text !== ',' || tokens[comma + 1]?.lineStart || tokens[comma + 1]?.type === 'number') return null;
  let k = comma + 1;
  while (k + 1 < tokens.length && k - comma < MAX_APPOSITION && !tokens[k + 1].lineStart && ![',', '.', ';', ':'].includes(tokens[k + 1].text)) k += 1;
  return k > comma ? [comma + 1, k] : null;
}

/** A function set before a name ("the Director General of ISPR, Lieutenant General X"): back to its article. */
function appositionBefore(tokens: Token[], comma: number): Span | null {
  if (tokens[comma]?.text !== ',' || comma === 0) return null;
  let k = comma - 1;
  const fits = (t: Token) => ['NOUN', 'PROPN', 'ADJ'].includes(t.pos) || t.lower === 'of' || t.text === '.';
  while (k > 0 && comma - k < MAX_APPOSITION && !tokens[k].lineStart && fits(tokens[k - 1])) k -= 1;
  if (k > 0 && DETERMINERS.has(tokens[k - 1].lower) && !tokens[k].lineStart) k -= 1;
  return DETERMINERS.has(tokens[k].lower) ? [k, comma - 1] : null;
}

/** The name and title as written at `at`, stretched over capitalised words, titles' stops and "of the". */
function nameRun(tokens: Token[], at: number): Span {
  let a = at;
  const joins = (k: number) => isWord(tokens[k]) || (['of', 'the'].includes(tokens[k].lower) && capitalised(tokens[k + 1]));
  while (a > 0 && !tokens[a].lineStart && at - a < 2 * MAX_LABEL && joins(a - 1)) a -= 1;
  while (a < at && !capitalised(tokens[a])) a += 1;
  let b = at;
  while (b + 1 < tokens.length && !tokens[b + 1].lineStart && b - at < 3 && /^(Jr|Sr|II|III|IV)\.?$/.test(tokens[b + 1].text)) b += 1;
  return [a, b];
}

/**
 * The introduction of the person a label names: "Secretary of Defense Lloyd J. Austin III and Chairman of the
 * Joint Chiefs of Staff Gen. Mark A. Milley, the Pentagon" gives each name and, set after the last of a pair,
 * the body both speak for.
 */
export function introduction(text: string, tokens: Token[], at: number): Introduction {
  const [a, b] = nameRun(tokens, at);
  let after = appositionAfter(tokens, b + 1);
  if (!after && tokens[b + 1]?.lower === 'and' && capitalised(tokens[b + 2] ?? tokens[b])) {
    let k = b + 2;
    while (k + 1 < tokens.length && !tokens[k + 1].lineStart && k - b < 2 * MAX_LABEL && (isWord(tokens[k + 1]) || ['of', 'the'].includes(tokens[k + 1].lower))) k += 1;
    after = appositionAfter(tokens, k + 1);
  }
  const before = appositionBefore(tokens, a - 1);
  const beside = before ?? after;
  let press = false;
  for (let k = Math.max(0, a - PRESS_REACH); k <= (after ? after[1] : b); k += 1) if (PRESS.has(tokens[k].lower) && tokens[k].lower.length > 1) press = true;
  return { head: words(text, tokens, a, b), beside: beside ? words(text, tokens, beside[0], beside[1]) : null, press };
}

/** The first token of each capitalised word outside the labels: where a surname in a label is looked for. */
export function firstMentions(tokens: Token[], colons: Map<number, number>): Map<string, number> {
  const first = new Map<string, number>();
  for (let i = 0; i < tokens.length; i += 1) {
    const colon = colons.get(i);
    if (colon !== undefined) i = colon;
    else if (capitalised(tokens[i]) && !first.has(tokens[i].lower)) first.set(tokens[i].lower, i);
  }
  return first;
}

/** Who a label's words name, given as a title and name or a function, with a function beside it or none. */
export type Resolver = (head: string, beside: string | null, at: number) => Spoken | null;

/**
 * The turns of a transcript, paragraph by paragraph in the order of the text: `turnAt(i)` for the paragraph
 * opening at token i gives its turn, or null outside the turns (and for every paragraph of a text that is no
 * transcript). Each label is resolved once, at its first turn.
 */
export function readTranscript(text: string, tokens: Token[], quoted: boolean[], resolveWords: Resolver): (at: number) => Turn | null {
  const colons = labelledLines(tokens);
  if (!colons.size) return () => null;
  const mentions = firstMentions(tokens, colons);
  const speakers = new Map<string, Spoken | null>();
  let lastLabel = 0;
  for (const at of colons.keys()) lastLabel = at;
  let before: Turn | null = null;
  const speakerOf = (at: number, colon: number): Spoken | null => {
    const label = readLabel(tokens, at, colon);
    const key = label.words.join(' ').toLowerCase();
    if (!speakers.has(key)) speakers.set(key, label.press ? null : named(label, at));
    const found = speakers.get(key);
    return found ? { ...found, speaker: label.text } : null;
  };
  // The label's own words when they name a known party ("ISPR:", "Hamas spokesman:"), else the person as
  // first written out in the text ("Lieutenant General Ahmed Sharif Chaudhry", "the Director General of ISPR").
  const named = (label: Label, at: number): Spoken | null => {
    const own = resolveWords(label.words.join(' '), null, at);
    if (own?.sourceId) return own;
    const name = surname(label);
    const first = name ? mentions.get(name.toLowerCase()) : undefined;
    if (first === undefined) return own;
    const intro = introduction(text, tokens, first);
    if (intro.press) return null;
    const found = resolveWords(intro.head, intro.beside, first);
    if (!found) return own;
    // "Gen. Mark A. Milley, the Pentagon": the body beside the name speaks, through the person written out.
    const person = found.sourceId && !found.role ? { role: intro.head, named: found.named ?? nameEnding(intro.head) ?? undefined, person: true } : {};
    return { ...found, ...person };
  };
  return (at: number) => {
    const last = lineEnd(tokens, at);
    const colon = colons.get(at);
    if (colon !== undefined) before = { body: colon + 1, last, label: readLabel(tokens, at, colon).text, speaker: speakerOf(at, colon) };
    else if (before?.speaker && carriesOn(tokens, quoted, at, last, at > lastLabel)) before = { ...before, body: at, last };
    else before = null;
    return before;
  };
}
