import { Token } from './analyse';
import { PLACES } from './category-words';
import { nounPhrase } from './targets';

/** Verbs of taking a place: said of the attackers, the attack succeeded. */
const TAKING = new Set(['seize', 'capture', 'overrun', 'take', 'occupy']);
const PASSIVE_TAKING = new Set(['seize', 'overrun', 'occupy']);

/**
 * "its troops had seized the town", "the base was overrun": a place taken, read as the outcome "success".
 * Only a place ("the town of Kessa", "the army base"), not what was carried off ("seized weapons"). Returns the
 * number of tokens read from i, or 0.
 */
export function placeTaken(tokens: Token[], i: number, last: number): number {
  const t = tokens[i];
  if (t.pos !== 'VERB' || !TAKING.has(t.lemma) || i + 1 > last) return 0;
  const np = nounPhrase(tokens, i + 1, last);
  if (np && tokens[np[0]].pos === 'DET' && PLACES.has(tokens[np[1]].lower)) return np[1] - i + 1;
  // "the town was overrun": the place before a passive (not "captured", "taken": said of people too, "the gunman ... was captured").
  const before = tokens[i - 1];
  if (PASSIVE_TAKING.has(t.lemma) && before && ['was', 'were', 'been'].includes(before.lower) && i - 2 >= 0 && PLACES.has(tokens[i - 2].lower)) return 1;
  return 0;
}
