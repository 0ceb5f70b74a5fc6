import type { Clause, Span } from './attribution';
import { BE } from './lexicon';
import { phraseRightOf } from './noun-phrases';
import { nameLeftOf } from './subjects';

/** Verbs of relaying another's words: "quoted X as saying", "X was cited as saying". */
const RELAYING = new Set(['quote', 'cite']);
/** Verbs of hearsay before "to have said": "X is reported to have said", "X was understood to have told". */
const HEARSAY = new Set(['report', 'say', 'believe', 'understand']);
/** How far a relaying verb may stand before "as saying" ("quoted the army's spokesman in Niamey as saying"). */
const REACH = 10;

/**
 * A speaker another reports the words of: "X was quoted as saying", "state media quoted X as saying", "X is
 * reported to have said". The one quoted speaks (a relayed claim is the original speaker's), and what was said
 * follows the inner verb at `said`; `from` is where the relaying clause begins (the one quoted, or the one who relays).
 */
export function quotedAs(c: Clause): { speaker: Span; said: number; from: number } | null {
  const { tokens } = c;
  for (let i = c.first + 1; i < c.last; i += 1) {
    if (c.quoted[i]) continue;
    const next = tokens[i + 1];
    const asSaying = tokens[i].lower === 'as' && (next.lemma === 'say' || next.lemma === 'tell') && next.lower.endsWith('ing');
    const toHaveSaid = tokens[i].lower === 'to' && next.lower === 'have' && ['say', 'tell'].includes(tokens[i + 2]?.lemma ?? '');
    if (!asSaying && !toHaveSaid) continue;
    const said = asSaying ? i + 1 : i + 2;
    for (let v = i - 1; v >= Math.max(c.first, i - REACH); v -= 1) {
      if (!(asSaying ? RELAYING : HEARSAY).has(tokens[v].lemma) || tokens[v].pos !== 'VERB') continue;
      // Passive: the subject before "was quoted" is the one quoted.
      if (BE.has(tokens[v - 1]?.lower ?? '')) {
        const speaker = v - 2 >= c.first ? nameLeftOf(c, v - 2) : null;
        return speaker ? { speaker, said, from: speaker[0] } : null;
      }
      // Active: "state media quoted the army as saying": the object is the one quoted.
      const object = asSaying ? phraseRightOf(c, v + 1) : null;
      const relayer = v - 1 >= c.first ? nameLeftOf(c, v - 1) : null;
      return object && object[1] === i - 1 ? { speaker: object, said, from: relayer?.[0] ?? v } : null;
    }
  }
  return null;
}
