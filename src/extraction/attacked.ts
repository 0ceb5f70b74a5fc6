import { Token } from './analyse';
import { Span } from './attribution';
import { ATTACKING, NEGATIONS, PLACES } from './category-words';
import { noneOf, polarityOf } from './negation';
import { ReadFacet } from './quantity-facets';
import { CIVILIAN_WORDS, COMBATANT_WORDS } from './victim-status';
import { policyDenial } from './target-denials';
import { label, nounPhrase, passiveSubject, targetValue } from './targets';

/** A place named as attacked, as the desk names it: "the crowded market" -> "market", "the mall" -> "shopping centre". */
function placeName(tokens: Token[], np: Span): string {
  return targetValue(tokens, np) || label(tokens, np);
}

/** A negation within three words before i, or a subject opened by "no"/"none of": "had not struck", "no market had been struck". */
function negated(tokens: Token[], i: number, first: number): boolean {
  for (let n = Math.max(first, i - 3); n < i; n += 1) if (NEGATIONS.has(tokens[n].lower)) return true;
  return noneOf(tokens, i, first);
}

/** Verb forms the tagger may read as nouns or adjectives: "firing on a school", "a missile hitting the mall". */
function attackingVerb(t: Token): string | null {
  if (t.pos === 'VERB' && ATTACKING.has(t.lemma)) return t.lemma;
  if (t.lower.endsWith('ing') && t.lower.length > 5) {
    const stem = t.lower.slice(0, -3);
    // "hitting" -> "hit", "firing" -> "fire", "shelling" -> "shell".
    if (ATTACKING.has(stem)) return stem;
    if (ATTACKING.has(`${stem}e`)) return `${stem}e`;
    const single = stem.slice(0, -1);
    return stem.endsWith(stem[stem.length - 1].repeat(2)) && ATTACKING.has(single) ? single : null;
  }
  return null;
}

/**
 * People hit are victims (victim status, quantities), not a place attacked; nor are "all the assigned targets have been
 * hit" or "the objectives were struck", which name no place.
 */
const PEOPLE = new Set([
  ...COMBATANT_WORDS, ...CIVILIAN_WORDS, 'forces', 'crowd', 'crowds', 'people', 'man', 'men', 'woman', 'boy', 'girl', 'child', 'officer', 'officers', 'soldier',
  'fighter', 'civilian', 'member', 'members', 'officials', 'official', 'targets', 'target', 'objectives', 'objective',
]);

const PASSIVE_HIT = new Set(['hit', 'struck', 'attacked', 'targeted', 'shelled', 'bombed']);

/**
 * Whether a place was attacked, with the place as subject: "had attacked a school", "fired on the school",
 * "a missile hitting the mall", "the market had been hit", "no market had been struck", "did not attack the school".
 * Struck and hit in the active voice count only as a denial ("had not struck the hospital"): a missile that struck
 * a place is read as what it hit (targets).
 */
export function attackedPlaces(tokens: Token[], [first, last]: Span, denied: boolean): ReadFacet[] {
  const out: ReadFacet[] = [];
  const seen = new Set<string>();
  const push = (subject: string, no: boolean, span: Span) => {
    if (!subject || seen.has(subject)) return;
    seen.add(subject);
    out.push({ attribute: 'attacked', subject, value: true, polarity: polarityOf(denied, no), span });
  };
  for (let i = first; i <= last; i += 1) {
    const t = tokens[i];
    const passive = PASSIVE_HIT.has(t.lower) ? passiveSubject(tokens, i, first) : null;
    // The subject of "had been hit" is a thing or a unit, whatever its name ("the bakery", "the convoy"), but not people.
    // "personnel on board had been hit", "a helicopter supporting an eradication operation was attacked": the words right
    // before the verb are the object of a preposition or of a participle, not its subject.
    const governed = passive && passive[0] > first && (tokens[passive[0] - 1].pos === 'ADP' || tokens[passive[0] - 1].pos === 'VERB');
    if (passive && !governed && tokens[passive[1]].pos === 'NOUN' && !PEOPLE.has(tokens[passive[1]].lower) && placeName(tokens, passive)) {
      push(placeName(tokens, passive), negated(tokens, i, first), [passive[0], i]);
      continue;
    }
    const verb = attackingVerb(t);
    if (!verb || i + 1 > last) continue;
    let o = i + 1;
    if (['on', 'at'].includes(tokens[o].lower)) o += 1;
    const np = o <= last ? nounPhrase(tokens, o, last) : null;
    if (!np || !PLACES.has(tokens[np[1]].lower) || ['was', 'were', 'been'].includes(tokens[i - 1]?.lower ?? '')) continue;
    // "its forces do not strike residential buildings": a policy, read as targets denied (target-denials.ts).
    if (t.pos === 'VERB' && policyDenial(tokens, i, first)) continue;
    const no = negated(tokens, i, first);
    // Struck, hit: only as a denial, or as a gerund ("a missile hitting the mall"); attacked, targeted, fired on or at either way.
    const aimedFire = verb === 'fire' && o > i + 1;
    const gerund = t.pos !== 'VERB' || t.lower.endsWith('ing');
    if (no || denied || verb === 'attack' || verb === 'target' || aimedFire || gerund) push(placeName(tokens, np), no, [i, np[1]]);
  }
  return out;
}
