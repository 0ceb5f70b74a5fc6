import { Token } from './analyse';
import { Span } from './attribution';
import type { ReadFacet } from './quantity-facets';
import { COMBATANTS } from './quantity-people';

/**
 * A toll of a part of the dead named by who they belong to takes that part as subject (the corpus convention:
 * "a quantity of a distinct group takes it as subject"), so the board sets it against the same part, never
 * against the whole toll: "one of its nationals" (a state counting its own), "two of our engineers", "two of
 * his cousins", "one Kenyan driver". Counted fighters are left to the rules that name their party
 * (count-subjects.ts).
 */

/** A state's people abroad: "one of its nationals"; "our compatriots" may be all the dead (a state of the place speaking). */
const NATION = new Set(['nationals', 'citizens', 'countrymen', 'compatriots']);
/** A body's people: "four of its staff", "two of our seafarers"; "its crew", "its passengers" are a vehicle's, the whole toll. */
const STAFF = new Set([
  'staff', 'employees', 'workers', 'volunteers', 'journalists', 'seafarers', 'sailors', 'engineers', 'contractors', 'doctors', 'nurses',
  'medics', 'teachers',
]);
/** A person's own: "two of his cousins", "three of her neighbours". */
const KIN = new Set([
  'cousins', 'brothers', 'sisters', 'sons', 'daughters', 'children', 'nephews', 'nieces', 'relatives', 'neighbours', 'neighbors',
  'friends', 'uncles', 'aunts', 'grandchildren',
]);
/** Which parts each owner counts apart. */
function partOf(owner: string, noun: string): boolean {
  if (owner === 'its' || owner === 'their') return NATION.has(noun) || STAFF.has(noun);
  // "none of our passengers or crew": a company speaking of its own people.
  if (owner === 'our') return ['nationals', 'passengers', 'crew'].includes(noun) || STAFF.has(noun);
  return ['his', 'her', 'my'].includes(owner) && KIN.has(noun);
}
/** Words after a people's name that count no part of the dead. */
const NO_PART = new Set(['people', 'dead', 'victims', 'civilians']);
const PARTS_OF = new Set(['fatalities', 'injuries']);

/** Whether a word names fighters, who are counted by their party instead ("members", "men" of an armed body too). */
const fighters = (w: Token) => COMBATANTS.has(w.lower) || COMBATANTS.has(w.lemma) || ['members', 'men', 'elements'].includes(w.lower);

/** "N of its nationals", "N of our engineers": the owned people, in the facet's words and two more. */
function ownedPart(tokens: Token[], [a, b]: Span, last: number): string | null {
  for (let k = a; k <= b + 1 && k + 2 <= last; k += 1) {
    if (tokens[k].lower !== 'of') continue;
    const noun = tokens[k + 2];
    // "one of the sons of the drug lord": a named person's kin.
    const kinOf = tokens[k + 1].lower === 'the' && KIN.has(noun.lower) && noun.lower !== 'children' && tokens[k + 3]?.lower === 'of';
    return noun.pos === 'NOUN' && (kinOf || partOf(tokens[k + 1].lower, noun.lower)) ? noun.lower : null;
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

/** Gives each toll of a part without a subject its part; the others are left as read. */
export function withPartsNamed(facets: ReadFacet[], tokens: Token[], [, last]: Span): ReadFacet[] {
  let before: string | null = null;
  return facets.map((f) => {
    // The taken are counted apart by who they belong to only: a people's name may be the place they were taken from.
    const captured = f.attribute === 'captured';
    if ((!PARTS_OF.has(f.attribute) && !captured) || f.subject) return f;
    // "two of our engineers were killed and two others wounded": the others are of the same part.
    const others = before && tokens.slice(f.span[0], f.span[1] + 2).some((w) => w.lower === 'others') ? before : null;
    const part = ownedPart(tokens, f.span, last) ?? (captured ? null : nationalPart(tokens, f.span) ?? others);
    before = part;
    return part ? { ...f, subject: part } : f;
  });
}
