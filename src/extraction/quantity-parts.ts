import { Token } from './analyse';
import { Span } from './attribution';
import type { ReadFacet } from './quantity-facets';
import { COMBATANTS } from './quantity-people';

/**
 * A toll of a part of the dead named by who they belong to takes that part as subject (the corpus convention:
 * "a quantity of a distinct group takes it as subject"), so the board sets it against the same part, never
 * against the whole toll: "one of its nationals" (a state counting its own), "two of our engineers", "two of
 * his cousins", "one Kenyan driver", "eleven people of one family". Counted fighters are left to the rules
 * that name their party (count-subjects.ts).
 */

/** Owners a part of the dead belongs to: a body's people, a speaker's, a person's. */
const OWNERS = new Set(['its', 'our', 'their', 'his', 'her', 'my', 'your']);
/** A state's or a body's people after "its": "its nationals", "its staff"; "its crew", "its passengers" are a vehicle's, the whole toll. */
const BODY_PEOPLE = new Set(['nationals', 'citizens', 'countrymen', 'compatriots', 'staff', 'employees', 'workers', 'volunteers', 'journalists']);
/** Words after an owner that count no part: "our people", "our compatriots" may be all the dead (a state of the place speaking). */
const NO_PART = new Set(['people', 'own', 'dead', 'victims', 'compatriots', 'countrymen', 'citizens', 'children']);
/** "of one family", "of a single family", "of the same family": one family among the dead; "of the family" may be all of them. */
const FAMILY_OWNERS = new Set(['one', 'a', 'the']);
const PARTS_OF = new Set(['fatalities', 'injuries']);

/** Whether a word names fighters, who are counted by their party instead ("members", "men" of an armed body too). */
const fighters = (w: Token) => COMBATANTS.has(w.lower) || COMBATANTS.has(w.lemma) || ['members', 'men', 'elements'].includes(w.lower);

/** "N of its nationals", "N of our engineers": the owned people, in the facet's words and two more. */
function ownedPart(tokens: Token[], [a, b]: Span, last: number): string | null {
  for (let k = a; k <= b + 1 && k + 2 <= last; k += 1) {
    if (tokens[k].lower !== 'of' || !OWNERS.has(tokens[k + 1].lower)) continue;
    const noun = tokens[k + 2];
    if (noun.pos !== 'NOUN' || fighters(noun)) return null;
    if (tokens[k + 1].lower === 'its' ? !BODY_PEOPLE.has(noun.lower) : NO_PART.has(noun.lower)) return null;
    return noun.lower;
  }
  return null;
}

const IRREGULAR: Record<string, string> = { man: 'men', woman: 'women', person: 'people', child: 'children' };
/** The plural a part is named by, so that "one Kenyan driver" and "two Kenyan drivers" are one subject. */
function plural(w: Token): string {
  // Already plural ("sailors", "men"): the lemma differs.
  if (w.lower !== w.lemma) return w.lower;
  return IRREGULAR[w.lower] ?? (w.lower.endsWith('s') ? w.lower : `${w.lower}s`);
}

/** "one Kenyan driver", "two Filipino sailors": a people's name before the person counted. */
function nationalPart(tokens: Token[], [a, b]: Span): string | null {
  for (let k = a + 1; k < b; k += 1) {
    const [name, noun] = [tokens[k], tokens[k + 1]];
    if (!/^[A-Z][a-z]/.test(name.text) || !['ADJ', 'PROPN'].includes(name.pos)) continue;
    if (noun.pos !== 'NOUN' || fighters(noun) || NO_PART.has(noun.lower)) return null;
    return `${name.text} ${plural(noun)}`;
  }
  return null;
}

/** "eleven people of one family", "five members of the same family": the dead of one family. */
function familyPart(tokens: Token[], [, b]: Span, last: number): string | null {
  for (let k = b; k <= b + 2 && k + 2 <= last; k += 1) {
    if (tokens[k].lower !== 'of' || !FAMILY_OWNERS.has(tokens[k + 1].lower)) continue;
    const one = ['same', 'single'].includes(tokens[k + 2].lower);
    if (tokens[k + 1].lower !== 'one' && !one) return null;
    return tokens[one ? k + 3 : k + 2]?.lemma === 'family' ? 'one family' : null;
  }
  return null;
}

/** Gives each toll of a part without a subject its part; the others are left as read. */
export function withPartsNamed(facets: ReadFacet[], tokens: Token[], [, last]: Span): ReadFacet[] {
  let before: string | null = null;
  return facets.map((f) => {
    if (!PARTS_OF.has(f.attribute) || f.subject) return f;
    // "two of our engineers were killed and two others wounded": the others are of the same part.
    const others = before && tokens.slice(f.span[0], f.span[1] + 2).some((w) => w.lower === 'others') ? before : null;
    const part = ownedPart(tokens, f.span, last) ?? nationalPart(tokens, f.span) ?? familyPart(tokens, f.span, last) ?? others;
    before = part;
    return part ? { ...f, subject: part } : f;
  });
}
