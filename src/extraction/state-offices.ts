/**
 * Offices the function nouns alone do not tell apart: "chief of the general staff" and "commander-in-chief" head a
 * state's armed forces; a minister, even of defence, even a general, is a member of its government.
 */
import { fold } from '../claims/fold';
import { ADJECTIVE_OF, CAPITALS, CAPITALS_OF, DEMONYMS } from './names';
import { scopedOfKind } from './source-lookups';
import type { KnownSource, SourceIndex } from './speakers';

/** Words of the staff an armed forces' chief heads ("chief of the general staff", "Chief of Defence Staff"); a bare "chief of staff" may be a president's. */
const STAFFS = new Set(['the', 'general', 'defence', 'defense', 'army', 'armed', 'forces', 'joint', 'military', 'air', 'naval', 'land']);

/** Whether the function at `at` heads a state's armed forces: "chief of (the) general staff", "commander-in-chief". */
export function militaryHead(lower: string[], at: number): boolean {
  const noun = lower[at];
  if (noun === 'commander-in-chief' || (noun === 'commander' && lower[at + 1] === 'in' && lower[at + 2] === 'chief')) return true;
  if (noun !== 'chief' || lower[at + 1] !== 'of') return false;
  const staff = lower.indexOf('staff', at + 2);
  return staff > at + 2 && staff <= at + 5 && lower.slice(at + 2, staff).every((x) => STAFFS.has(x));
}

/** The country a word names: "Malian", "Ukraine's", "Kyiv" -> "mali", "ukraine", "ukraine". */
function countryIn(word: string): string | null {
  const x = fold(word.replace(/['’]s$/, ''));
  return DEMONYMS[x] ?? (ADJECTIVE_OF[x] ? x : null) ?? CAPITALS[x] ?? null;
}

/**
 * The armed forces the head of a state's armed forces speaks for: the desk's one military party of the country the
 * words name ("The Malian chief of general staff"), or with no country named, its one military party.
 */
export function armedForcesOf(words: string[], index: SourceIndex, before: string[] = []): KnownSource | null {
  const military = scopedOfKind(index, 'military');
  const country = words.map(countryIn).find((c) => c !== null);
  // "Hezbollah's chief of general staff", "Houthi chief of staff": a name before the office that is no state's is
  // another force's, never the desk's one military.
  const named = before.some((x) => (/^[A-Z]/.test(x) || /['’]s$|s['’]$/.test(x)) && !STATE_WORDS.test(x.replace(/['’]s$/, '')));
  if (!country) return military.length === 1 && !named ? military[0] : null;
  const keys = countryKeys(country);
  const own = military.filter((s) => [s.name, ...s.aliases].some((n) => keys.some((k) => ` ${fold(n)} `.includes(k))));
  return own.length === 1 ? own[0] : null;
}

/** Words before a military office that name no force of their own: "Army chief of staff", "Joint Chiefs". */
const STATE_WORDS = /^(army|military|armed|forces|defence|defense|joint|general|chief|chiefs|the)$/i;

/** The words a source's names carry for a country: its name, adjective and capitals. */
function countryKeys(country: string): string[] {
  return [country, ADJECTIVE_OF[country], ...(CAPITALS_OF.get(country) ?? [])].filter(Boolean).map((k) => ` ${k} `);
}

/**
 * A minister's party as the words before the office name it: a military or armed party only when the desk names it as
 * a ministry or department ("Israeli Defence Minister" is no "Israel Defense Forces", but may be the "Russian defence
 * ministry"); and of the country the words name, if any ("Lebanese Health Minister" is not the "Gaza health ministry").
 */
export function civilBody(source: KnownSource | null, words: string[]): KnownSource | null {
  if (!source) return null;
  const names = [source.name, ...source.aliases].map((n) => ` ${fold(n)} `);
  const country = words.map(countryIn).find((c) => c !== null);
  if (country && !names.some((n) => countryKeys(country).some((k) => n.includes(k)))) return null;
  return !['military', 'armed_group'].includes(source.kind ?? '') || names.some((n) => / (ministry|department) /.test(n)) ? source : null;
}
