/** A sentence's clauses, each of which may have a speaker of its own. */
import { Token } from './analyse';
import { REPORTING_VERBS } from './lexicon';

const SEPARATORS = new Set([';']);
const TURNS = new Set(['while', 'but', 'whereas']);
/** Words after ", as" that make it part of the clause ("as well as", "as many as", "as of Tuesday"), never a turn. */
const AS_PHRASES = new Set(['well', 'many', 'much', 'of', 'far', 'long', 'soon', 'part', 'if', 'though', 'recently', 'late', 'early', 'high', 'few']);
/** How far after ", as" its own reporting verb may stand (", as the army's spokesman said"). */
const AS_REACH = 8;

/**
 * ", while/but/whereas" always turns to a new clause; ", as" only when a speaker of its own follows
 * (", as police said they had regained control"): ", as well as three civilians" goes on.
 */
function turnsAt(tokens: Token[], i: number, last: number): boolean {
  const next = tokens[i + 1];
  if (TURNS.has(next.lower)) return true;
  if (next.lower !== 'as' || i + 2 > last || AS_PHRASES.has(tokens[i + 2].lower)) return false;
  for (let k = i + 2; k <= Math.min(last, i + 1 + AS_REACH) && tokens[k].text !== ','; k += 1) {
    if (tokens[k].pos === 'VERB' && REPORTING_VERBS.has(tokens[k].lemma)) return true;
  }
  return false;
}

/** Clauses of a sentence: split at ";" and at a turn (", while ...", ", as X said ...") outside quotes, so each may have its own speaker. */
export function clauses(tokens: Token[], quoted: boolean[], first: number, last: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = first;
  for (let i = first; i <= last; i += 1) {
    const t = tokens[i];
    if (quoted[i]) continue;
    if (SEPARATORS.has(t.text) || (t.text === ',' && i + 1 <= last && turnsAt(tokens, i, last))) {
      if (i - 1 >= start) out.push([start, i - 1]);
      start = t.text === ',' ? i + 2 : i + 1;
    }
  }
  if (start <= last) out.push([start, last]);
  return out;
}

