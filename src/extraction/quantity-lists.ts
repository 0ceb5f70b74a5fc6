import { Token } from './analyse';
import { has } from './quantity-kinds';
import { Read } from './quantity-subjects';
import { COMBATANTS, isPerson } from './quantity-words';

/** Words for everyone, or for civilians as a whole: a count of them is a toll, not one group of a list. */
const EVERYONE = new Set(['people', 'persons', 'person', 'civilians', 'civilian', 'residents', 'villagers', 'inhabitants', 'others']);

/**
 * "killed 20 pupils and two teachers", "31 women and five children were among the dead": a list of the dead by
 * group. Each count is its group's (the group's noun as subject), as the annotation rules read them; none of
 * them is the toll, which the first alone would understate. Soldiers against civilians ("12 soldiers and three
 * civilians") keep their own reading: combatant and civilian tolls.
 */
export function withListedGroups(reads: Read[], tokens: Token[]): Read[] {
  const head = (r: Read) => tokens[r.span[1]];
  const listed = (r: Read) =>
    !r.subject && (r.attribute === 'fatalities' || r.attribute === 'civilian_fatalities' || r.attribute === 'injuries')
    && r.value !== 'none' && isPerson(head(r)) && !has(COMBATANTS, head(r)) && !EVERYONE.has(head(r).lower);
  const kindOf = (r: Read) => (r.attribute === 'injuries' ? 'injuries' : 'fatalities');
  const joined = (a: Read, b: Read) => {
    const between = tokens.slice(a.span[1] + 1, b.span[0]).map((t) => t.lower);
    return between.length >= 1 && between.length <= 2 && between.every((w) => w === 'and' || w === ',');
  };
  const inList = new Set<Read>();
  for (let k = 1; k < reads.length; k += 1) {
    const [a, b] = [reads[k - 1], reads[k]];
    if (!listed(a) || !listed(b) || kindOf(a) !== kindOf(b) || !joined(a, b) || head(a).lemma === head(b).lemma) continue;
    inList.add(a).add(b);
  }
  return reads.map((r) => (inList.has(r) ? { ...r, attribute: kindOf(r), subject: head(r).lower } : r));
}
