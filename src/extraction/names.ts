/** Names in the text: known sources under other spellings, persons and organisations, the forces a speaker stands for. */
import { fold } from '../claims/fold';
import { Token } from './analyse';
import { REPORTING_VERBS, STATEMENT_NOUNS, TITLES } from './lexicon';
import { byHead, KnownSource, nameKeys, resolveName, SourceIndex } from './speakers';
import { exactInScope, inScope, keysNear } from './source-lookups';
import { wordTable } from './word-table';

export const CAPITALS: Record<string, string> = wordTable({ kyiv: 'ukraine', kiev: 'ukraine', moscow: 'russia', kremlin: 'russia', jerusalem: 'israel', khartoum: 'sudan', bamako: 'mali', kinshasa: 'congo', kigali: 'rwanda', naypyidaw: 'myanmar', ouagadougou: 'burkina faso', mogadishu: 'somalia', washington: 'united states',
  london: 'britain', paris: 'france', ottawa: 'canada', berlin: 'germany', beijing: 'china', tehran: 'iran', damascus: 'syria', baku: 'azerbaijan', yerevan: 'armenia', manila: 'philippines',
  // Capitals of other countries wire copy datelines and names as their governments ("ISLAMABAD, Oct 12 (Reuters) -", "Kabul denied").
  islamabad: 'pakistan', kabul: 'afghanistan', abuja: 'nigeria', niamey: 'niger', ndjamena: 'chad', beirut: 'lebanon', bogota: 'colombia', caracas: 'venezuela',
  nairobi: 'kenya', kampala: 'uganda', juba: 'south sudan', tripoli: 'libya', cairo: 'egypt', baghdad: 'iraq', amman: 'jordan', ankara: 'turkey', dhaka: 'bangladesh',
  bangkok: 'thailand', jakarta: 'indonesia', hanoi: 'vietnam', dakar: 'senegal', conakry: 'guinea', nouakchott: 'mauritania', algiers: 'algeria', rabat: 'morocco',
  tunis: 'tunisia', asmara: 'eritrea', gitega: 'burundi', bujumbura: 'burundi', bangui: 'central african republic', yaounde: 'cameroon', luanda: 'angola',
  harare: 'zimbabwe', maputo: 'mozambique', minsk: 'belarus', tbilisi: 'georgia', warsaw: 'poland', doha: 'qatar', 'addis ababa': 'ethiopia', 'new delhi': 'india',
  'mexico city': 'mexico', 'port sudan': 'sudan', 'port-au-prince': 'haiti', 'guatemala city': 'guatemala', quito: 'ecuador', managua: 'nicaragua',
  // Central Asia, South and Southeast Asia, the Americas and Europe (not capitals that are also names: Lima, Santiago, Victoria).
  bishkek: 'kyrgyzstan', dushanbe: 'tajikistan', tashkent: 'uzbekistan', astana: 'kazakhstan', ashgabat: 'turkmenistan', kathmandu: 'nepal',
  'phnom penh': 'cambodia', vientiane: 'laos', 'kuala lumpur': 'malaysia', colombo: 'sri lanka', ulaanbaatar: 'mongolia', djibouti: 'djibouti',
  'buenos aires': 'argentina', havana: 'cuba', tegucigalpa: 'honduras', 'san salvador': 'el salvador', asuncion: 'paraguay', montevideo: 'uruguay',
  chisinau: 'moldova', sarajevo: 'bosnia', belgrade: 'serbia', pristina: 'kosovo', budapest: 'hungary', bucharest: 'romania', accra: 'ghana',
  freetown: 'sierra leone', monrovia: 'liberia', lome: 'togo', brazzaville: 'congo republic', lusaka: 'zambia', lilongwe: 'malawi', riyadh: 'saudi arabia',
  'abu dhabi': 'united arab emirates', muscat: 'oman', athens: 'greece', rome: 'italy', madrid: 'spain', tokyo: 'japan' });
/** Each country's capitals (from CAPITALS), read once: "ukraine" -> ["kyiv", "kiev"]. */
export const CAPITALS_OF: ReadonlyMap<string, string[]> = Object.keys(CAPITALS).reduce(
  (map, capital) => map.set(CAPITALS[capital], [...(map.get(CAPITALS[capital]) ?? []), capital]), new Map<string, string[]>());
