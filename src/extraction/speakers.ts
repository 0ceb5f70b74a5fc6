import { fold } from '../claims/fold';
import { SourceKind } from '../sources/source.entity';
import { KIND_WORDS, PRONOUNS, STAKE_OF_KIND, TITLES } from './lexicon';
import { capitalised, lastNameRun, PERSON_ROLES, plainDescription } from './speaker-rules';
import { exactInScope, genericName, inScope, keysEndingIn, readsForEvent } from './source-lookups';
import { deskName } from './names';
import { describesGroup, GROUP_HEADS } from './mentions';

export interface KnownSource {
  id: string;
  name: string;
  aliases: string[];
  kind?: string;
  /** A claimant of the event the text is read for: rules that pick "the one party of a kind" prefer these. */
  inEvent?: boolean;
  /** A claimant of other events only, when reading for an event: "the desk's one armed group" is not guessed to be it. */
  elsewhere?: boolean;
  /** The side the desk records it on ("Pakistan" for its army and its government): a bare title goes with the side speaking. */
  side?: string | null;
}

/** A source the desk does not have yet, as the speaker's words suggest it; the editor confirms stake and side. */
export interface SuggestedSource {
  name: string;
  /** The title or function the words gave ("Colonel", "government spokesman"), kept apart from the name. */
  role: string | null;
  kind: SourceKind;
  /** A suggestion only, never independent: an editor decides who is. */
  stake: 'party_to_conflict' | 'official' | 'anonymous' | 'unknown';
  /** The side it speaks for when the words name a known party ("a spokesman for the army"), else null. */
  side: string | null;
}

const ARTICLES = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'one', 'two', 'three', 'several', 'some', 'many']);
const LINKS = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'and', 'to', 'on', 'by']);

function words(text: string): string[] {
  return initialsJoined(fold(text)).split(' ').filter(Boolean);
}

/**
 * A folded name with its initials joined: "U.N. refugee agency" folds to "u n refugee agency", read as "un refugee
 * agency", so that a desk that wrote "UN" knows the wire's "U.N." (and the reverse).
 */
function initialsJoined(folded: string): string {
  const out: string[] = [];
  let run = '';
  const close = () => {
    // "a U.N. official": the article stays a word of its own.
    if (run.length === 1 || (run.length === 2 && (run[0] === 'a' || run[0] === 'i'))) out.push(...run);
    else if (run[0] === 'a' || run[0] === 'i') out.push(run[0], run.slice(1));
    else if (run) out.push(run);
    run = '';
  };
  for (const word of folded.split(' ')) {
    if (word.length === 1) run += word;
    else {
      close();
      out.push(word);
    }
  }
  close();
  return out.join(' ');
}

/** The keys a name is known by: folded, without articles and titles in front; initials as written and joined. */
export function nameKeys(name: string): string[] {
  const folded = fold(name);
  const joined = initialsJoined(folded);
  // "Duhok's governor" is known as "Duhok governor" too, only whole ("President's Office" is no "office" once its title is read off).
  const unpossessed = /['’]s /.test(name) ? foldedKeys(fold(name.replace(/['’]s /g, ' ')))[0] : undefined;
  return [...new Set([...[folded, joined].flatMap(foldedKeys), ...(unpossessed ? [unpossessed] : [])])];
}

function foldedKeys(folded: string): string[] {
  const keys = new Set<string>();
  let w = folded.split(' ').filter(Boolean);
  while (w.length && ARTICLES.has(w[0])) w = w.slice(1);
  keys.add(w.join(' '));
  for (let stripped = 0; w.length > 1 && TITLES.has(w[0]); stripped += 1) {
    // "National Security Council" is known as "security council", not as "council" alone: a lone noun left after two
    // titles names any body so headed ("the local council").
    if (stripped >= 1 && w.length === 2) break;
    w = w.slice(1);
    // "military government" is not known as "government" alone: a lone title names anyone.
    if (w.length > 1 || !TITLES.has(w[0])) keys.add(w.join(' '));
  }
  keys.delete('');
  return [...keys];
}

export interface SourceIndex {
  all: KnownSource[];
  exact: Map<string, KnownSource>;
  /** Keys by their first word, for the containment test ("an AFP correspondent" names AFP). */
  byFirstWord: Map<string, Array<{ key: string[]; source: KnownSource }>>;
  /** Each source's name and aliases, folded once for every lookup. */
  folded: string[][];
}

