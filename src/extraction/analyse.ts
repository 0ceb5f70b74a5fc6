import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { wordTable } from './word-table';

/** One word or mark of the text, with where it stands in the text and what the NLP library says of it. */
export interface Token {
  /** As written. */
  text: string;
  lower: string;
  /** The library's lemma ("said" -> "say"), lower case. */
  lemma: string;
  /** Universal part of speech (NOUN, PROPN, VERB, AUX, NUM, ...). */
  pos: string;
  /** word, number, punctuation, ... as the library types it. */
  type: string;
  start: number;
  end: number;
  /** First token of a line: a paragraph starts here. */
  lineStart: boolean;
}

/** A sentence as a run of tokens [first, last]. */
export interface Sentence {
  first: number;
  last: number;
}

/** A number, date or time the library's entity recogniser found, as a run of tokens. */
export interface Entity {
  type: string;
  first: number;
  last: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: Entity[];
}

/** Forms the model's tagger may take for nouns, with their verb's lemma. */
const IRREGULAR: Record<string, string> = wordTable({ spoke: 'speak', said: 'say', told: 'tell', wrote: 'write', says: 'say' });
/** Verbs of naming the tagger reads as adjectives ("has branded the footage a provocation"), verbs only as `namingVerbs` finds them. */
const NAMING: Record<string, string> = wordTable({ branded: 'brand', labelled: 'label', labeled: 'label' });

const nlp = winkNLP(model, ['sbd', 'ner', 'pos']);
const its = nlp.its;

/** A hyphen with no space on either side, inside one name ("SPLA-IO", "al-Shabab", "Twenty-six"). */
export function gluedHyphen(tokens: Token[], n: number): boolean {
  return tokens[n].text === '-' && tokens[n].end === tokens[n + 1]?.start && tokens[n - 1]?.end === tokens[n].start;
}

/** Where an owner's name from `n` ends in its possessive mark, within `most` words ("the front's", "the Northern Front's"), or -1. */
export function possessiveMark(tokens: Token[], n: number, most = 3): number {
  for (let k = n + 1; k <= n + most && tokens[k]; k += 1) {
    if (tokens[k].lower === "'s" || tokens[k].lower === '’s') return ['NOUN', 'PROPN'].includes(tokens[k - 1].pos) ? k : -1;
    if (!['NOUN', 'PROPN', 'ADJ'].includes(tokens[k].pos)) return -1;
  }
  return -1;
}

/**
 * Sentences, tokens, parts of speech, lemmas and entities from wink-nlp, each line of the text read on
 * its own (a line break always ends a sentence in wire copy) so that offsets are exact.
 */

export function analyse(text: string): Analysis {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const entities: Entity[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // A line ending "\r\n" (a browser's form, a Windows file) ends before its "\r", as one ending "\n" does.
    const end = lineEnd > lineStart && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    for (const [from, to] of pieces(text, lineStart, end)) {
      const piece = text.slice(from, to);
      if (piece.trim() !== '') readLine(piece, from, from === lineStart, tokens, sentences, entities);
    }
    lineStart = lineEnd + 1;
  }
  return { text, tokens, sentences, entities };
}

/** The longest run of text given to the library at once: far longer than any paragraph of wire copy. */
export const PIECE = 20_000;

/**
 * A line cut into runs of at most PIECE characters, at the last sentence end before the limit (or the
 * last space, or the limit itself). The library's work and memory per call then stay bounded, so a
 * text with no line break (a feed's whole article, or a hostile run of words) costs time linear in its
 * length; a paragraph of real copy is never cut.
 */
export function pieces(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  while (to - from > PIECE) {
    const limit = from + PIECE;
    // Looked for back to the middle of the run only, so the search never reads the text twice.
    const floor = from + PIECE / 2;
    let cut = limit;
    let space = -1;
    for (let i = limit; i > floor; i -= 1) {
      if (text[i] !== ' ') continue;
      if (space < 0) space = i;
      if ('.?!'.includes(text[i - 1])) {
        cut = i;
        break;
      }
    }
    if (cut === limit && space > 0) cut = space;
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, to]);
  return out;
}

/** Abbreviations of titles a sentence does not end with ("Maj. Gen. X said"). */
const ABBREVIATION = /^(maj|gen|lt|col|capt|sgt|brig|adm|cmdr|gov|sen|rep|dr|mr|mrs|ms|prof|rev|st)\.$/i;

/**
 * "The ministry has branded the footage a provocation", "Kyiv labelled the account a lie": a verb of naming after an
 * auxiliary, or after a subject no verb comes before, with an object in lower case. "an offensive dubbed Iron Swords",
 * "a missile branded Burkan", "the operation, dubbed X" name a thing, and nobody speaks.
 */
function namingVerbs(tokens: Token[], base: number): void {
  let verbSeen = false;
  for (let i = base; i < tokens.length - 2; i += 1) {
    const [before, t, after, next] = [tokens[i - 1], tokens[i], tokens[i + 1], tokens[i + 2]];
    const lemma = NAMING[t.lower];
    const auxiliary = before?.lemma === 'have' && before.pos === 'AUX';
    const subject = !verbSeen && i > base && ['NOUN', 'PROPN', 'PRON'].includes(before.pos) && ['DET', 'PRON'].includes(after.pos) && /^[a-z]/.test(next.text);
    // Elsewhere the participle names a thing, whatever the tagger read.
    if (lemma) tokens[i] = auxiliary || subject ? { ...t, pos: 'VERB', lemma } : { ...t, pos: 'ADJ' };
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === '.') verbSeen = t.text !== '.';
  }
}

