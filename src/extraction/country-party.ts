/**
 * The known party a phrase speaks for by its country and arm: "Israeli officials" -> the desk's Israeli
 * government, "Ukraine's air force" -> its Ukrainian military, "Moscow" -> its Russian government.
 */
import { ADJECTIVE_OF, CAPITALS, CAPITALS_OF, DEMONYMS } from './names';
import { fold } from '../claims/fold';
import { PERSON_ROLES, withoutCount } from './speaker-rules';
import { KnownSource, SourceIndex } from './speakers';
import { inScope, lookup, union } from './source-lookups';
import { wordTable } from './word-table';

/** The words of a phrase, folded, without a leading article or quantifier. */
function folded(phrase: string): string[] {
  return withoutCount(fold(phrase).split(' ').filter(Boolean));
}

type Arm = 'military' | 'government';
// A country's service branches are its military: "Ukraine's air force", "the Nigerian navy", "Ukraine's national guard".
const MILITARY_WORDS = new Set(['army', 'military', 'forces', 'troops', 'soldiers', 'soldier', 'officer', 'officers', 'commander', 'command', 'staff', 'navy',
  'air', 'marines', 'guard', 'artillery', 'paratroopers', 'infantry', 'headquarters']);
const ARMY_NAMES = new Set(['army', 'military', 'armed forces', 'forces', 'defence forces', 'defense forces', 'troops']);
const GOVERNMENT_NAMES = new Set(['', 'government', 'authorities', 'presidency', 'administration', 'cabinet', 'officials', 'leadership', 'junta']);
// "Mali's junta" is its government, unless the desk names the junta otherwise (an alias is matched before).
// "Ukraine's presidential office", "the Israeli prime minister's office", "Sudan's Sovereign Council": a head's office speaks as the head (corpus README).
const GOVERNMENT_WORDS = new Set(['diplomats', 'officials', 'official', 'government', 'authorities', 'presidency', 'leadership', 'administration', 'cabinet', 'junta',
  'presidential', 'office', 'prime', 'ministers', 'sovereign', 'council', 'embassy']);
/** Words that qualify a country's government without naming another body: "Mali's transitional authorities", "Ethiopia's federal government". */
const QUALIFIERS = new Set(['senior', 'top', 'state', 'transitional', 'interim', 'federal']);

/** Countries written short ("U.S." folds to "u s"). */
export const SHORT_COUNTRIES: Record<string, string> = wordTable({ 'u s': 'united states', us: 'united states', usa: 'united states', 'u k': 'britain', uk: 'britain' });

const SHORT_WORDS = new Set(Object.keys(SHORT_COUNTRIES).flatMap((k) => k.split(' ')));

/** The country a phrase names by a demonym, a country or a capital ("Israeli officials", "Moscow", "Congo's army"). */
function countryOf(words: string[]): { country: string; adjective: string } | null {
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i].replace(/'s$/, '');
    const two = i + 1 < words.length ? `${word} ${words[i + 1]}` : '';
    const short = SHORT_COUNTRIES[two] ?? SHORT_COUNTRIES[word];
    if (short) return { country: short, adjective: ADJECTIVE_OF[short] ?? short };
    const country = DEMONYMS[two] ?? DEMONYMS[word] ?? CAPITALS[word] ?? (ADJECTIVE_OF[two] ? two : ADJECTIVE_OF[word] ? word : null);
    if (country) return { country, adjective: ADJECTIVE_OF[country] ?? (DEMONYMS[two] ? two : word) };
  }
  return null;
}

/** Each source's names as folded words without "the", and the sources by each word of their names. */
function countryNames({ folded }: SourceIndex): { names: Map<number, string[][]>; byWord: Map<string, number[]> } {
  // Only names with a country's word or a capital in them are ever read, and only by those words.
  const names = new Map<number, string[][]>();
  const byWord = new Map<string, number[]>();
  // The words a country is named by: demonyms, the words of countries' names, capitals (read here: the tables load after this module).
  const placeWords = new Set([...Object.keys(DEMONYMS), ...Object.keys(ADJECTIVE_OF).flatMap((c) => c.split(' ')), ...Object.keys(CAPITALS)]);
  folded.forEach((list, at) => {
    const split = list.map((n) => n.split(' ').filter((x) => x && x !== 'the'));
    const places = new Set(split.flat().filter((x) => placeWords.has(x)));
    if (!places.size) return;
    names.set(at, split);
    for (const w of places) {
      const list = byWord.get(w);
      if (list) list.push(at);
      else byWord.set(w, [at]);
    }
  });
  return { names, byWord };
}

/**
 * The known party a phrase speaks for by its country and arm: "Israeli officials" -> the desk's Israeli
 * government, "Congolese military officials" -> its Congolese army, "Moscow" -> its Russian government.
 * Only when exactly one known source of that kind carries the country's name; a ministry is never folded into its government.
 */
