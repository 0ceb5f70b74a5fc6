/**
 * A statement published as numbered points ("The government issued a statement. It said:" or "TASS publishes the
 * main points of the ministry's statement." and then "1. ...", "2. ..."): each point is a statement of the party that
 * issued it, though no point names its speaker. The introducing paragraph must say who issued the statement ("X
 * issued a statement", "X's statement", "a communique from X"); a list after "Here is what we know:" or after a
 * report nobody issued is nobody's. Found in one pass over the sentences, before they are read.
 */
import type { Sentence, Token } from './analyse';
import { attribute } from './attribution';
import type { Mention } from './mentions';
import { MEDIA_KINDS } from './source-lookups';
import { wordTable } from './word-table';

/** A numbered point: the words after its number, to the end of its paragraph or to the first sentence with a speaker of its own. */
export interface Point {
  body: number;
  /** The last token the issuer says; -1 when the point's first sentence names its own speaker (the point is read as any sentence). */
  last: number;
  /** The paragraph before point 1, which names who issued the statement: its first token, and point 1's number. */
  intro: number;
  listStart: number;
}

/** Nouns of an issued statement. */
const ISSUED = wordTable({ statement: 1, communique: 1, 'communiqué': 1, release: 1, note: 1, declaration: 1, bulletin: 1, message: 1, points: 1 });
/** Verbs by which a party issues a statement ("issued a communique", "released a statement", "read out a declaration"). */
export const ISSUING = wordTable({ issue: 1, release: 1, publish: 1, read: 1, circulate: 1, post: 1, send: 1, adopt: 1 });
/** How far back from an issuing verb its subject may be named ("The Russian Defence Ministry on Monday issued"). */
const SUBJECT_REACH = 8;

/** The number a sentence "N ." at the start of a paragraph gives, else null. */
function markerOf(tokens: Token[], s: Sentence): number | null {
  if (s.last !== s.first + 1 || !tokens[s.first].lineStart || tokens[s.last].text !== '.') return null;
  const n = /^[0-9]{1,2}$/.test(tokens[s.first].text) ? Number(tokens[s.first].text) : NaN;
  return Number.isInteger(n) ? n : null;
}

/** Whether the paragraph [first, last] names an issued statement ("a statement", "its main points"). */
function introduces(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k += 1) if (ISSUED[tokens[k].lower] === 1) return true;
  return false;
}

/** The numbered points of the text, keyed by the first token of each point's number. */
export function numberedPoints(tokens: Token[], sentences: Sentence[], quoted: boolean[]): Map<number, Point> {
  const points = new Map<number, Point>();
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
      [intro, listStart, expected] = [previousParagraph, s.first, 1];
    }
    if (intro < 0 || n !== expected) {
      intro = -1;
      continue;
    }
    // The point runs to the end of its paragraph, or to the first sentence that names a speaker of its own
    // ("Residents said M23 fighters looted shops" inside a point is the residents').
    let last = s.last;
    for (let j = i + 1; j < sentences.length && !tokens[sentences[j].first].lineStart; j += 1) {
      if (attribute({ tokens, quoted, first: sentences[j].first, last: sentences[j].last })) break;
      last = sentences[j].last;
    }
    if (i + 1 < sentences.length && !tokens[sentences[i + 1].first].lineStart) points.set(s.first, { body: s.last + 1, last: last > s.last ? last : -1, intro, listStart });
    expected += 1;
  }
  return points;
}

/**
 * Who issued the statement the introducing paragraph [intro, listStart) names (`mentions`: the known parties named
 * there, by name or as a clause's subject): the possessor of its noun ("the
 * ministry's statement"), the subject of an issuing verb ("The government on Saturday issued a statement"), or the
 * party after "from" or "by" ("a communique from the presidency"); the last one named wins. Null when none is.
 * `subjectBefore` resolves the words before an issuing verb when no name of a party stands there ("The government on
 * Saturday issued").
 */
export function issuerOf(tokens: Token[], mentions: Mention[], intro: number, listStart: number, subjectBefore: (verb: number) => Mention['source'] | null): Mention['source'] | null {
  const named = mentions.filter((m) => m.at >= intro && m.at < listStart && !m.dateline && !MEDIA_KINDS.has(m.source.kind ?? '')).sort((x, y) => x.at - y.at);
  const at = (from: number, to: number) => named.filter((m) => m.at >= from && m.at <= to);
  let issuer: Mention['source'] | null = null;
  for (let k = intro; k < listStart; k += 1) {
    if (ISSUED[tokens[k].lower] !== 1) continue;
    // "the Congolese government's statement", "the ministry's statement".
    if (["'s", '’s'].includes(tokens[k - 1]?.lower ?? '')) issuer = at(k - 6, k - 2).pop()?.source ?? issuer;
    // "a communique from the presidency", "a statement by the army".
    if (['from', 'by'].includes(tokens[k + 1]?.lower ?? '')) issuer = at(k + 2, k + 5).shift()?.source ?? issuer;
    // "The government on Saturday issued a statement": the issuing verb at most three words before the noun.
    for (let v = k - 1; v >= intro && v >= k - 3; v -= 1) {
      if (ISSUING[tokens[v].lemma] !== 1 || tokens[v].pos !== 'VERB') continue;
      const subject = at(v - SUBJECT_REACH, v - 1).pop()?.source ?? subjectBefore(v);
      if (subject && !MEDIA_KINDS.has(subject.kind ?? '')) issuer = subject;
      break;
    }
  }
  return issuer;
}

/** Words by which a statement's point names its issuer without naming it ("The government denounces ...", "It calls on ..."). */
const ISSUER_WORDS = new Set(['government', 'the government', 'it', 'we', 'the statement', 'the communique', 'the communiqué', 'the ministry', 'the presidency', 'the council']);

/** Whether a point's speaker, as written, is its issuer by another word. */
export function standsForIssuer(phrase: string): boolean {
  return ISSUER_WORDS.has(phrase.trim().toLowerCase());
}