/** "The military accused Hamas of ...": the tagger reads "military" as an adjective and "accused" as the noun it qualifies. */
function militaryAccused(tokens: Token[], base: number): void {
  for (let i = base + 1; i < tokens.length - 1; i += 1) {
    const [before, t, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
    if (t.lower === 'accused' && t.pos === 'NOUN' && before.lower === 'military' && ['PROPN', 'DET', 'PRON'].includes(after.pos)) tokens[i] = { ...t, pos: 'VERB', lemma: 'accuse' };
  }
}

/** Words after "shot" as a verb: its object or its way ("shot her neighbour", "shot dead", "shot at"). */
const AFTER_SHOT = new Set(['DET', 'PRON', 'PROPN', 'ADP', 'ADJ', 'NUM']);
/** What is shot with a camera. */
const FILMED = new Set(['video', 'videos', 'footage', 'film', 'films', 'photo', 'photos', 'photograph', 'photographs', 'images', 'pictures', 'scenes', 'clip', 'clips']);

/**
 * "Russian soldiers had shot her neighbour": the tagger reads "shot" as a noun after a subject or an auxiliary; it is
 * the verb when its object or "dead" follows (a noun "shot" follows an article or a number: "a shot", "one shot").
 */
function shotAsVerb(tokens: Token[], base: number): void {
  for (let i = base + 1; i < tokens.length - 1; i += 1) {
    const [before, t, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
    // "shot down a drone" is left as the tagger reads it: downing aircraft is no attack on the event's victims.
    // "the footage shot near the border": filmed, not fired.
    if (t.lower !== 'shot' || t.pos === 'VERB' || !['AUX', 'NOUN', 'PROPN', 'PRON'].includes(before.pos) || !AFTER_SHOT.has(after.pos) || after.lower === 'down' || FILMED.has(before.lower)) continue;
    tokens[i] = { ...t, pos: 'VERB', lemma: 'shoot' };
  }
}

/**
 * "were brought in.", "said no.": the library reads "in." and "no." as abbreviations ("inch", "number") and then runs the
 * sentence on. Before a capital, a quotation mark or the line's end they end a sentence; the library is given a space
 * before the stop (the tokens are then found in the line as written).
 */
const STOP_WORDS_AS_ABBREVIATIONS = /\b(in|no)\.(?=\s+["“‘']?[A-Z]|\s*$|["”’'])/g;

function readLine(line: string, offset: number, paragraph: boolean, tokens: Token[], sentences: Sentence[], entities: Entity[]): void {
  const doc = nlp.readDoc(line.replace(STOP_WORDS_AS_ABBREVIATIONS, '$1 .'));
  const base = tokens.length;
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
  const types = doc.tokens().out(its.type) as string[];
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    let start = cursor + (spaces[i]?.length ?? 0);
    // The library keeps the text whole; should a token not stand where expected, it is looked for nearby.
    if (line.slice(start, start + value.length) !== value) {
      const found = line.indexOf(value, cursor);
      if (found < 0 || found - cursor > 64) continue;
      start = found;
    }
    const end = start + value.length;
    cursor = end;
    tokens.push({
      text: value, lower: value.toLowerCase(), lemma: IRREGULAR[value.toLowerCase()] ?? (lemmas[i] ?? value).toLowerCase(),
      pos: IRREGULAR[value.toLowerCase()] ? 'VERB' : pos[i] ?? 'X', type: types[i] ?? 'word',
      start: offset + start, end: offset + end, lineStart: paragraph && i === 0,
    });
  }
  if (tokens.length === base) return;
  shotAsVerb(tokens, base);
  namingVerbs(tokens, base);
  militaryAccused(tokens, base);
  if (tokens.length - base !== values.length) {
    // Tokens were skipped: sentence spans from the library would not line up; the line is one sentence.
    sentences.push({ first: base, last: tokens.length - 1 });
    return;
  }
  doc.sentences().each((s: any) => {
    const [first, last] = s.out(its.span) as [number, number];
    const previous = sentences[sentences.length - 1];
    // "The army's spokesman, Maj. Gen. X, said", "according to the U.N. migration agency": no sentence ends at a
    // title's abbreviation, nor before a lower-case word.
    const end = previous ? tokens[previous.last] : null;
    const word = end && end.text === '.' && previous.last > previous.first && tokens[previous.last - 1].end === end.start ? `${tokens[previous.last - 1].text}.` : end?.text ?? '';
    if (previous && previous.first >= base && previous.last + 1 === base + first && (ABBREVIATION.test(word) || /^[a-z]/.test(tokens[base + first].text))) previous.last = base + last;
    else sentences.push({ first: base + first, last: base + last });
  });
  doc.entities().each((e: any) => {
    const [first, last] = e.out(its.span) as [number, number];
    entities.push({ type: e.out(its.type) as string, first: base + first, last: base + last });
  });
}