export const DEMONYMS: Record<string, string> = wordTable({
  israeli: 'israel', russian: 'russia', ukrainian: 'ukraine', malian: 'mali', burmese: 'myanmar', sudanese: 'sudan', nigerien: 'niger',
  palestinian: 'palestine', canadian: 'canada', british: 'britain', congolese: 'congo', syrian: 'syria', iranian: 'iran', american: 'united states', french: 'france', burkinabe: 'burkina faso',
  nigerian: 'nigeria', somali: 'somalia', rwandan: 'rwanda', myanmar: 'myanmar', ethiopian: 'ethiopia', yemeni: 'yemen', lebanese: 'lebanon', turkish: 'turkey', iraqi: 'iraq',
  pakistani: 'pakistan', afghan: 'afghanistan', azerbaijani: 'azerbaijan', armenian: 'armenia', burundian: 'burundi', mexican: 'mexico', haitian: 'haiti',
  vietnamese: 'vietnam', indian: 'india', chadian: 'chad', egyptian: 'egypt', saudi: 'saudi arabia', german: 'germany', chinese: 'china', kenyan: 'kenya',
  ugandan: 'uganda', libyan: 'libya', qatari: 'qatar', jordanian: 'jordan', filipino: 'philippines', cameroonian: 'cameroon',
  // Countries of other conflicts and of the parties' neighbours: a country missing here is no country to the office rules ("Colombian government" read as a region's).
  colombian: 'colombia', venezuelan: 'venezuela', ecuadorian: 'ecuador', brazilian: 'brazil', salvadoran: 'el salvador', honduran: 'honduras',
  guatemalan: 'guatemala', nicaraguan: 'nicaragua', mozambican: 'mozambique', eritrean: 'eritrea', tanzanian: 'tanzania', senegalese: 'senegal', ivorian: 'ivory coast',
  ghanaian: 'ghana', beninese: 'benin', togolese: 'togo', guinean: 'guinea', mauritanian: 'mauritania', algerian: 'algeria', moroccan: 'morocco', tunisian: 'tunisia',
  bangladeshi: 'bangladesh', thai: 'thailand', indonesian: 'indonesia', georgian: 'georgia', belarusian: 'belarus', polish: 'poland', emirati: 'united arab emirates',
  bahraini: 'bahrain', kuwaiti: 'kuwait', omani: 'oman', tajik: 'tajikistan', uzbek: 'uzbekistan', nepalese: 'nepal', japanese: 'japan', italian: 'italy',
  spanish: 'spain', dutch: 'netherlands', belgian: 'belgium', swedish: 'sweden', norwegian: 'norway', danish: 'denmark', greek: 'greece', serbian: 'serbia',
  zimbabwean: 'zimbabwe', zambian: 'zambia', angolan: 'angola', malawian: 'malawi', gabonese: 'gabon', liberian: 'liberia', kosovar: 'kosovo',
  kyrgyz: 'kyrgyzstan', kazakh: 'kazakhstan', turkmen: 'turkmenistan', nepali: 'nepal', cambodian: 'cambodia', laotian: 'laos', malaysian: 'malaysia',
  mongolian: 'mongolia', djiboutian: 'djibouti', peruvian: 'peru', bolivian: 'bolivia', chilean: 'chile', argentine: 'argentina', argentinian: 'argentina',
  paraguayan: 'paraguay', uruguayan: 'uruguay', cuban: 'cuba', moldovan: 'moldova', bosnian: 'bosnia', croatian: 'croatia', albanian: 'albania',
  hungarian: 'hungary', romanian: 'romania', bulgarian: 'bulgaria', portuguese: 'portugal', australian: 'australia', gambian: 'gambia',
  // Countries of two words, read as two words together (country-party.ts, offices.ts).
  'south african': 'south africa', 'south sudanese': 'south sudan', 'sri lankan': 'sri lanka', 'sierra leonean': 'sierra leone', 'central african': 'central african republic',
});

