/**
 * Speakers named by what they are, not by name: a state medium, a member of staff, an office of state with no
 * holder named ("the Iranian ambassador", "the Minister of Justice"), a party described by its kind and its
 * country or people ("the Rwandan Hutu rebel group"). Each answers with the desk's one party that fits, or null.
 */
import { fold } from '../claims/fold';
import { ADJECTIVE_OF, CAPITALS, countryIn, DEMONYMS, exactName, PLACE_POINTERS } from './names';
import { deskFamilies, LastNamed, nationalGovernment, regionalGovernment } from './offices';
import { countryParty } from './country-party';
import { inScope, lookup, scopedOfKind } from './source-lookups';
import { resolveName, type KnownSource, type SourceIndex } from './speakers';
import { wordTable } from './word-table';

/** Roles of staff, as opposed to bodies ("Mali's army" is the army, "the group's coordinator" speaks for the group). */
const STAFF_ROLES = new Set(['coordinator', 'analyst', 'researcher', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chief',
  'adviser', 'advisor', 'aide', 'representative', 'envoy',
  // "the group's armed wing": a wing the desk does not know by name speaks for the body it belongs to; so do its
  // units of information ("the junta's information team", "the group's media office").
  'wing', 'team', 'office', 'committee', 'department', 'unit', 'bureau', 'cell', 'directorate', 'service', 'centre', 'center']);
export const STAFF = /^(?:the |an? )?(?:adviser|advisor|aide|spokesman|spokeswoman|spokesperson) (?:to|for|of) (.+)$/i;

/** The body a member of staff speaks for, as written: "the group's emergency coordinator" -> "the group". */
export function servedBody(head: string): string | null {
  const staff = STAFF.exec(head.trim());
  if (staff) return staff[1];
  // "members of the group": its members in the plural speak for it, as its officials do.
  // "officials of the Tripoli government", "representatives of the group": the body's own people speak for it.
  const members = /^(?:the |senior )?(?:members|officials|representatives|leaders) of (the .+)$/i.exec(head.trim());
  if (members) return members[1];
  const text = head.trim();
  const at = Math.max(text.lastIndexOf("'s "), text.lastIndexOf('’s '));
  const role = text.slice(at + 3);
  // "the country's correctional service" is the story's country's own service, no unit of a body "the country".
  if (PLACE_POINTERS.has(text.slice(0, at).replace(/^the /i, '').toLowerCase())) return null;
  return at > 0 && at < 60 && /^[a-z -]+$/.test(role) && STAFF_ROLES.has(role.split(' ').pop() ?? '') ? text.slice(0, at) : null;
}

const MEDIA = new Set(['agency', 'television', 'tv', 'radio', 'newspaper', 'channel', 'broadcaster', 'outlet', 'daily', 'media', 'station']);

/** The known party of the country a state-run medium is named with ("state-run X of Myanmar", "military-run Syrian TV"), or null. */
export function stateMedium(head: string, index: SourceIndex): KnownSource | null {
  const w = head.trim().split(/\s+/);
  const at = /^(the|an?)$/i.test(w[0] ?? '') ? 1 : 0;
  // "The Houthi-run Saba news agency": a medium a known party runs speaks for it, as a state's does for the state.
  const runBy = /^([A-Z][a-z]+)-(run|owned|controlled)$/.exec(w[at] ?? '');
  const party = runBy && w.length <= 8 && MEDIA.has(w[w.length - 1].toLowerCase()) ? resolveName(runBy[1], index) ?? resolveName(`${runBy[1]}s`, index) : null;
  if (party) return party;
  if (w.length > 10 || !/^(state|military|government|junta)-(run|owned|controlled)$/i.test(w[at] ?? '')) return null;
  const country = w.slice(at + 1).map((x) => fold(x)).find((x) => DEMONYMS[x] || ADJECTIVE_OF[x] || CAPITALS[x]);
  if (!country) return null;
  const arms = /^(military|junta)/i.test(w[at]) ? ['military', 'government'] : ['government', 'military'];
  return countryParty(`${country} ${arms[0]}`, index) ?? countryParty(`${country} ${arms[1]}`, index);
}


/** Offices of state that one person holds at a time: "the Iranian ambassador" is one known person, not an insider. */
const STATE_OFFICES = new Set(['president', 'vice-president', 'minister', 'ambassador', 'envoy', 'chancellor', 'premier']);

