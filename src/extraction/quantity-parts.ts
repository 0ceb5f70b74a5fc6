import { Token } from './analyse';
import { Span } from './attribution';
import type { ReadFacet } from './quantity-facets';

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
const STAFF_NOUNS = new Set([
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
  if (owner === 'its' || owner === 'their') return NATION.has(noun) || STAFF_NOUNS.has(noun);
  // "none of our passengers or crew": a company speaking of its own people.
  if (owner === 'our') return ['nationals', 'passengers', 'crew'].includes(noun) || STAFF_NOUNS.has(noun);
  return ['his', 'her', 'my'].includes(owner) && KIN.has(noun);
}
const PARTS_OF = new Set(['fatalities', 'injuries']);

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

/**
 * Who a people's name counts apart from the toll: staff and workers abroad ("two Filipino sailors", "one Kenyan
 * driver"). Residents, villagers, passengers, refugees, pilgrims or worshippers named by their people are the whole
 * toll ("killed 17 Malian villagers"), which another source gives without the name.
 */
const NATIONAL_PARTS = new Set([
  'sailors', 'seafarers', 'crew', 'engineers', 'drivers', 'workers', 'nationals', 'citizens', 'staff', 'employees',
]);
/** The plural a part is named by; "crew" and "staff" stay as written. */
const partName = (w: Token) => (['crew', 'staff'].includes(w.lower) ? w.lower : plural(w));

/** "one Kenyan driver", "two Filipino sailors": a people's name before the staff counted. */
function nationalPart(tokens: Token[], [a, b]: Span): string | null {
  for (let k = a + 1; k < b; k += 1) {
    const [name, noun] = [tokens[k], tokens[k + 1]];
    if (!/^[A-Z][a-z]/.test(name.text) || !['ADJ', 'PROPN'].includes(name.pos)) continue;
    if (noun.pos !== 'NOUN' || !NATIONAL_PARTS.has(partName(noun))) return null;
    return `${name.text} ${partName(noun)}`;
  }
  return null;
}

/**
 * "two of our engineers were killed and three other engineers wounded": the part named again (or "other <part>")
 * carries it over; "others" alone may be anyone ("one of its nationals was killed and 40 others wounded").
 */
function namedAgain(tokens: Token[], [a, b]: Span, part: string | null): string | null {
  const noun = part?.split(' ').pop();
  return noun && tokens.slice(a, b + 2).some((w) => w.pos === 'NOUN' && partName(w) === noun) ? part : null;
}

/** Gives each toll of a part without a subject its part; the others are left as read. */
export function withPartsNamed(facets: ReadFacet[], tokens: Token[], [, last]: Span): ReadFacet[] {
  let before: string | null = null;
  return facets.map((f) => {
    // The taken are counted apart by who they belong to only: a people's name may be the place they were taken from.
    const captured = f.attribute === 'captured';
    if ((!PARTS_OF.has(f.attribute) && !captured) || f.subject) return f;
    const again = namedAgain(tokens, f.span, before);
    const part = ownedPart(tokens, f.span, last) ?? (captured ? null : nationalPart(tokens, f.span) ?? again);
    before = part;
    return part ? { ...f, subject: part } : f;
  });
}