/** A person the desk knows under another spelling ("Zelenskiy" / "Zelensky"): every word alike, one letter apart at most. */
export function nearName(phrase: string, index: SourceIndex): KnownSource | null {
  const w = fold(phrase).split(' ').filter((x) => !TITLES.has(x));
  if (w.length < 2) return null;
  const near = keysNear(index, w).filter(([key]) => {
    const k = key.split(' ');
    return k.length === w.length && k.every((x, i) => x === w[i] || (x.length > 4 && withinOne(x, w[i])));
  });
  // The event's claimant before another event's party of a name as near.
  return inScope(near.map(([, source]) => source))[0] ?? null;
}

/** Edit distance of at most one, in one pass over the two words. */
export function withinOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Whether the quote open at `from` closes, on its line, right before an attribution ('," she said'): then that sentence reads it. */
export function saidAfterQuote(tokens: Token[], quoted: boolean[], from: number): boolean {
  let k = from;
  while (k + 1 < tokens.length && (quoted[k + 1] || !quoted[k]) && !tokens[k + 1].lineStart && k - from < 400) {
    if (!quoted[k] && k > from && quoted[k - 1]) break;
    k += 1;
  }
  // '"...," military spokesman Major General X said': a long title and name may stand between the quote and the verb.
  for (let i = k + 1; i < tokens.length && i <= k + 14 && !tokens[i].lineStart && !quoted[i] && !/^[.!?;]$/.test(tokens[i].text); i += 1) {
    if (REPORTING_VERBS.has(tokens[i].lemma) && tokens[i].pos === 'VERB') return true;
  }
  return false;
}

/**
 * A line of its own ending without a stop, not the last: a headline or a live page's entry title ("May 8, 22:45 - Pakistan
 * raises civilian toll to 31"), whose words the story repeats with their speaker. Only a line that is one sentence, with no
 * quotation mark, that opens with no bullet or speaker's label ("- ", "A: ", "HAGARI: ") and ends in no mark of a body line ("...", ";", "»").
 */