export function indexSources(sources: KnownSource[]): SourceIndex {
  const exact = new Map<string, KnownSource>();
  const byFirstWord = new Map<string, Array<{ key: string[]; source: KnownSource }>>();
  const folded = sources.map((source) => [...new Set([source.name, ...source.aliases].flatMap((name) => [fold(name), initialsJoined(fold(name))]))]);
  for (const [at, source] of sources.entries()) {
    for (const name of folded[at]) {
      for (const key of foldedKeys(name)) {
        // A name several sources share ("the army") is the first's, or an event claimant's (`inEvent`) before others'.
        const taken = exact.get(key);
        if (!taken || (source.inEvent && !taken.inEvent)) exact.set(key, source);
        const split = key.split(' ');
        if (key.length < 2) continue;
        const list = byFirstWord.get(split[0]) ?? [];
        list.push({ key: split, source });
        byFirstWord.set(split[0], list);
      }
    }
  }
  return { all: sources, exact, byFirstWord, folded };
}

/** Heads of a movement's, a party's or an association's own name, which may hold a country's ("Union for the Republic of X"). */
const NON_STATE_BODIES = new Set(['movement', 'party', 'front', 'alliance', 'congress', 'association', 'coalition', 'league', 'federation', 'rally']);

/** The known source a phrase names: exactly, or by a name standing whole inside it (the longest wins). */
export function resolveName(phrase: string, index: SourceIndex): KnownSource | null {
  for (const key of nameKeys(phrase)) {
    const found = index.exact.get(key);
    const scoped = found ? exactInScope(key, found, index) : null;
    if (scoped) return scoped;
  }
  const w = words(phrase);
  let best: { length: number; source: KnownSource; key: string } | null = null;
  for (let i = 0; i < w.length; i += 1) {
    for (const { key, source } of index.byFirstWord.get(w[i]) ?? []) {
      if (key.length > w.length - i) continue;
      let same = true;
      for (let k = 1; k < key.length && same; k += 1) same = w[i + k] === key[k];
      // "The Movement for the Rebirth of Cameroon": a place inside a movement's or a party's own name is not the desk's party.
      if (same && i >= 2 && LINKS.has(w[i - 1]) && w.slice(0, i - 1).some((x) => NON_STATE_BODIES.has(x))) continue;
      // Of two names as long, the event's claimant's ("the army" inside a longer phrase).
      const better = !best || key.length > best.length || (key.length === best.length && source.inEvent && !best.source.inEvent);
      if (same && better) best = { length: key.length, source, key: key.join(' ') };
    }
  }
  if (!best) return null;
  // "the French government" holds another event's alias "government" but names no claimant of this one.
  if (best.length < w.length && genericName(best.key)) return best.source.inEvent || !readsForEvent(index) ? best.source : null;
  return exactInScope(best.key, best.source, index);
}

/** The one known source one of whose names ends in `head` ("Burkina Faso government" for "the government"), if only one does. */
export function byHead(head: string, index: SourceIndex, home?: () => KnownSource | undefined): KnownSource | null {
  const found = new Set<KnownSource>();
  for (const [key, source] of keysEndingIn(index, head)) if ((key === head || key.endsWith(` ${head}`)) && !postpositive(key, head)) found.add(source);
  // Among several, the event's one claimant so headed. A lone one is kept: in a desk reading for an event, a party
  // that has not spoken in it yet is no claimant either. Else the one on the side of the party the dateline names
  // (`home`: "ANKARA - ... The Foreign Ministry said" is Turkey's, whoever the lead paragraph names).
  const scoped = inScope([...found]);
  const side = scoped.length > 1 ? home?.()?.side : undefined;
  const own = side ? scoped.filter((s) => s.side === side) : scoped;
  return own.length === 1 ? own[0] : scoped.length === 1 ? scoped[0] : null;
}

/** Offices "general" follows as an adjective: a prosecutor general is no general, nor is a secretary general. */
const GENERAL_AFTER = new Set(['prosecutor', 'secretary', 'attorney', 'auditor', 'solicitor', 'inspector', 'procurator', 'surgeon', 'consul', 'director', 'postmaster', 'governor']);

/** Whether the head ends the key as a postpositive adjective ("general" of "Ruritanian prosecutor general"), not as its noun. */
function postpositive(key: string, head: string): boolean {
  const before = key.slice(0, key.length - head.length).trim().split(' ').pop() ?? '';
  return head === 'general' && GENERAL_AFTER.has(before);
}

