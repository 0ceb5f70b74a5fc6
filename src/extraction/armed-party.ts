import { fold } from '../claims/fold';
import { ADJECTIVE_OF, CAPITALS, DEMONYMS } from './names';
import { KnownSource, SourceIndex } from './speakers';
import { inScope, lookup, postings, sourceByName, union } from './source-lookups';

/** Kinds of source that carry out attacks. */
const ARMED = new Set(['military', 'armed_group', 'police']);

/** What a state's bodies are called after the adjective of their country: "Armenian government", "Armenian armed forces". */
const STATE_BODIES = new Set(['government', 'army', 'armed forces', 'military', 'forces', 'defence ministry', 'defense ministry', 'air force', 'navy']);

/**
 * The countries a name speaks for: "Israeli government" and "Israel" both name Israel. A country the word
 * lists do not know still joins its bodies by their shared first word ("Armenian government", "Armenian
 * armed forces").
 */
function countriesOf(name: string): Set<string> {
  const out = new Set<string>();
  const words = fold(name).split(' ');
  for (const word of words) {
    const country = DEMONYMS[word] ?? CAPITALS[word] ?? (ADJECTIVE_OF[word] ? word : null);
    if (country) out.add(country);
  }
  if (!out.size && words.length > 1 && STATE_BODIES.has(words.slice(1).join(' '))) out.add(`the ${words[0]} state`);
  return out;
}

/**
 * The party that carries out attacks for a party named as a perpetrator: strikes are made by forces, so
 * "Israel" (the government's alias) or "an Israeli strike" folds to the desk's one armed party of that
 * country ("Israel Defense Forces") when the desk has exactly one. A party that is no government (armed already,
 * or an NGO named after its country), a party of no country, or a country with no armed party or several, stays as named.
 */
export function armedParty(name: string | null, index: SourceIndex): string | null {
  if (!name) return name;
  const named = sourceByName(index, name);
  // Only a state's government stands for its forces: a country's Red Crescent or rights group does not.
  if (!named || named.kind !== 'government') return name;
  const countries = new Set<string>();
  for (const n of [named.name, ...named.aliases]) for (const c of countriesOf(n)) countries.add(c);
  const byCountry = lookup(index, 'armedByCountry', armedByCountry);
  const armed = countries.size ? inScope(union([...countries].map((c) => byCountry.get(c))).map((at) => index.all[at])) : [];
  if (armed.length === 1) return armed[0].name;
  // "Iranian missiles" when the desk's IRGC carries no country in its names: the one military on the side of which this is the
  // one government (a side is a camp: South Africa's government on Kinshasa's side does not fire the Congolese army's shells).
  if (!named.side || armed.length) return name;
  const side = lookup(index, 'bySide', bySide).get(named.side) ?? [];
  const governments = side.filter((s) => s.kind === 'government');
  const military = side.filter((s) => s.kind === 'military');
  return governments.length === 1 && military.length === 1 ? military[0].name : name;
}

/** The desk's sources by the side it records them on. */
function bySide({ all }: SourceIndex): Map<string, KnownSource[]> {
  const out = new Map<string, KnownSource[]>();
  for (const s of all) if (s.side) out.set(s.side, [...(out.get(s.side) ?? []), s]);
  return out;
}

/** The armed parties (police aside) by the countries their names speak for, as positions in the list. */
function armedByCountry({ all }: SourceIndex): Map<string, number[]> {
  const armed = all.map((s) => (ARMED.has(s.kind ?? '') && s.kind !== 'police' ? s : null));
  return postings(armed, (s) => (s ? [s.name, ...s.aliases].flatMap((n) => [...countriesOf(n)]) : []));
}

/** Whether the desk knows the party by that name as an armed group (no state's forces). */
export function isArmedGroup(name: string, index: SourceIndex): boolean {
  return sourceByName(index, name)?.kind === 'armed_group';
}

/** Whether the desk knows the party by that name as armed (military, armed group, police). */
export function isArmed(name: string, index: SourceIndex): boolean {
  return ARMED.has(sourceByName(index, name)?.kind ?? '');
}

/**
 * The armed party the desk knows by a plural name ("Maoists" for CPI (Maoist)) or by letters counted as its men ("VDP"
 * for the Volunteers for the Defence of the Homeland): "12 Maoists", "two VDP" are its fighters.
 */
export function armedByPlural(words: string, index: SourceIndex): string | null {
  const known = /s$/.test(words) || /^[A-Z]{2,6}$/.test(words) ? index.exact.get(fold(words)) : undefined;
  return known && isArmed(known.name, index) ? known.name : null;
}