export function isHeadline(tokens: Token[], first: number, last: number): boolean {
  if (!tokens[first].lineStart) return false;
  // The line's end: its last token that is not a line break ("\r" of a CRLF text).
  let next = last + 1;
  while (next < tokens.length && !tokens[next].lineStart && next - first < HEADLINE_TOKENS) next += 1;
  // The sentence must be the whole line: after it, only the line break.
  if (next < tokens.length && !tokens[next].lineStart) return false;
  for (let k = last + 1; k < next; k += 1) if (tokens[k].text.trim()) return false;
  if (next >= tokens.length || last - first >= HEADLINE_TOKENS) return false;
  let end = next - 1;
  while (end > first && !tokens[end].text.trim()) end -= 1;
  if (BODY_ENDS.test(tokens[end].text)) return false;
  for (let k = first; k <= end; k += 1) if (/["“”«»]/.test(tokens[k].text)) return false;
  // "- The army said ...", "A: The army said ...": a list item or a speaker's turn.
  if (/^[-•*–—]$/.test(tokens[first].text) || (tokens[first + 1]?.text === ':' && /^([A-Z]|[A-Z][A-Z.]+)$/.test(tokens[first].text) && first + 2 <= end)) return false;
  return true;
}
/** At most this many tokens in a headline. */
const HEADLINE_TOKENS = 30;
/** Last marks of a body line that lost its stop, or of a sentence that goes on: no headline ends so. */
const BODY_ENDS = /^([.!?"”'’:)»\]…;,—–-]|\.\.\.)$/;

/** The country a word names: "Rwandan", "Colombia's", "Tehran" -> "rwanda", "colombia", "iran". */
export function countryIn(word: string): string | null {
  const x = fold(word.replace(/['’]s$/, ''));
  return DEMONYMS[x] ?? (ADJECTIVE_OF[x] ? x : null) ?? CAPITALS[x] ?? null;
}

export const ADJECTIVE_OF = wordTable(Object.fromEntries(Object.entries(DEMONYMS).map(([adjective, country]) => [country, adjective])));

/** Long names a desk writes short: a new source so named gets the short name ("Doctors Without Borders" -> "MSF"). */
const SHORT_NAMES: Record<string, string> = wordTable({
  'doctors without borders': 'MSF', 'medecins sans frontieres': 'MSF', 'international committee of the red cross': 'ICRC',
  'united nations childrens fund': 'UNICEF', 'world health organization': 'WHO', 'world food programme': 'WFP',
});

/** The desk's name for a new source named by a country alone ("The United States said" -> "U.S. government") or by a long name. */
export function deskName(phrase: string): string | null {
  const f = fold(phrase.trim().replace(/^the /i, ''));
  if (SHORT_NAMES[f]) return SHORT_NAMES[f];
  const country = f === 'u s' || f === 'us' ? 'united states' : f;
  if (country === 'united states') return 'U.S. government';
  const adjective = ADJECTIVE_OF[country];
  return adjective ? `${adjective.charAt(0).toUpperCase()}${adjective.slice(1)} government` : null;
}

/** Words that point back to the story's place, as an owner: "the country's", "the city's". */
export const PLACE_POINTERS = new Set(['country', 'nation', 'city', 'region', 'province', 'state', 'town', 'capital']);

/** "Mali's army" -> "Malian army", "Israel's military" -> "Israeli military": how desks often name a party. */
export function possessiveToAdjective(phrase: string): string | null {
  const text = phrase.trim().replace(/^the /i, '').replace('’', "'");
  const at = text.indexOf("'s ");
  if (at <= 0) return null;
  const owner = text.slice(0, at).toLowerCase();
  // "the country's correctional service": the country the story is about, so the body alone names it.
  if (PLACE_POINTERS.has(owner)) return `the ${text.slice(at + 3)}`;
  const adjective = ADJECTIVE_OF[owner];
  return adjective ? `${adjective} ${text.slice(at + 3)}` : null;
}

/** People named by their function, who speak for themselves unless the desk knows them: "a senior government official". */
export const PERSON_HEADS = new Set([
  'official', 'officials', 'officer', 'officers', 'source', 'sources', 'soldier', 'soldiers', 'commander', 'analyst', 'analysts', 'doctor', 'doctors',
  'resident', 'residents', 'witness', 'witnesses', 'diplomat', 'diplomats', 'expert', 'experts', 'researcher', 'researchers', 'engineer', 'engineers',
  'member', 'members', 'worker', 'workers', 'survivor', 'survivors', 'relative', 'relatives', 'farmer', 'trader', 'shopkeeper', 'nurse', 'medic', 'pilot',
  // "An RSF adviser": one unnamed insider, not the party ("an AFP correspondent" names AFP).
  'adviser', 'advisor', 'aide',
]);
/** "the group", "the agency": words that only ever point back. */
export const GENERIC_HEADS = new Set(['group', 'agency', 'organisation', 'organization', 'movement', 'militants', 'general', 'spokesman', 'spokeswoman', 'official', 'minister', 'ministry', 'military', 'army', 'government', 'president', 'junta', 'rebels', 'office', 'charity', 'mission', 'force', 'forces', 'administration', 'company', 'broadcaster', 'channel', 'newspaper', 'outlet', 'committee', 'council', 'faction', 'militia']);
export const LINK_WORDS = new Set(['in', 'at', 'of', 'for', 'from', 'on', 'with']);

/** The words before "in", "at", "of" ...: "the health ministry in the Hamas-run territory" -> "the health ministry". */
export function beforeLink(phrase: string): string {
  const w = phrase.split(/\s+/);
  const i = w.findIndex((x, k) => k > 0 && LINK_WORDS.has(x.toLowerCase()));
  return i > 0 ? w.slice(0, i).join(' ') : phrase;
}

/** Whether a known name standing inside the phrase may name it: not when the phrase names a person, by name or by function. */
export function mayContain(phrase: string): boolean {
  const head = beforeLink(phrase).split(/\s+/);
  const last = head[head.length - 1]?.toLowerCase() ?? '';
  if (PERSON_HEADS.has(last)) return false;
  const capitals = phrase.split(/\s+/).filter((x) => /^[A-Z][a-z]/.test(x) && !TITLES.has(x.toLowerCase()));
  return !(capitals.length >= 2 && looksLikeName(capitals.slice(-2).join(' ')) && !ORG_WORDS.some((o) => phrase.toLowerCase().includes(o)) && !SEATS.has(capitals[capitals.length - 1].toLowerCase()));
}
/** The last word of a seat of government named for its building ("the White House", "State House", "Downing Street"), no person's name. */
const SEATS = new Set(['house', 'palace', 'street']);
export const ORG_WORDS = ['ministry', 'bureau', 'army', 'force', 'forces', 'government', 'office', 'council', 'agency', 'committee', 'group', 'nations', 'union', 'service', 'services', 'department', 'administration', 'company', 'watch', 'front', 'movement', 'brigade', 'command', 'hospital', 'university', 'press', 'news', 'television', 'radio'];

const ISSUED_KINDS = new Set(['press', 'news', 'joint']);

/** "the statement", "a message", "the same assessment": words that carry someone's statement, without saying whose. */
export function statementOnly(phrase: string): boolean {
  const w = phrase.toLowerCase().split(/\s+/).filter((x) => !['the', 'a', 'an', 'same', 'this', 'that', 'its', 'their', 'second', 'new', 'later', 'written', 'separate'].includes(x));
  // "the press release", "the joint statement": a kind of statement, still nobody's name ("the news channel", "the official
  // toll", "the joint investigation" are not).
  if (w.length === 2 && ISSUED_KINDS.has(w[0]) && ['release', 'statement', 'communique', 'communiqué'].includes(w[1])) return true;
  return w.length === 1 && STATEMENT_NOUNS.has(w[0]);
}

/** Capitalised words other than a title: "Abdoulaye Maiga", "General Oumar Diarra". */
export function looksLikeName(phrase: string): boolean {
  const w = phrase.trim().split(/\s+/);
  return w.length >= 2 && w.every((x) => /^[A-Z]/.test(x) || ['al', 'bin', 'de', 'el', 'ibn', 'van', 'von'].includes(x));
}

export function exactName(parts: string[], index: SourceIndex): KnownSource | null {
  for (const part of parts) {
    for (const key of nameKeys(part)) {
      const found = index.exact.get(key);
      const scoped = found ? exactInScope(key, found, index) : null;
      if (scoped) return scoped;
    }
  }
  return null;
}

/** A party's name as the desk knows it, from its name, an alias, or a word for its people ("Israeli"). */
/** The armed forces a speaker answers for ("Russian defence ministry" -> "Russian army"), when the desk has them; else the speaker. */
export function forcesOf(speaker: string, index: SourceIndex): string {
  for (const word of speaker.toLowerCase().split(/\s+/)) {
    const country = DEMONYMS[word] ?? CAPITALS[word] ?? (ADJECTIVE_OF[word] ? word : null);
    if (!country) continue;
    const adjective = ADJECTIVE_OF[country] ?? word;
    for (const name of [`${adjective} army`, `${adjective} military`, `${adjective} armed forces`, `${adjective} forces`]) {
      const found = index.exact.get(name);
      if (found) return found.name;
    }
  }
  return speaker;
}

export function partyOf(phrase: string, index: SourceIndex): string | null {
  const direct = resolveName(phrase, index);
  if (direct) return direct.name;
  // "the military", "the army": the one party named so, if the desk has exactly one.
  const bare = /^the [a-z]+$/i.test(phrase.trim()) ? byHead(phrase.trim().slice(4).toLowerCase(), index) : null;
  if (bare) return bare.name;
  const words = phrase.toLowerCase().replace(/^(the|an?)\s+/, '').replace(/["“”]/g, '').split(/\s+/);
  for (const word of words) {
    const country = DEMONYMS[word] ?? CAPITALS[word] ?? (ADJECTIVE_OF[word] ? word : null);
    if (!country) continue;
    const adjective = ADJECTIVE_OF[country] ?? word;
    // "Russian troops", "Israeli air strike", "Kyiv": the desk's party for that country's forces, else the country.
    for (const name of [`${adjective} army`, `${adjective} military`, `${adjective} forces`, `${adjective} armed forces`, `${country} army`, country, adjective]) {
      const found = index.exact.get(name);
      if (found) return found.name;
    }
  }
  return null;
}
