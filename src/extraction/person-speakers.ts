/**
 * A person named beside or after a function ("Abu Obeida, the spokesman for the Qassam Brigades", "army
 * spokesman Colonel X"): the known person, else the known party the function names (`partyOfFunction`), the
 * person kept as its role, else a new source named by the name.
 */
import { fold } from '../claims/fold';
import { STAKE_OF_KIND, TITLES } from './lexicon';
import { ADJECTIVE_OF, CAPITALS, DEMONYMS, exactName, nearName } from './names';
import { isPersonName, lastNameRun } from './speaker-rules';
import { armUnit, familyOf } from './offices';
import { countryParty } from './country-party';
import { Antecedents, bodyOf, FUNCTION_NOUNS, memberOfOrgan, partyOfFunction, plainFunction } from './functions';
import { kindOf, KnownSource, SourceIndex, SuggestedSource, trimCommas } from './speakers';

/** "the Israeli military" beside a name (read so once "'s spokesman" was taken off): a known name or alias, whole. */
function knownBody(words: string, index: SourceIndex): KnownSource | null {
  const text = trimCommas(words).replace(/^the /i, '');
  // "Duhok's governor" for the desk's "Duhok governor".
  return text.split(' ').length <= 6 ? index.exact.get(fold(text)) ?? index.exact.get(fold(text.replace(/['’]s /g, ' '))) ?? null : null;
}

/** "Colonel Naw Bu" -> "Naw Bu", with the role as a desk keeps it: "army spokesman Jules Ngongo", "Abu Obeida, spokesman for the Qassam Brigades". */
export function personRole(role: string, name: string, party?: KnownSource): string {
  const w = plainFunction(role);
  // "Its spokesman", "the group's director": the party said by its name.
  const text = w.join(' ').replace(/,$/, '').replace(/^(its|their|(the )?[a-z]+['’]s?)(?= )/i, (m) => (party && (/^(its|their)$/i.test(m) || /^(the )?[a-z]+['’]s?$/.test(m)) ? party.name : m));
  return / (of|for|at|in|to|with) /i.test(` ${text} `) ? `${name}, ${text}` : `${text} ${name}`;
}

/** A person's name without the titles in front: "General Mohamed Hamdan Dagalo" -> "Mohamed Hamdan Dagalo". */
function withoutTitles(name: string): { name: string; titles: string } {
  const w = name.trim().replace(/^the /i, '').split(/\s+/);
  let i = 0;
  // "Congolese Vice-President X", "Air Vice Marshal X": a country's word, a hyphenated title, "Air" before a title are titles too.
  const title = (x: string) => x.toLowerCase().replace(/\.$/, '').split('-').every((p) => TITLES.has(p)) || (i === 0 && !!DEMONYMS[fold(x)])
    || (/^(rear|air)$/i.test(x) && TITLES.has((w[i + 1] ?? '').toLowerCase()));
  while (i < w.length - 2 && title(w[i])) i += 1;
  return { name: w.slice(i).join(' '), titles: w.slice(0, i).join(' ') };
}

/** A person as resolved from a name and a function: the source that speaks, and the person's name and role. */
export interface PersonSpeaker {
  kind: string;
  sourceId: string | null;
  suggested: SuggestedSource | null;
  /** The person's name, for a surname pointing back later ("Hagari said"). */
  named: string;
  /** When a known party speaks through the person: the function and the name ("army spokesman Jules Ngongo"). */
  role: string | null;
}

/** Professions whose holder speaks for themself: "a military analyst", "a security expert". */
const PROFESSIONS = new Set(['analyst', 'expert', 'researcher', 'observer', 'commentator', 'historian', 'specialist', 'academic', 'scholar']);

/** "a military analyst": an article, at most three words, then a profession. */
function professionWords(role: string): boolean {
  const w = role.toLowerCase().split(/\s+/);
  return (w[0] === 'a' || w[0] === 'an') && w.slice(1, 5).some((x) => PROFESSIONS.has(x.replace(/[^a-z]/g, '')));
}

/** "who heads the army's 1 Division" -> "head of the army's 1 Division": a relative clause that gives a function. */
const HEADS = /^who (heads|leads|commands|runs|directs|chairs) /i;

/**
 * A person named beside a function ("Abu Obeida, the spokesman for the Qassam Brigades"): the known
 * person; else the known party the function names, the person kept as its role; else a new source named
 * by the name, with the function as role.
 */
export function personBeside(head: string, beside: string | null, index: SourceIndex, ante: Antecedents): PersonSpeaker | null {
  if (!beside) return null;
  const [nameWords, rawRole] = (isPersonName(withoutTitles(head).name) || surnameBeside(head, beside)) && !isPersonName(withoutTitles(beside).name) ? [head, beside]
    : isPersonName(withoutTitles(beside).name) && !isPersonName(withoutTitles(head).name) ? [beside, head] : [null, null];
  // "a Kyiv-based military analyst": where a person works names no body they speak for.
  const roleWords = rawRole?.replace(HEADS, (_m, verb: string) => (verb.toLowerCase() === 'commands' ? 'commander of ' : 'head of ')).split(' ').filter((w) => !/-(based|headquartered)$/i.test(w)).join(' ') ?? null;
  if (!nameWords || !roleWords || /^(who|which|whose|reached|speaking|asked|contacted|interviewed|quoted)\b/i.test(roleWords)) return null;
  // "a military analyst", "a Kyiv-based security expert": a profession, not a body's function, unless a body is named.
  // "a Russian military analyst" too: a people's word names no body.
  const bodyWords = roleWords.trim().replace(/^an? /i, '').split(/\s+/).filter((x) => /^[A-Z]/.test(x) && !DEMONYMS[fold(x)]);
  const profession = professionWords(roleWords.trim()) && !bodyWords.length && !/ (at|of|for|with|from) /i.test(roleWords);
  const { name, titles } = withoutTitles(nameWords);
  const known = exactName([name, nameWords], index) ?? nearName(name, index);
  if (known) return { kind: known.kind ?? 'other', sourceId: known.id, suggested: null, named: name, role: null };
  // "President X, elected in May": the title in front names the function when the words beside do not.
  // "The army's spokesman, Maj. Gen. X" (read "The army, X" once the statement noun's possessor is taken): the body itself beside the name.
  const party = profession ? null : partyOfFunction(roleWords, index, ante) ?? memberOfOrgan(roleWords, index, ante) ?? speakingFor(roleWords, index) ?? (titles ? partyOfFunction(titles, index, ante) : null)
    ?? (/^the [a-z]+$/i.test(roleWords.trim()) ? bodyOf(roleWords, index, false, ante) : knownBody(roleWords, index)) ?? armUnit(roleWords, index);
  // "X, Zemari's brother": a relative, kept as written ("the victim's" is no party's name).
  const family = party ? null : familyOf(name, roleWords, index);
  if (family) return { kind: family.kind ?? 'witness', sourceId: family.id, suggested: null, named: name, role: `${name}, ${trimCommas(roleWords).replace(/^(the|an?) /i, '')}` };
  if (party) return { kind: party.kind ?? 'other', sourceId: party.id, suggested: null, named: name, role: personRole(roleWords, name, party) };
  // "India's Director General of Military Operations, Lieutenant General X": a rank, and the country's forces.
  const forces = titles && rankOnly(titles) ? rankParty(index, roleWords) : null;
  if (forces) return { kind: forces.kind ?? 'military', sourceId: forces.id, suggested: null, named: name, role: `${name}, ${trimCommas(roleWords).replace(/^(the|an?) /i, '')}` };
  const role = `${titles ? `${titles} ` : ''}${roleWords.trim().replace(/^(the|an?) /i, '')}`.replace(/,$/, '');
  const kind = kindOf(role);
  const suggested: SuggestedSource = { name, role: role ? role.charAt(0).toUpperCase() + role.slice(1) : null, kind, stake: STAKE_OF_KIND[kind] ?? 'unknown', side: null };
  return { kind, sourceId: null, suggested, named: name, role: null };
}

/** "Christian Lindmeier, for the World Health Organization (WHO)": a briefing's speaker for a body the desk knows. */
function speakingFor(role: string, index: SourceIndex): KnownSource | null {
  const m = /^for (?:the )?(.+?)(?: \(([^()]{1,20})\))?,?$/i.exec(role.trim());
  if (!m) return null;
  return (m[2] ? index.exact.get(fold(m[2])) : undefined) ?? exactName([m[1]], index);
}

/** "Shekau, the leader of X": a surname alone, the function beside it introduced by an article. */
function surnameBeside(head: string, beside: string): boolean {
  const x = fold(head.trim());
  const role = beside.trim().split(/\s+/).slice(0, 4).map((w) => w.toLowerCase());
  return /^[A-Z][a-z]+$/.test(head.trim()) && !TITLES.has(x) && !DEMONYMS[x] && !CAPITALS[x] && !ADJECTIVE_OF[x] && /^(the|an?)$/.test(role[0] ?? '') && role.some((w) => FUNCTION_NOUNS.has(w));
}

/** A title and a name in one phrase ("U.N. rights office spokesman Thameen Al-Kheetan"), the function already split off by `suggestSource`. */
export function titledSpeaker(head: string, suggested: SuggestedSource, index: SourceIndex, ante: Antecedents): PersonSpeaker {
  const known = suggested.role ? exactName([suggested.name], index) ?? nearName(suggested.name, index) : null;
  if (known) return { kind: known.kind ?? 'other', sourceId: known.id, suggested: null, named: suggested.name, role: null };
  // "RSF adviser Mustafa Mohamed Ibrahim", suggested whole (a capitalised word before the function): the name is the last run.
  const w = head.trim().split(/\s+/);
  const [start, end] = lastNameRun(w);
  const name = !suggested.role && start > 0 && end > start ? w.slice(start, end + 1).join(' ') : suggested.name;
  // The function as written, "its" and all: "Its spokesman Kyaw Zaw" -> "Its spokesman".
  const at = head.lastIndexOf(name);
  const role = at > 0 ? head.slice(0, at) : suggested.role;
  // "Prosecutor General Iryna Venediktova": a function the desk holds as a party's alias names that party.
  const party = role ? exactName([role.trim().replace(/^(the|an?) /i, '')], index) ?? partyOfFunction(role, index, ante) : null;
  if (party && role) return { kind: party.kind ?? 'other', sourceId: party.id, suggested: null, named: name, role: personRole(role, name, party) };
  return { kind: suggested.kind, sourceId: null, suggested, named: suggested.name, role: null };
}

/** Words of a rank in a state's armed forces; a rank alone names the forces, not which armed group ("Colonel" alone in an armed group's titles is rarer). */
const RANK_WORDS = new Set(['air', 'marshal', 'vice', 'rear', 'admiral', 'lieutenant', 'lt', 'general', 'gen', 'major', 'maj', 'brigadier', 'brig', 'wing',
  'commander', 'colonel', 'col', 'commodore', 'squadron', 'group', 'captain', 'capt']);
const CORE_RANKS = new Set(['marshal', 'admiral', 'general', 'gen', 'brigadier', 'brig', 'colonel', 'col', 'commodore']);

function rankOnly(role: string): boolean {
  const w = role.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  return w.length > 0 && w.length <= 3 && w.every((x) => RANK_WORDS.has(x)) && w.some((x) => CORE_RANKS.has(x));
}

/**
 * The desk's military party of the country the words beside a rank name ("India's Director General of Military Operations"). A rank
 * alone names no party: a desk's colonel may be a governor's, a junta's or an armed group's ("Lt. Gen. X", Ituri's military governor).
 */
function rankParty(index: SourceIndex, words: string): KnownSource | null {
  // The country opens the function ("India's Director General of ...", "the Indian Director ..."); a former holder holds none.
  const w = words.trim().replace(/^the\s+/i, '').split(/\s+/);
  if (/\b(former|ex|retired)\b/i.test(words) || /^(an?)$/i.test(w[0] ?? '')) return null;
  const first = fold((w[0] ?? '').replace(/['’]s$/, ''));
  const country = DEMONYMS[first] || ADJECTIVE_OF[first] ? first : null;
  const adjective = country ? (ADJECTIVE_OF[country] ? ADJECTIVE_OF[country] : country) : null;
  return adjective ? countryParty(`${adjective} military`, index) : null;
}
