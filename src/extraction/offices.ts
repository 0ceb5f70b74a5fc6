/**
 * The government an office of state belongs to when the words name none: "Prime Minister X" is the desk's
 * national government, "Governor X" its one regional government. When the desk knows several, the text
 * tells which: the one the narration named last ("Pakistan ... Prime Minister X said").
 */
import { fold } from '../claims/fold';
import { ADJECTIVE_OF, CAPITALS, DEMONYMS } from './names';
import { inScope, lookup, scopedOfKind } from './source-lookups';
import type { Mention, Recent } from './mentions';
import { trimCommas, type KnownSource, type SourceIndex } from './speakers';

const SUBNATIONAL = /\b(state|regional|provincial|local|city|municipal|county|district)\b/i;

/** The known source named last before the speaker among those that pass the test (see `Antecedents.lastNamed`). */
export type LastNamed = (test: (source: KnownSource) => boolean) => KnownSource | null;

/** A government named after a country alone ("Pakistani government", "Government of Chad" read as such). */
function national(source: KnownSource): boolean {
  const words = fold(source.name).split(' ').slice(0, -1);
  return words.length > 0 && (words.every((x) => DEMONYMS[x] || ADJECTIVE_OF[x]) || !!ADJECTIVE_OF[words.join(' ')] || !!DEMONYMS[words.join(' ')]);
}

/**
 * The desk's governments as the office rules choose among them, worked out once per source index (the event's
 * claimants first, `inScope`): those of no region, the national ones among them, and the regional ones ("Antioquia
 * government" beside "Colombian government" is a region's; a lone government not named after a country may be the state's).
 */
function governmentsOf(index: SourceIndex): { notRegional: KnownSource[]; nationals: KnownSource[]; regional: KnownSource[]; countries: KnownSource[] } {
  return lookup(index, 'governmentsOf', ({ all }) => {
    // "Sumy regional military administration": a region's administration is its government.
    const governments = all.filter((s) => / government$/i.test(s.name) || (/ administration$/i.test(s.name) && SUBNATIONAL.test(s.name)));
    const anyNational = governments.some(national);
    const notRegional = inScope(governments.filter((s) => !SUBNATIONAL.test(s.name)));
    return {
      notRegional,
      nationals: notRegional.filter(national),
      // Every country's government, the event's claimants or not.
      countries: governments.filter((g) => national(g) && !SUBNATIONAL.test(g.name)),
      regional: inScope(governments.filter((s) => !national(s) && (SUBNATIONAL.test(s.name) || anyNational))),
    };
  });
}

/**
 * The desk's national government: among several countries' governments, the country the text is about (`home`: the
 * paragraph's, the one heard last, the dateline's: "ISLAMABAD - ... Prime Minister X"; wire copy names a foreign leader's
 * country); else the one government that is no region's, or the one named after a country; else the one named last.
 */
export function nationalGovernment(index: SourceIndex, lastNamed?: LastNamed, home?: LastNamed): KnownSource | null {
  const { notRegional, nationals, countries } = governmentsOf(index);
  // The country the text is about wins over the event's one claimant so far (the other side has not been heard on it yet).
  const homeCountry = countries.length > 1 ? home?.((s) => countries.includes(s)) : null;
  if (homeCountry) return homeCountry;
  if (notRegional.length === 1) return notRegional[0];
  if (nationals.length === 1) return nationals[0];
  return nationals.length > 1 && lastNamed ? lastNamed((s) => nationals.includes(s)) : null;
}

/** The desk's one government of a region, state or province (no country's): a governor's; among several, the one named last. */
export function regionalGovernment(index: SourceIndex, lastNamed?: LastNamed): KnownSource | null {
  const { regional } = governmentsOf(index);
  if (regional.length === 1) return regional[0];
  return regional.length > 1 && lastNamed ? lastNamed((s) => regional.includes(s)) : null;
}

/** Nouns of kinship: a relative of someone speaks for the family the desk knows. */
const KIN = new Set(['brother', 'sister', 'son', 'daughter', 'father', 'mother', 'wife', 'husband', 'widow', 'widower', 'cousin', 'uncle', 'aunt',
  'nephew', 'niece', 'relative', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'brother-in-law', 'sister-in-law', 'son-in-law', 'father-in-law']);

/** The desk's family parties (named "... family"), the event's first (`inScope`). */
export function deskFamilies(index: SourceIndex): KnownSource[] {
  return lookup(index, 'scopedFamilies', ({ all }) => inScope(all.filter((s) => /\bfamily$/i.test(s.name))));
}

/**
 * "Emal Ahmadi, Zemari's brother", "X, a cousin of the victim": a relative speaks for the desk's family party,
 * the one of the person's surname when the desk knows several families.
 */
export function familyOf(name: string, role: string, index: SourceIndex): KnownSource | null {
  const w = role.trim().replace(/,$/, '').split(/\s+/).map((x) => x.toLowerCase());
  const of = w.indexOf('of');
  const noun = of > 0 ? w[of - 1] : w[w.length - 1];
  if (!KIN.has(noun) || w.length > 8) return null;
  const families = deskFamilies(index);
  if (families.length === 1) return families[0];
  const surname = fold(name.replace(/,? (Jr\.?|Sr\.?)$/, '').split(' ').pop() ?? '');
  const own = families.filter((s) => fold(s.name).split(' ').includes(surname));
  return own.length === 1 ? own[0] : null;
}