export function isPronoun(phrase: string): boolean {
  return PRONOUNS.has(fold(phrase));
}

/** A bare title or common noun standing for someone named before: "the general", "the ministry", "the group". */
export function bareHead(phrase: string): string | null {
  const raw = phrase.replace(/ of the republic$/i, '').trim().split(/\s+/); // "the Presidency of the Republic" is the presidency
  const w = words(phrase.replace(/ of the republic$/i, ''));
  if (w.length < 2 || w.length > 4 || (w[0] !== 'the' && w[0] !== 'this')) return null;
  // "The Director", "the Minister": a title written with a capital is still a bare title.
  const title = (x: string) => TITLES.has(x.toLowerCase()) || PERSON_ROLES.has(x.toLowerCase()) || x === 'Presidency';
  // "the Islamist militant group", "the Iran-backed group": a word that describes the body
  // is written with a capital, the head is still bare (not "the Islamic State group", whose words are a name).
  // Only before a group's head: "the French government" is France's, no bare "the government".
  const group = GROUP_HEADS.has(w[w.length - 1]);
  // A people's word is left to `describedParty`, which checks it against the party's country ("the Sudanese rebel group").
  const describing = (x: string, i: number) => group && i < raw.length - 1 && describesGroup(x);
  return raw.slice(1).every((x, i) => /^[a-z]/.test(x) || title(x) || describing(x, i + 1)) ? w[w.length - 1] : null;
}

const FOLDED_KIND_WORDS: Array<[string, string[]]> = KIND_WORDS.map(([kind, list]) => [kind, list.map((w) => ` ${fold(w)} `)]);

