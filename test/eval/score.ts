import { fold } from '../../src/claims/fold';
import { readQuantity } from '../../src/claims/quantity';
import { FacetValue } from '../../src/common/columns';
import { Candidate } from '../../src/extraction/extract';
import { AnnotatedFacet, AnnotatedStatement, quoteAt } from './corpus';

const QUANTITIES = new Set(['fatalities', 'injuries', 'captured', 'civilian_fatalities', 'combatant_fatalities', 'destroyed']);
const SETS = new Set(['targets', 'weapons']);

/**
 * A name as a desk reads it: folded, initials joined ("U.N." and "UN" alike) and plurals singular
 * ("residents" and "resident" alike), so that a name is not refused for its spelling.
 */
function plain(name: string): string {
  const out: string[] = [];
  let letters = '';
  for (const w of fold(name).split(' ')) {
    if (w.length === 1) {
      letters += w;
      continue;
    }
    if (letters) out.push(letters);
    letters = '';
    if (w) out.push(w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  if (letters) out.push(letters);
  return out.join(' ');
}

/** Words that link a description to its place, dropped when two descriptions are compared word by word. */
const LINKS = new Set(['of', 'in', 'from', 'at', 'near', 'on', 'the', 'a', 'an']);

/**
 * Two descriptions of one new speaker in any word order: every word of one (links dropped) is a word of the other,
 * so "Barsalogho resident" is "resident of Barsalogho" and "Homs residents" is "residents of Homs". Only speakers
 * are compared so; party names and facet values keep `sameName`.
 */
export function sameSpeaker(a: string, b: string): boolean {
  if (sameName(a, b)) return true;
  const [x, y] = [a, b].map((n) => new Set(plain(n).split(' ').filter((w) => w && !LINKS.has(w))));
  const [small, big] = x.size <= y.size ? [x, y] : [y, x];
  return small.size >= 2 && [...small].every((w) => big.has(w));
}

/** Two names of one speaker: the same once folded, or one standing whole inside the other ("Maiga" in "Abdoulaye Maiga"). */
export function sameName(a: string, b: string): boolean {
  const x = ` ${plain(a)} `;
  const y = ` ${plain(b)} `;
  return x === y || (x.trim().length > 2 && y.includes(x)) || (y.trim().length > 2 && x.includes(y));
}

function sameTerm(a: unknown, b: unknown): boolean {
  return typeof a === 'string' && typeof b === 'string' && sameName(a, b);
}

/** A facet read matches an annotated one: attribute, polarity and value (quantities as ranges, sets sharing a term). */
export function sameFacet(read: AnnotatedFacet, annotated: AnnotatedFacet): boolean {
  if (read.attribute !== annotated.attribute || (read.polarity ?? 'asserted') !== (annotated.polarity ?? 'asserted')) return false;
  if (annotated.subject && !(read.subject && sameName(read.subject, annotated.subject))) return false;
  if (QUANTITIES.has(annotated.attribute)) {
    const a = readQuantity(read.value as FacetValue);
    const b = readQuantity(annotated.value as FacetValue);
    return !!a && !!b && a.min === b.min && a.max === b.max;
  }
  if (SETS.has(annotated.attribute)) {
    const a = Array.isArray(read.value) ? read.value : [read.value];
    const b = Array.isArray(annotated.value) ? annotated.value : [annotated.value];
    return a.some((x) => b.some((y) => sameTerm(x, y)));
  }
  if (typeof annotated.value === 'boolean' || annotated.value === undefined) return (read.value ?? true) === (annotated.value ?? true);
  return sameTerm(read.value, annotated.value);
}

export interface Tally {
  statements: number;
  found: number;
  candidates: number;
  right: number;
  facetsAnnotated: number;
  facetsRead: number;
  facetsRightRead: number;
  facetsFound: number;
  /** The same counts for quantities and for the other attributes apart; ofFound: annotated facets of statements found; readOnFound: facets read on candidates matching a statement. */
  byGroup: Record<'quantities' | 'others', { read: number; rightRead: number; annotated: number; found: number; ofFound: number; readOnFound: number }>;
  /** The same counts per attribute, on statements found (read on a matched candidate, annotated on a found statement): where facets fail. */
  byAttribute: Record<string, { readOnFound: number; rightRead: number; ofFound: number; found: number }>;
  /** Wrong candidates whose words are an annotated statement's, under another speaker's name (aggregate diagnostics). */
  wrongSpeaker: number;
  /** Of wrongSpeaker: the statement of a new speaker, named from the right words of the text but otherwise than the desk's name ("one man" for "Adam"); a diagnostic, never counted right. */
  namedOtherwise: number;
  /** Wrong candidates whose words are no annotated statement. */
  notStatement: number;
  /** Of wrongSpeaker, by which side is a known party: read known/annotated known, known/new, new/known, new/new (aggregate diagnostics). */
  wrongKinds: Record<'knownKnown' | 'knownNew' | 'newKnown' | 'newNew', number>;
  /**
   * The desk's alternatives (`Candidate.alternatives`) on new speakers: `offered` of `newSpeakers` candidates read as a
   * new source got some, `offeredRight` of them while the new source was right; `rescued` of the `newKnown` statements
   * (read new, annotated a known party) have that party among them, `first` of them as the first offered.
   */
  alternatives: { newSpeakers: number; offered: number; offeredRight: number; newKnown: number; rescued: number; first: number };
  misses: string[];
}

function attributeTally(tally: Tally, attribute: string): Tally['byAttribute'][string] {
  tally.byAttribute[attribute] ??= { readOnFound: 0, rightRead: 0, ofFound: 0, found: 0 };
  return tally.byAttribute[attribute];
}

function groupOf(attribute: string): 'quantities' | 'others' {
  return QUANTITIES.has(attribute) ? 'quantities' : 'others';
}

export function emptyTally(): Tally {
  return {
    statements: 0, found: 0, candidates: 0, right: 0, facetsAnnotated: 0, facetsRead: 0, facetsRightRead: 0, facetsFound: 0, wrongSpeaker: 0, namedOtherwise: 0, notStatement: 0,
    wrongKinds: { knownKnown: 0, knownNew: 0, newKnown: 0, newNew: 0 },
    byGroup: { quantities: { read: 0, rightRead: 0, annotated: 0, found: 0, ofFound: 0, readOnFound: 0 }, others: { read: 0, rightRead: 0, annotated: 0, found: 0, ofFound: 0, readOnFound: 0 } },
    byAttribute: {},
    alternatives: { newSpeakers: 0, offered: 0, offeredRight: 0, newKnown: 0, rescued: 0, first: 0 },
    misses: [],
  };
}

function overlap(a: [number, number], b: [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** Scores one text: the right statement (spans overlapping) with the right speaker, and the facets of each. */
export function scoreText(text: string, annotated: AnnotatedStatement[], got: Candidate[], speakerOf: (c: Candidate) => string, tally: Tally, label: string): void {
  const spans = annotated.map((a) => {
    const at = quoteAt(text, a.quote, a.occurrence);
    return at < 0 ? null : ([at, at + a.quote.length] as [number, number]);
  });
  const matchOf = (c: Candidate): number => {
    let best = -1;
    let bestOverlap = 0;
    annotated.forEach((a, i) => {
      const span = spans[i];
      if (!span || !sameSpeaker(speakerOf(c), a.speaker)) return;
      const o = overlap(span, [c.quote.start!, c.quote.end!]);
      const shorter = Math.min(span[1] - span[0], c.quote.end! - c.quote.start!);
      if (o > 0 && o >= 0.3 * shorter && o > bestOverlap) {
        best = i;
        bestOverlap = o;
      }
    });
    return best;
  };
  const matched = got.map(matchOf);
  tally.statements += annotated.length;
  tally.candidates += got.length;
  tally.right += matched.filter((m) => m >= 0).length;
  got.forEach((c, k) => {
    if (c.sourceId === null) {
      tally.alternatives.newSpeakers += 1;
      if (c.alternatives.length) tally.alternatives.offered += 1;
      if (c.alternatives.length && matched[k] >= 0) tally.alternatives.offeredRight += 1;
    }
    tally.facetsRead += c.facets.length;
    for (const f of c.facets) tally.byGroup[groupOf(f.attribute)].read += 1;
    const a = matched[k] >= 0 ? annotated[matched[k]] : null;
    if (!a) {
      const on = annotated.filter((_, i) => spans[i] && overlap(spans[i]!, [c.quote.start!, c.quote.end!]) > 0);
      if (!on.length) tally.notStatement += 1;
      else {
        tally.wrongSpeaker += 1;
        const kind = `${c.sourceId !== null ? 'known' : 'new'}${on[0].new ? 'New' : 'Known'}` as keyof Tally['wrongKinds'];
        tally.wrongKinds[kind] += 1;
        if (kind === 'newKnown') {
          tally.alternatives.newKnown += 1;
          // In the eval a known source's id is its name.
          if (c.alternatives.some((id) => sameName(id, on[0].speaker))) tally.alternatives.rescued += 1;
          if (c.alternatives.length && sameName(c.alternatives[0], on[0].speaker)) tally.alternatives.first += 1;
        }
      }
      if (on.some((s) => s.new && s.speakerAsWritten && sameName(speakerOf(c), s.speakerAsWritten))) tally.namedOtherwise += 1;
      tally.misses.push(`${label} wrong ${speakerOf(c)}${on.length ? ` (${c.sourceId !== null ? 'known' : 'new'}; annotated ${on[0].speaker}${on[0].new ? ', new' : ''})` : ''} [${c.speaker}]: ${c.statement.slice(0, 90)}`);
      return;
    }
    for (const f of c.facets) {
      tally.byGroup[groupOf(f.attribute)].readOnFound += 1;
      attributeTally(tally, f.attribute).readOnFound += 1;
      if (a.facets.some((g) => sameFacet(f as AnnotatedFacet, g))) {
        attributeTally(tally, f.attribute).rightRead += 1;
        tally.facetsRightRead += 1;
        tally.byGroup[groupOf(f.attribute)].rightRead += 1;
      } else tally.misses.push(`${label} extra facet ${f.attribute}${f.subject ? `/${f.subject}` : ''}=${JSON.stringify(f.value)}${f.polarity === 'denied' ? ' (denied)' : ''} in "${c.statement.slice(0, 60)}"`);
    }
  });
  annotated.forEach((a, i) => {
    tally.facetsAnnotated += a.facets.length;
    const by = got.filter((_, k) => matched[k] === i);
    if (by.length) tally.found += 1;
    else tally.misses.push(`${label} missed ${a.speaker}: ${a.quote.slice(0, 90)}`);
    for (const f of a.facets) {
      tally.byGroup[groupOf(f.attribute)].annotated += 1;
      if (by.length) {
        tally.byGroup[groupOf(f.attribute)].ofFound += 1;
        attributeTally(tally, f.attribute).ofFound += 1;
      }
      if (by.some((c) => c.facets.some((g) => sameFacet(g as AnnotatedFacet, f)))) {
        attributeTally(tally, f.attribute).found += 1;
        tally.facetsFound += 1;
        tally.byGroup[groupOf(f.attribute)].found += 1;
      } else if (by.length) tally.misses.push(`${label} missed facet ${f.attribute}${f.subject ? `/${f.subject}` : ''}=${JSON.stringify(f.value)}${f.polarity === 'denied' ? ' (denied)' : ''} of ${a.speaker} in "${a.quote.slice(0, 60)}"`);
    }
  });
}