/** Portfolios a minister holds that name no body the desk knows by that word alone ("Justice Minister"). */
const PORTFOLIOS = new Set(['justice', 'finance', 'transport', 'education', 'energy', 'agriculture', 'trade', 'labour', 'labor', 'home', 'water', 'economy', 'planning', 'culture', 'territorial', 'administration']);

/** "Foreign and Expatriates Minister": a capitalised word before "Minister" that names no country is a portfolio. */
export function capitalPortfolio(word: string): boolean {
  const x = fold(word);
  // "Swedish", "Kenyan", "Congolese": a country's adjective, even one the lists lack, is no portfolio.
  return word === 'and' || (/^[A-Z][a-z]+$/.test(word) && !/(an|ish|ese|i|ic)$/.test(word) && !DEMONYMS[x] && !ADJECTIVE_OF[x] && !CAPITALS[x]);
}

/** A portfolio word before "Minister" ("Justice Minister"). */
export function portfolio(word: string): boolean {
  return PORTFOLIOS.has(word.toLowerCase());
}

/** Levels of an arm that name no other country's ("French military" does). */
const LEVELS = new Set(['regional', 'provincial', 'local', 'state', 'district', 'city', 'municipal', 'national', 'county']);

/** Words before an arm that name a body other than the desk's ("UN police", "military police") or no one on record now ("former police chief"). */
const OTHER_ARMS = new Set(['un', 'eu', 'au', 'military', 'border', 'secret', 'religious', 'morality', 'traffic', 'private', 'foreign', 'international', 'former', 'retired', 'ex']);

/** Words of a military unit before a commander's title ("103rd Infantry Brigade commander"). */
const UNITS = new Set(['brigade', 'division', 'battalion', 'regiment', 'infantry', 'corps', 'command', 'squadron', 'company', 'platoon']);

/**
 * "103rd Infantry Brigade commander X": a unit names the desk's one military, "regional police director X" its one police; a bare "spokesman X" right after a
 * known body was named ("India's ministry also dismissed the allegations. '...,' spokesman X said") is that body's.
 */
export function unitParty(before: string[], noun: string, index: SourceIndex, lastNamed: LastNamed, alone: boolean): KnownSource | null {
  if (before.some((x) => UNITS.has(x)) && (noun === 'commander' || noun === 'spokesman' || noun === 'officer' || noun === 'chief')) {
    const military = scopedOfKind(index, 'military');
    return military.length === 1 ? military[0] : null;
  }
  // "Regional police director X": a qualified arm the desk knows one party of.
  // "Borno police commissioner X": a place's name before the police is a level too, unless it names a country or another body.
  const arm = before[before.length - 1];
  // Police only: "North Kivu military governor" holds a province's office, not the army's.
  // A place is the desk's police's only when its names carry it ("Borno police" for "Borno State Police Command"):
  // "Gaza police" or "Jenin police" are another authority's.
  const ofKind = before.length >= 2 && (arm === 'police' || arm === 'army' || arm === 'military') ? scopedOfKind(index, arm === 'police' ? 'police' : 'military') : [];
  // or a state's or province's the desk knows ("Borno" for "Borno state government").
  const named = (x: string) => ofKind.length === 1 && ([ofKind[0].name, ...ofKind[0].aliases].some((n) => ` ${fold(n)} `.includes(` ${x} `))
    || lookup(index, 'regionPlaces', regionPlaces).has(x));
  const level = (x: string) => LEVELS.has(x) || (arm === 'police' && /^[a-z]+$/.test(x) && !DEMONYMS[x] && !ADJECTIVE_OF[x] && !CAPITALS[x] && !OTHER_ARMS.has(x) && named(x));
  if (ofKind.length === 1 && before.slice(0, -1).every(level)) return ofKind[0];
  // "Press secretary X" is a spokesman by another name.
  const press = noun === 'secretary' && before.length === 1 && before[0] === 'press';
  if ((alone && /^spokes(man|woman|person)$/.test(noun)) || press) return lastNamed((s) => s.kind !== 'news_agency' && s.kind !== 'witness');
  return null;
}

/** The first words of the names of a state's, province's or region's bodies the desk knows ("borno" of "Borno state government"). */
function regionPlaces(index: SourceIndex): Set<string> {
  const places = new Set<string>();
  for (const names of index.folded) for (const n of names) if (/ (state|province|region|county|district)\b/.test(n)) places.add(n.split(' ')[0]);
  return places;
}

/** The country a party is named after ("Israeli government", alias "Israel"), or null. */
function countryOf(party: KnownSource): string | null {
  for (const name of [party.name, ...party.aliases]) {
    const f = fold(name);
    const first = f.split(' ')[0];
    const country = ADJECTIVE_OF[f] ? f : DEMONYMS[first] ?? CAPITALS[f] ?? (ADJECTIVE_OF[first] ? first : null);
    if (country) return country;
  }
  return null;
}