export function kindOf(phrase: string): SourceKind {
  // The word that comes first decides: "government spokesman Colonel X" speaks for the government.
  const folded = ` ${fold(phrase)} `;
  let best: { kind: string; at: number } | null = null;
  for (const [kind, list] of FOLDED_KIND_WORDS) {
    for (const word of list) {
      const at = folded.indexOf(word);
      if (at >= 0 && (!best || at < best.at)) best = { kind, at };
    }
  }
  return (best?.kind ?? 'other') as SourceKind;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The text without commas and spaces at either end, in one pass from each end (no backtracking pattern). */
export function trimCommas(text: string): string {
  let start = 0;
  let end = text.length;
  const loose = (c: string) => c === ',' || c === ' ' || c === '\t' || c === '\n';
  while (start < end && loose(text[start])) start += 1;
  while (end > start && loose(text[end - 1])) end -= 1;
  return text.slice(start, end);
}

const ORG_NAME_WORDS = ['government', 'ministry', 'council', 'army', 'forces', 'force', 'front', 'movement', 'committee', 'office', 'agency', 'command', 'brigade', 'brigades', 'police', 'service', 'services', 'authority', 'administration', 'union', 'nations', 'rights', 'watch', 'group', 'party'];

const GROUPS = new Set(['residents', 'doctors', 'witnesses', 'villagers', 'medics', 'survivors', 'officials', 'nurses', 'rescuers', 'volunteers', 'activists', 'elders', 'farmers']);

/** "Residents of the neighbouring Senou district" -> "Senou residents", "doctors at al-Shifa hospital" -> "al-Shifa doctors": people named by their place, as a desk names them. */
export function groupOfPlace(raw: string): string {
  const w = raw.split(' ');
  const at = ['the', 'a', 'some', 'several', 'many'].includes(w[0]?.toLowerCase()) ? 1 : 0;
  if (!GROUPS.has(w[at]?.toLowerCase() ?? '') || !['of', 'at', 'in', 'from'].includes(w[at + 1]?.toLowerCase() ?? '')) return raw;
  const names = w.slice(at + 2).filter((x) => /^[A-Z]|-[A-Z]/.test(x));
  if (!names.length || names.length > 3) return raw;
  return `${names.join(' ')} ${w[at].toLowerCase()}`;
}

/**
 * A new source from the speaker's words: a person's name without titles ("Government spokesman Colonel
 * Abdoulaye Maiga" -> "Abdoulaye Maiga", role "Government spokesman Colonel"), or the phrase without its article.
 */
/** A long name a desk writes short ("Doctors Without Borders" -> "MSF"), never a country made its government. */
function shortName(name: string): string | null {
  const desk = deskName(name);
  return desk && !desk.endsWith(' government') ? desk : null;
}

/** "a resident of Jesus Maria": a name after a link that is no body's ("a team from Doctors Without Borders" is) is a place, not the speaker. */
function placeAfterLink(link: string, name: string): boolean {
  return LINKS.has(link.toLowerCase()) && !deskName(name) && !ORG_NAME_WORDS.some((o) => ` ${fold(name)} `.includes(` ${o} `));
}

export function suggestSource(phrase: string, index: SourceIndex): SuggestedSource {
  const desk = deskName(phrase);
  if (desk) return { name: desk, role: null, kind: kindOf(desk), stake: STAKE_OF_KIND[kindOf(desk)] ?? 'unknown', side: null };
  const raw = groupOfPlace(trimCommas(phrase.replace(/\s+/g, ' ').trim()).replace(/^(the|an?) (?=[a-z])/i, ''))
    // "The Red Cross in Culiacan" -> "Culiacan Red Cross": a named body of a named place, as a desk names it.
    .replace(/^([A-Z][\w-]*(?: [A-Z][\w-]*){0,3}) in ([A-Z][\w-]*)$/, '$2 $1');
  const parts = raw.split(' ');
  // The last run of capitalised words that are not titles: a person's or an organisation's name.
  const [start, end] = lastNameRun(parts);
  const nameWords = end >= 0 ? parts.slice(start, end + 1) : [];
  const titled = start > 0 && TITLES.has(parts[start - 1].toLowerCase().replace(/,$/, ''));
  const kind = kindOf(raw);
  const linkedTo = (() => {
    const i = parts.findIndex((p) => LINKS.has(p.toLowerCase()));
    return i > 0 ? resolveName(parts.slice(i + 1).join(' '), index) : null;
  })();
  let name: string;
  let role: string | null = null;
  // "The shadow National Unity Government": a title word inside an organisation's name stays in it.
  let whole = start;
  while (whole > 0 && capitalised(parts[whole - 1]) && !ARTICLES.has(parts[whole - 1].toLowerCase())) whole -= 1;
  const fullName = parts.slice(whole, end + 1).join(' ').replace(/,$/, '');
  // "Chief of Army Staff Lieutenant General X": capitalised titles before a name are no organisation's name.
  const allTitles = parts.slice(whole, start).every((x) => x.toLowerCase().replace(/,$/, '').split('-').every((p) => TITLES.has(p)));
  const orgWord = (words: string) => ORG_NAME_WORDS.some((o) => ` ${fold(words)} `.includes(` ${o} `));
  const organisation = end >= 0 && whole < start && orgWord(fullName) && (!allTitles || orgWord(nameWords.join(' ')));
  if (organisation) {
    name = fullName;
    role = parts.slice(0, whole).filter((w) => !ARTICLES.has(w.toLowerCase())).join(' ').replace(/,$/, '') || null;
  } else if (titled && nameWords.length >= 1 && nameWords.every((w) => !TITLES.has(w.toLowerCase()))) {
    name = nameWords.join(' ').replace(/,$/, '');
    role = parts.slice(0, start).filter((w) => !ARTICLES.has(w.toLowerCase())).join(' ').replace(/,$/, '').replace(/^,|,$/g, '').trim() || null;
    if (role) role = capitalise(trimCommas(role));
  } else if (nameWords.length >= 2 && start > 0 && kind !== 'other' && !placeAfterLink(parts[start - 1], nameWords.join(' ')) && parts.slice(0, start).every((w) => !/^[A-Z]/.test(w) || TITLES.has(w.toLowerCase()))) {
    // "government spokesman Abdoulaye Maiga": lower-case function words before a name.
    name = nameWords.join(' ');
    role = capitalise(parts.slice(0, start).filter((w) => !ARTICLES.has(w.toLowerCase())).join(' ').replace(/,$/, '')) || null;
  } else {
    // "Several residents" -> "Residents", "Doctors at the hospital" -> "Hospital doctors", "Experts in munitions" -> "Munitions experts".
    name = capitalise(plainDescription(raw.replace(/,$/, '')));
  }
  return {
    name: (shortName(name) ?? name).slice(0, 200),
    role: role ? role.slice(0, 200) : null,
    kind,
    stake: STAKE_OF_KIND[kind] ?? 'unknown',
    side: linkedTo ? linkedTo.name : null,
  };
}
