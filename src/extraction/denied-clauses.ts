import { Token } from './analyse';
import { Span } from './attribution';
import type { ReadFacet } from './quantity-facets';

/**
 * What the speaker says others made up is denied: "accused the rebels of fabricating the news that the army
 * attacked the camp" says the army did not attack it, whatever the clause after "that" reads as.
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

/** The facets read, those inside a clause said to be made up denied. */
export function withDenialsRead(facets: ReadFacet[], tokens: Token[], span: Span): ReadFacet[] {
  const from = madeUpFrom(tokens, span);
  return from < 0 ? facets : facets.map((f) => (f.span[0] > from ? { ...f, polarity: 'denied' as const } : f));
}