export function countryParty(phrase: string, index: SourceIndex): KnownSource | null {
  // "us" is a pronoun unless written "US".
  const words = folded(phrase).map((w, i, all) => (w === 'us' && !/\bUS\b/.test(phrase) && all.length > 0 ? 'we' : w));
  // "The Moscow embassy" is another country's embassy in Moscow: an embassy's country is named by its people or its possessive.
  if (words.includes('embassy') && words.some((w) => CAPITALS[w.replace(/'s$/, '')])) return null;
  if (!words.length || words.length > 5 || words.some((w) => ['ministry', 'department', 'mission'].includes(w))) return null;
  const place = countryOf(words);
  if (!place) return null;
  // "U.S. officials": the short name's letters are the country's words too.
  const short = Object.values(SHORT_COUNTRIES).includes(place.country);
  const rest = words.filter((w) => w.replace(/'s$/, '') !== place.adjective && DEMONYMS[w.replace(/'s$/, '')] === undefined && CAPITALS[w] === undefined && !place.country.split(' ').includes(w.replace(/'s$/, ''))
    && !(short && SHORT_WORDS.has(w.replace(/'s$/, ''))));
  const arm: Arm | null = rest.some((w) => MILITARY_WORDS.has(w)) ? 'military' : rest.every((w) => GOVERNMENT_WORDS.has(w) || QUALIFIERS.has(w)) ? 'government' : null;
  // "Police headquarters" is no military's.
  if (!arm || rest.includes('police')) return null;
  // One person named by function ("an Israeli military official") is a source of its own, not the party.
  if (PERSON_ROLES.has(rest[rest.length - 1] ?? '') && !(rest[rest.length - 1] ?? '').endsWith('s')) return null;
  const heads = arm === 'military' ? ARMY_NAMES : GOVERNMENT_NAMES;
  // What a country and arm name depends on them alone: read once per index.
  const memo = lookup(index, 'countryParty', () => new Map<string, KnownSource | null>());
  const asked = `${place.country}|${place.adjective}|${arm}`;
  if (memo.has(asked)) return memo.get(asked)!;
  const { names, byWord } = lookup(index, 'countryNames', countryNames);
  const found = new Set<KnownSource>();
  /** The sources of the arm's kind that carry the country's name at all ("Russian defence ministry", "Somali National Army"). */
  const carried = new Set<KnownSource>();
  // Only a name with the country's word or a capital in it may be the country's: the others are not read.
  const capitals = CAPITALS_OF.get(place.country) ?? [];
  const keys = [place.adjective, ...place.country.split(' '), ...capitals];
  for (const at of union(keys.map((w) => byWord.get(w)))) {
    const source = index.all[at];
    if ((source.kind ?? (arm === 'military' ? 'military' : 'government')) !== (arm === 'military' ? 'military' : 'government')) continue;
    carried.add(source);
    // A name that is the country's, with nothing but its arm after it: "Russian government", "Congolese army", "Moscow".
    for (const w of names.get(at)!) {
      const rest = w.filter((x) => x !== place.adjective && !place.country.split(' ').includes(x) && CAPITALS[x] !== place.country);
      if (rest.length < w.length && heads.has(rest.join(' '))) found.add(source);
    }
  }
  // Among several (a desk of many events knows "DRC government" and "Congolese government"), the event's claimant.
  // A military named otherwise ("Russian defence ministry" for "the Russian military") when it is the country's one.
  const scoped = inScope([...(found.size || arm === 'government' ? found : carried)]);
  memo.set(asked, scoped.length === 1 ? scoped[0] : null);
  return memo.get(asked)!;
}

/** Portfolios of a state's ministries; not health: a health ministry may be a territory's, run by an armed group, not the state's. */
const STATE_PORTFOLIOS = new Set(['foreign', 'affairs', 'external', 'interior', 'internal', 'home', 'justice', 'finance', 'information', 'communication',
  'communications', 'security', 'public', 'national', 'and', 'defence', 'defense']);

/**
 * The party of one who holds a function in a ministry the desk knows by no name ("Russian foreign ministry spokeswoman
 * X", "a spokesman for Ukraine's ministry of defence, X"): a ministry of a state portfolio is its country's government;
 * of defence, its military when the desk knows one (a desk that names a defence ministry as a party has it matched
 * before), else its government. The ministry speaking in its own name is not folded so: the corpus annotates "Ukraine's
 * foreign ministry said" as a new source.
 */
export function ministryOfState(phrase: string, index: SourceIndex): KnownSource | null {
  const words = folded(phrase.replace(/['’]s\b/g, ''));
  const at = words.indexOf('ministry');
  if (at < 0 || words.length > 7) return null;
  const place = countryOf(words);
  if (!place) return null;
  const own = place.country.split(' ');
  const rest = words.filter((w, i) => i !== at && w !== 'of' && w !== 'the' && w !== place.adjective && !own.includes(w) && CAPITALS[w] !== place.country);
  if (!rest.length || !rest.every((w) => STATE_PORTFOLIOS.has(w))) return null;
  const defence = rest.some((w) => w === 'defence' || w === 'defense');
  return (defence ? countryParty(`${place.adjective} military`, index) : null) ?? countryParty(`${place.adjective} government`, index);
}