/**
 * "ISLAMABAD, Oct 2: The military said": among the desk's several parties of the kinds, the one of the country the dateline
 * names, when the paragraph names nobody before the speaker (`recent` with `home`); null when none or several are.
 */
export function ofHomeCountry(kinds: string[], recent: Recent, index: SourceIndex): Mention | null {
  const home = recent(() => true, true);
  const country = home?.dateline ? countryOf(home.source) : null;
  const found = country ? index.all.filter((s) => kinds.includes(s.kind ?? '') && countryOf(s) === country) : [];
  return found.length === 1 ? { source: found[0], at: home!.at } : null;
}

/** "In London, Prime Minister X said": a sentence opening in another country's capital than the government's; its titles are not that government's. */
export function abroad(opening: string, party: KnownSource): boolean {
  const m = /^In ([A-Z][a-z]+),/.exec(opening.trim());
  const there = m ? CAPITALS[fold(m[1])] : undefined;
  const home = there ? countryOf(party) : null;
  return !!there && !!home && there !== home;
}

/**
 * "the Director, Defence Media Operations", "Army Public Relations": a function in a named unit of defence or the
 * army names the desk's one military, as a numbered brigade does (a ministry or a minister is no unit).
 */
export function armUnit(role: string, index: SourceIndex): KnownSource | null {
  if (!/\b(Defen[cs]e|Army|Military) [A-Z]/.test(role) || /minist/i.test(role)) return null;
  const military = scopedOfKind(index, 'military');
  return military.length === 1 ? military[0] : null;
}

/** The desk's one party known as its president ("President Joe Biden" among the aliases), if one is (of that side, with `side`). */
export function presidentOf(index: SourceIndex, side?: string): KnownSource | null {
  const found = new Set(index.all.filter((s, at) => (side === undefined || s.side === side) && index.folded[at].some((n) => n.startsWith('president '))));
  return found.size === 1 ? [...found][0] : null;
}

/** The desk's president of a government (on its side), who speaks for "the presidency"; else the government itself. */
export function headOfState(government: KnownSource | null, index: SourceIndex): KnownSource | null {
  return (government?.side ? presidentOf(index, government.side) : null) ?? government;
}

const PLACE_NOUNS = new Set(['province', 'state', 'region', 'district', 'city', 'county', 'prefecture']);

/** "the prosecutor of Ouahigouya" -> "Ouahigouya prosecutor"; "chief minister of X province" -> the known government named after X. */
export function placeBody(after: string, noun: string, index: SourceIndex): KnownSource | null {
  const all = trimCommas(after).replace(/^the /i, '').split(' ');
  const words = (all.length > 1 && PLACE_NOUNS.has(all[all.length - 1].toLowerCase()) ? all.slice(0, -1) : all).join(' ');
  const place = fold(words);
  if (!place || place.split(' ').length > 3 || !words.split(' ').every((x) => /^[A-Z][a-z]/.test(x))) return null;
  const own = index.exact.get(`${place} ${noun}`);
  if (own) return own;
  const governments = index.all.filter((s) => {
    const name = fold(s.name);
    return name.startsWith(`${place} `) && / government$/.test(name);
  });
  return governments.length === 1 ? governments[0] : null;
}

/** Portfolios written after "Minister of" ("Minister of Defence", "State Minister for Foreign Affairs"). */
export const PORTFOLIO_AFTER = new Set(['defence', 'defense', 'interior', 'foreign', 'affairs', 'information', 'health', 'justice', 'finance', 'security', 'home',
  'education', 'roads', 'transport', 'energy', 'agriculture', 'trade', 'labour', 'water', 'economy', 'planning', 'culture', 'communication', 'communications',
  'works', 'veteran', 'veterans', 'internal', 'public', 'national', 'humanitarian', 'disaster', 'relief', 'refugees', 'territorial', 'administration', 'state']);

/** A body's own parts a member or delegate of "its" belongs to. */
export const OWN_BODIES = new Set(['bureau', 'committee', 'executive', 'team', 'board', 'council', 'leadership', 'wing', 'office', 'secretariat', 'command', 'politburo', 'delegation', 'mission', 'branch', 'unit', 'cell', 'directorate', 'staff']);

/** Names of a city's own body, folded: "Sumy city administration", "Kharkiv city council", "the mayor's office". */
const CITY_BODY = /\b(city (administration|council|hall)|municipality|mayors office|town hall|municipal)\b/;

/** The desk's body of a city: named after the place ("Sumy"), or with no place the desk's one such body. */
export function cityBody(place: string, index: SourceIndex): KnownSource | null {
  const p = fold(place.trim());
  const bodies = lookup(index, 'cityBodies', ({ folded }) => folded.flatMap((names, at) => (names.some((n) => CITY_BODY.test(n)) ? [at] : [])));
  const named = bodies.filter((at) => !p || index.folded[at].some((n) => n.startsWith(`${p} `))).map((at) => index.all[at]);
  return named.length === 1 ? named[0] : null;
}
