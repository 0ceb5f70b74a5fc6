import { fold } from '../claims/fold';
import { Antecedents, partyOfFunction } from './functions';
import { ADJECTIVE_OF, beforeLink, CAPITALS, countryIn, DEMONYMS, exactName } from './names';
import { headWord } from './speaker-rules';
import { scopedOfKind } from './source-lookups';
import { SHORT_COUNTRIES } from './country-party';
import { KnownSource, resolveName, SourceIndex } from './speakers';

/**
 * An anonymous official of a body the desk knows speaks as that body (the held-out gold's convention, heldout/README.md):
 * "An Israeli military official", "a Hezbollah official", "an official of the group", the function kept as the claim's role.
 */

/** Holders of a body's function, unnamed: "an official", "a commander". Sources ("a security source") are not of the body. */
const INSIDERS = new Set(['official', 'officer', 'commander', 'adviser', 'advisor', 'aide']);

/**
 * The known body an unnamed holder of its function speaks for: "An Israeli military official" (the IDF), "A coalition official",
 * "an official of the group" (the group named last), "a military officer" (the desk's one military). Null for words naming no
 * known body ("a senior security official", "a local official") or for a former holder.
 */
export function insiderParty(head: string, index: SourceIndex, ante: Antecedents): KnownSource | null {
  const w = head.trim().split(/\s+/);
  if (w.length < 2 || w.length > 10 || !/^(an?|one)$/i.test(w[0]) || !INSIDERS.has(headWord(head)) || /\b(former|ex|retired)\b/i.test(head)) return null;
  // Only the words of a body's function before the noun: a rank, an arm, a country, a party's name ("an Ethiopian opposition
  // official", "a Syrian Red Crescent official" hold no state's function).
  const before = beforeLink(head).trim().split(/\s+/);
  const words = before.slice(1, -1);
  // A capitalised run the desk knows ("White House", "Houthi" for the Houthis).
  const runs = capitalRuns(words);
  const known = (x: string) => runs.some((r) => r.includes(x) && (!!resolveName(r.join(' '), index) || index.exact.has(`${fold(r.join(' '))}s`)));
  const country = words.find((x) => countryOrShort(x));
  if (!words.every((x) => INSIDER_WORDS.has(x.toLowerCase()) || !!countryOrShort(x) || known(x))) return null;
  // After the noun, only a place ("in Bahir Dar", "at the scene") or the party pointed back to ("of the group"): "an official with
  // the Sudan Doctors Network" is not.
  const after = head.trim().slice(beforeLink(head).trim().length).trim();
  const place = /^(in|at|near|from) /.test(after) && !/\b(with|for)\b/.test(after);
  // "A senior official in the state government", "an official at the health ministry": the known body named after the noun.
  const within = /^(?:in|at|of) the ([a-z][a-z -]{2,60})$/.exec(after);
  // The body just named or speaking before ("Ukraine's defence ministry said ... An official at the ministry"), else the desk's one so named.
  const body = within ? (resolveName(within[1], index) ?? ante.pointBack(`the ${within[1]}`)) : null;
  if (body && words.every((x) => INSIDER_WORDS.has(x.toLowerCase()))) return body;
  // "An official of the Department of State Services", "a senior official with JNIM": a body the desk knows by that name.
  // The whole name after the link, not a known name inside another ("the Malian Red Cross").
  const member = /^(?:of|with) (?:the )?([A-Z].{1,80})$/.exec(after)?.[1];
  const named = member ? exactName([member], index) : null;
  if (named && words.every((x) => INSIDER_WORDS.has(x.toLowerCase()))) return named;
  if (after && !place && !/^of the (group|force|movement|militia|army|military|coalition)$/.test(after)) return null;
  // "A US defence official" with no defence ministry known: the country's military.
  const party = partyOfFunction(head, index, ante) ?? (/\bdefen[cs]e\b/i.test(head) ? partyOfFunction(head.replace(/\bdefen[cs]e\b/i, 'military'), index, ante) : null);
  // A country's word names that country's body only: "A Lebanese army officer" is not the desk's one army, the IDF.
  if (party && country && !ofCountry(party, countryOrShort(country)!)) return null;
  if (party) return party;
  // "A military officer", "a police officer", "A military official in Bahir Dar": the desk's one party of that arm.
  const arm = words.map((x) => x.toLowerCase()).find((x) => x === 'military' || x === 'army' || x === 'police');
  const ofArm = arm && !country && before.length <= 4 ? scopedOfKind(index, arm === 'police' ? 'police' : 'military') : [];
  return ofArm.length === 1 ? ofArm[0] : null;
}
/** Words a function of a state's or a party's body may carry before its noun ("senior military", "defence", "security"). */
const INSIDER_WORDS = new Set(['senior', 'top', 'junior', 'high-ranking', 'humanitarian', 'military', 'army', 'police', 'defence', 'defense', 'security', 'government', 'intelligence',
  'navy', 'naval', 'air', 'force', 'coalition', 'junta', 'interior', 'foreign', 'ministry', 'state', 'federal', 'provincial', 'regional', 'group', 'rebel',
  // A ministry's portfolio: "a health ministry official", "a senior health official".
  'health', 'justice', 'information', 'education']);


/** The country a word names, "US" and "UK" too. */
function countryOrShort(word: string): string | null {
  return countryIn(word) ?? SHORT_COUNTRIES[fold(word)] ?? null;
}

/** Runs of capitalised words: ["senior", "White", "House"] -> [["White", "House"]]. */
function capitalRuns(words: string[]): string[][] {
  const out: string[][] = [];
  let run: string[] = [];
  for (const x of [...words, '']) {
    if (/^[A-Z]/.test(x)) run.push(x);
    else if (run.length) {
      out.push(run);
      run = [];
    }
  }
  return out;
}

/** Whether a known party is of that country: one of its names carries the country or its adjective ("IDF" carries neither). */
function ofCountry(party: KnownSource, country: string): boolean {
  const words = new Set([party.name, ...party.aliases].flatMap((n) => fold(n).split(' ')));
  return words.has(country) || words.has(fold(ADJECTIVE_OF[country] ?? '')) || [...words].some((x) => DEMONYMS[x] === country || CAPITALS[x] === country || SHORT_COUNTRIES[x] === country);
}
