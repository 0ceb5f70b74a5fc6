import { Token } from './analyse';
import { Span } from './attribution';
import type { ReadFacet } from './quantity-facets';

/**
 * What the speaker says others made up is denied, whatever the clause after "that" reads as: "accused the rebels
 * of fabricating the news that the army attacked the camp" says the army did not attack it; "called reports that a
 * crowd had been bombed "fake news"" says no crowd was bombed.
 */

const MADE_UP = new Set(['fabricate', 'invent', 'concoct', 'fake']);
const TOLD = new Set([
  'news', 'story', 'stories', 'report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'rumour', 'rumours', 'lie', 'lies',
]);

/** Where a clause the speaker says was made up begins: after "fabricating the news that"; -1 when none. */
function madeUpFrom(tokens: Token[], [first, last]: Span): number {
  for (let k = first; k <= last; k += 1) {
    const made = MADE_UP.has(tokens[k].lemma) || (tokens[k].lemma === 'make' && tokens[k + 1]?.lower === 'up');
    if (!made) continue;
    for (let j = k + 1; j <= Math.min(last, k + 5); j += 1) {
      if (tokens[j].lower === 'that' && TOLD.has(tokens[j - 1].lower)) return j;
    }
  }
  return -1;
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

/** The facets read, those inside a clause said to be made up denied. */
export function withDenialsRead(facets: ReadFacet[], tokens: Token[], span: Span): ReadFacet[] {
  const from = madeUpFrom(tokens, span);
  const called = calledFalse(tokens, span);
  const inside = (f: ReadFacet) => (from >= 0 && f.span[0] > from) || (!!called && f.span[0] > called[0] && f.span[0] < called[1]);
  return from < 0 && !called ? facets : facets.map((f) => (inside(f) ? { ...f, polarity: 'denied' as const } : f));
}
