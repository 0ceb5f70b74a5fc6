/**
 * A statement published as numbered points ("The statement said:" or "TASS publishes the main points of the
 * ministry's statement." and then "1. ...", "2. ..."): each point is a statement of the party that issued it,
 * though no point names its speaker. Found in one pass over the sentences, before they are read.
 */
import type { Sentence, Token } from './analyse';
import { STATEMENT_NOUNS } from './lexicon';

/** A numbered point: the words after its number, to the end of its paragraph, and the paragraph that introduced the list. */
export interface Point {
  body: number;
  last: number;
  /** The last token of the point's first sentence: a point that names its own speaker there is read as any sentence. */
  firstEnd: number;
  /** The paragraph before point 1, which names who issued the statement: its first token, and point 1's number. */
  intro: number;
  listStart: number;
}

/** Words that introduce a statement's points besides the statement nouns ("its main points", "the text reads:"). */
const INTRO_WORDS = new Set(['points', 'point', 'text', 'excerpts', 'reads', 'read']);

/** The number a sentence "N ." at the start of a paragraph gives, else null. */
function markerOf(tokens: Token[], s: Sentence): number | null {
  if (s.last !== s.first + 1 || !tokens[s.first].lineStart || tokens[s.last].text !== '.') return null;
  const n = /^[0-9]{1,2}$/.test(tokens[s.first].text) ? Number(tokens[s.first].text) : NaN;
  return Number.isInteger(n) ? n : null;
}

/** Whether the paragraph [first, last] introduces a statement's points: it ends with a colon, or names a statement. */
function introduces(tokens: Token[], first: number, last: number): boolean {
  if (tokens[last].text === ':') return true;
  for (let k = first; k <= last; k += 1) if (STATEMENT_NOUNS.has(tokens[k].lower) || INTRO_WORDS.has(tokens[k].lower)) return true;
  return false;
}

/** The numbered points of the text, keyed by the first token of each point's number. */
export function numberedPoints(tokens: Token[], sentences: Sentence[]): Map<number, Point> {
  const points = new Map<number, Point>();
  // The paragraph each sentence belongs to: its first token.
  let paragraph = 0;
  let previousParagraph = -1;
  let previousEnd = -1;
  let expected = 1;
  let intro = -1;
  let listStart = -1;
  for (let i = 0; i < sentences.length; i += 1) {
    const s = sentences[i];
    if (tokens[s.first].lineStart) {
      previousParagraph = paragraph;
      previousEnd = s.first - 1;
      paragraph = s.first;
    }
    const n = markerOf(tokens, s);
    if (n === null) continue;
    if (n === 1 && previousEnd >= previousParagraph && previousParagraph >= 0 && introduces(tokens, previousParagraph, previousEnd)) {
      intro = previousParagraph;
      listStart = s.first;
      expected = 1;
    }
    if (intro < 0 || n !== expected) {
      intro = -1;
      continue;
    }
    // The point runs to the end of its paragraph.
    let last = s.last;
    for (let j = i + 1; j < sentences.length && !tokens[sentences[j].first].lineStart; j += 1) last = sentences[j].last;
    if (last > s.last) points.set(s.first, { body: s.last + 1, last, firstEnd: sentences[i + 1].last, intro, listStart });
    expected += 1;
  }
  return points;
}

/** Words by which a statement's point names its issuer without naming it ("The government denounces ...", "It calls on ..."). */
const ISSUER_WORDS = new Set(['government', 'the government', 'it', 'we', 'the statement', 'the communique', 'the communiqué', 'the ministry', 'the presidency', 'the council']);

/** Whether a point's speaker, as written, is its issuer by another word. */
export function standsForIssuer(phrase: string): boolean {
  return ISSUER_WORDS.has(phrase.trim().toLowerCase());
}