/**
 * An office of state named with no holder: "the Iranian ambassador", "Iran's foreign minister" (that country's
 * government), "the Minister of Justice", "the interior minister" (the desk's national government, named last among
 * several), "the state governor" (its regional one). Only with "the" or a country's possessive: "an Iranian
 * diplomat" is an unnamed insider, a source of its own.
 */
export function officeOfState(head: string, index: SourceIndex, lastNamed: LastNamed): KnownSource | null {
  const w = head.trim().replace(/,$/, '').split(/\s+/);
  if (w.length < 2 || w.length > 6 || (!/^the$/i.test(w[0]) && !/['’]s$/.test(w[0]))) return null;
  const words = /^the$/i.test(w[0]) ? w.slice(1) : w;
  const lower = words.map((x) => x.toLowerCase());
  if (lower[lower.length - 1] === 'governor' && (lower.length === 1 || (lower.length === 2 && REGION_WORDS.has(lower[0])))) {
    return regionalGovernment(index, lastNamed);
  }
  // "The Borno governor": the desk's government named after that place, if it knows one.
  if (lower.length === 2 && lower[1] === 'governor' && /^[A-Z][a-z]+$/.test(words[0]) && !countryIn(words[0])) {
    // The governments by their names' first word, read once per index (not a fold of every source for each title).
    const byPlace = lookup(index, 'governmentsByPlace', () => index.all.reduce((map, s) => {
      if (/ government$/i.test(s.name)) map.set(fold(s.name).split(' ')[0], [...(map.get(fold(s.name).split(' ')[0]) ?? []), s]);
      return map;
    }, new Map<string, KnownSource[]>()));
    const own = byPlace.get(lower[0]) ?? [];
    return own.length === 1 ? own[0] : null;
  }
  // "Minister of Justice", "Minister of the Interior": the portfolio after the office, in capitals.
  const of = lower.indexOf('of');
  const office = of > 0 ? lower.slice(0, of) : lower;
  const noun = office[office.length - 1];
  const portfolio = of > 0 ? words.slice(of + 1) : [];
  if (!STATE_OFFICES.has(noun) || (of > 0 && noun !== 'minister') || !portfolio.every((x) => /^(the|and|[A-Z][a-z]+)$/.test(x))) return null;
  // The portfolio after "of" as before the office: "Minister of Health" is no more the state's than "the health minister".
  if (!portfolio.map((x) => x.toLowerCase()).every((x) => ['the', 'and', 'affairs'].includes(x) || PORTFOLIO_WORDS.has(x))) return null;
  // Before the office, a country and a portfolio only: "the former minister" holds no office now.
  const countries = words.map(countryIn).filter((c): c is string => c !== null);
  const qualifiers = office.slice(0, -1).filter((x, i) => !countryIn(words[i]));
  // "Lebanon's health minister": the country's ministry of that portfolio when the desk knows it, any portfolio ("health" too).
  const adjective = countries.length === 1 ? ADJECTIVE_OF[countries[0]] ?? countries[0] : '';
  const ministry = countries.length === 1 && noun === 'minister' && qualifiers.length
    ? exactName([`${adjective} ${qualifiers.join(' ')} ministry`, `${countries[0]}'s ${qualifiers.join(' ')} ministry`], index) : null;
  if (ministry) return ministry;
  if (countries.length > 1 || !qualifiers.every((x) => PORTFOLIO_WORDS.has(x))) return null;
  if (countries.length === 1) return countryParty(`${countries[0]} government`, index);
  // An ambassador is some country's: with none named, no guess.
  return noun === 'ambassador' || noun === 'envoy' ? null : nationalGovernment(index, lastNamed);
}

const REGION_WORDS = new Set(['state', 'regional', 'provincial']);

/**
 * Words of a portfolio before "minister" ("the interior minister", "the prime minister"). Not "health": a health
 * ministry may be a territory's, not the state's.
 */
const PORTFOLIO_WORDS = new Set(['prime', 'foreign', 'interior', 'defence', 'defense', 'justice', 'finance', 'information', 'security', 'deputy']);

/** Words that tell a described party's kind, and the nouns such a description ends in. */
const KIND_WORDS: Record<string, string> = wordTable({
  rebel: 'armed_group', armed: 'armed_group', militant: 'armed_group', insurgent: 'armed_group', jihadist: 'armed_group', islamist: 'armed_group',
  separatist: 'armed_group', guerrilla: 'armed_group', paramilitary: 'armed_group', rights: 'ngo', humanitarian: 'ngo', aid: 'ngo', medical: 'ngo',
});
const GROUP_NOUNS = new Set(['group', 'movement', 'militia', 'faction', 'organisation', 'organization', 'rebels', 'insurgents', 'militants',
  'jihadists', 'separatists', 'charity']);
/** Words of size or standing that say nothing of which party it is. */
const NEUTRAL = new Set(['largest', 'biggest', 'main', 'leading', 'powerful', 'banned', 'outlawed', 'local', 'former', 'hardline', 'ethnic', 'human']);

/**
 * "The Rwandan Hutu rebel group", "Colombia's largest armed group": the one party of the described kind among the
 * event's claimants (`scopedOfKind`) whose names carry the description's country or people. With no country in the
 * words ("the Sunni militant group"), the one party of that kind, when the desk has one. "A Congolese rights group"
 * introduces a source the desk cannot tell apart: indefinite descriptions name no one.
 */
export function describedParty(head: string, index: SourceIndex): KnownSource | null {
  const w = head.trim().split(/\s+/);
  // "Colombia's largest armed group": a place's possessive makes the description definite, as "the" does.
  const place = /^[A-Z][a-z]+['’]s$/.test(w[0]);
  if (w.length < 3 || w.length > 7 || (!/^the$/i.test(w[0]) && !place)) return null;
  const words = /^the$/i.test(w[0]) ? w.slice(1) : w;
  const last = words[words.length - 1].toLowerCase();
  // "rebels", "militants": the plural tells the kind as the adjective does.
  const kind = words.map((x) => x.toLowerCase()).map((x) => KIND_WORDS[x] ?? KIND_WORDS[x.replace(/s$/, '')]).find(Boolean);
  if (!GROUP_NOUNS.has(last) || !kind) return null;
  const qualifiers = words.slice(0, -1).filter((x) => /^[A-Z]/.test(x)).map((x) => fold(x.replace(/['’]s$/, '')));
  // Every other word tells the kind or its size: "the group that claimed the attack" is no description.
  if (!qualifiers.length || !words.slice(0, -1).every((x) => /^[A-Z]/.test(x) || KIND_WORDS[x] || NEUTRAL.has(x))) return null;
  const candidates = scopedOfKind(index, kind);
  const forms = qualifiers.flatMap((q) => [q, DEMONYMS[q], ADJECTIVE_OF[q]].filter((f): f is string => !!f));
  const matching = candidates.filter((s) => forms.some((f) => namesOf(s, index).includes(` ${f} `)));
  if (matching.length === 1) return matching[0];
  // "the Sunni militant group": no country said, the desk's one party of that kind.
  return !matching.length && candidates.length === 1 && !place && !qualifiers.some(countryIn) ? candidates[0] : null;
}

/** A source's name and aliases, folded and spaced, read once per index. */
function namesOf(source: KnownSource, index: SourceIndex): string {
  const memo = lookup(index, 'describedNames', () => new Map<KnownSource, string>());
  let names = memo.get(source);
  if (names === undefined) memo.set(source, (names = ` ${[source.name, ...source.aliases].map((n) => fold(n)).join(' | ')} `));
  return names;
}

/**
 * "The Moscow-installed governor": the one party the desk names as installed (backed, appointed...) by that place
 * or its country ("Russian-installed Kherson administration", alias "Moscow-installed administration"), or null.
 */
export function installedParty(words: string, index: SourceIndex): KnownSource | null {
  const m = /\b([A-Z][a-z]+)-(installed|appointed|backed|led|run|aligned|controlled)\b/.exec(words);
  if (!m) return null;
  const place = fold(m[1]);
  const country = CAPITALS[place] ?? DEMONYMS[place] ?? place;
  const keys = [place, country, ADJECTIVE_OF[country]].filter(Boolean).map((f) => ` ${f} ${m[2].toLowerCase()} `);
  const found = inScope(index.all.filter((s) => keys.some((k) => namesOf(s, index).includes(k))));
  return found.length === 1 ? found[0] : null;
}

const KIN_GROUP = /^(?:the )?(?:family members|members of the family|(?:the )?(?:victims?|dead man|dead woman)['’]s? (?:families|family|relatives))$/i;

/** "Family members", "the victim's relatives": the desk's one family party, when it has one. */
export function familyWords(head: string, index: SourceIndex): KnownSource | null {
  if (!KIN_GROUP.test(head.trim())) return null;
  const families = deskFamilies(index);
  return families.length === 1 ? families[0] : null;
}
