import { Token } from './analyse';
import { Span } from './attribution';
import type { ReadFacet } from './quantity-facets';

/**
 * What the speaker says others made up is turned over: "accused the rebels of fabricating the news that the army
 * attacked the camp" says the army did not attack it; "called reports that a crowd had been bombed "fake news"" says
 * no crowd was bombed; "made up reports that soldiers did not attack the clinic" says they did. The made-up clause
 * ends where the speaker's own next clause begins ("..., and that 30 civilians were killed by soldiers").
 */

const MADE_UP = new Set(['fabricate', 'invent', 'concoct', 'fake']);
const TOLD = new Set([
  'news', 'story', 'stories', 'report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'rumour', 'rumours', 'lie', 'lies',
]);

/** Whether the speaker's own clause begins at k: "; ...", ", but ...", ", and that ...", "found that ...". */
function opensClause(tokens: Token[], k: number): boolean {
  const [w, next] = [tokens[k].lower, tokens[k + 1]?.lower];
  if (w === ';') return true;
  if (w === ',') return next === 'but' || (next === 'and' && tokens[k + 2]?.lower === 'that');
  // "that" after a verb opens another clause; after a noun ("the camp that ...") it is part of the one made up.
  return w === 'that' && tokens[k - 1]?.pos === 'VERB';
}

/** The clause the speaker says was made up: from "that" in "fabricating the news that" to the word after its end; null when none. */
function madeUpClause(tokens: Token[], [first, last]: Span): Span | null {
  for (let k = first; k <= last; k += 1) {
    const made = MADE_UP.has(tokens[k].lemma) || (tokens[k].lemma === 'make' && tokens[k + 1]?.lower === 'up');
    if (!made) continue;
    for (let j = k + 1; j <= Math.min(last, k + 5); j += 1) {
      if (tokens[j].lower !== 'that' || !TOLD.has(tokens[j - 1].lower)) continue;
      let end = j + 1;
      while (end < last && !opensClause(tokens, end + 1)) end += 1;
      return [j, end + 1];
    }
  }
  return null;
}

/** Verbs that call what others said something: "called reports that ... fake news", "dismissed claims that ... as lies". */
const CALLING = new Set(['call', 'dismiss', 'brand', 'label', 'describe']);
/** What the clause is called: "fake news", "lies", "baseless", "propaganda". */
const DISMISSALS = new Set([
  'fake', 'lie', 'lies', 'baseless', 'propaganda', 'false', 'untrue', 'groundless', 'nonsense', 'fabrication', 'fabricated',
]);

/** "called reports that X "fake news"": from the clause's "that" (up to six words before the statement) to the word calling it so. */
function calledFalse(tokens: Token[], [first, last]: Span): Span | null {
  for (let k = first; k >= Math.max(2, first - 6); k -= 1) {
    if (tokens[k].lower !== 'that' || !TOLD.has(tokens[k - 1].lower)) continue;
    const caller = [k - 2, k - 3].some((j) => j >= 0 && CALLING.has(tokens[j].lemma));
    if (!caller) return null;
    for (let j = last; j > first && j >= last - 4; j -= 1) if (DISMISSALS.has(tokens[j].lower)) return [k, j];
    return null;
  }
  return null;
}

const BE = new Set(['was', 'were', 'is', 'are']);

/**
 * "the claim that air defences were to blame was a "cynical lie"", "reports that its forces shelled the market were
 * false": a clause others told, said by the speaker to be false. From its "that" to the form of "be" before the
 * dismissal (over an article, adjectives and quotation marks, at most three words); null when none.
 */
function toldFalse(tokens: Token[], [first, last]: Span): Span | null {
  // The statement's words may begin after "the claim that" ("said the claim that ...") or hold it.
  for (let k = Math.max(1, first - 3); k <= last; k += 1) {
    if (tokens[k].lower !== 'that' || !TOLD.has(tokens[k - 1].lower)) continue;
    for (let b = Math.max(k + 2, first + 1); b < last; b += 1) {
      if (!BE.has(tokens[b].lower)) continue;
      for (let j = b + 1; j <= last && j <= b + 4; j += 1) {
        if (DISMISSALS.has(tokens[j].lower)) return [k, b];
        if (!['DET', 'ADJ', 'ADV', 'PUNCT'].includes(tokens[j].pos)) break;
      }
    }
    return null;
  }
  return null;
}

/** The facets read, those inside a clause said to be made up turned over. */
export function withDenialsRead(facets: ReadFacet[], tokens: Token[], span: Span): ReadFacet[] {
  const made = madeUpClause(tokens, span);
  const called = calledFalse(tokens, span) ?? toldFalse(tokens, span);
  if (!made && !called) return facets;
  const within = (f: ReadFacet, s: Span | null) => !!s && f.span[0] > s[0] && f.span[0] < s[1];
  const turned = (f: ReadFacet) => ({ ...f, polarity: f.polarity === 'denied' ? ('asserted' as const) : ('denied' as const) });
  return facets.map((f) => (within(f, made) || within(f, called) ? turned(f) : f));
}
