import { fold } from '../claims/fold';
import { Token } from './analyse';
import { KnownSource, SourceIndex } from './speakers';
import { wordTable } from './word-table';

/** A known source named in the text, at the token where its name begins. */
export interface Mention {
  source: KnownSource;
  at: number;
  /** Named in the dateline ("KYIV (Reuters) -"): the country the text is about, weaker than a party named or heard in the text. */
  dateline?: boolean;
  /** The paragraph it is named in (counted from the text's first). */
  line?: number;
}

/** The kinds of party a bare head may point back to: "the group" an armed group or an NGO, "the agency" a UN body. */
export const HEAD_KINDS: Record<string, string[]> = wordTable({
  group: ['armed_group', 'ngo'], militia: ['armed_group'], movement: ['armed_group'], rebels: ['armed_group'], militants: ['armed_group'],
  faction: ['armed_group'], force: ['armed_group', 'military'], forces: ['armed_group', 'military'], paramilitaries: ['armed_group'], paramilitary: ['armed_group'],
  agency: ['international_org', 'news_agency'], organisation: ['international_org', 'ngo'], organization: ['international_org', 'ngo'],
  charity: ['ngo'], mission: ['international_org'], insurgents: ['armed_group'], jihadists: ['armed_group'], association: ['ngo', 'other'], collective: ['ngo', 'other'],
  institution: ['police', 'military', 'government', 'international_org', 'ngo'],
});

/**
 * Known sources named in tokens [first, last], by their names and aliases word for word (folded). Each
 * word looks only at the names that begin with it, so the pass is linear in the words times the names sharing a first word.
 */
export function mentionsIn(tokens: Token[], first: number, last: number, index: SourceIndex): Mention[] {
  const words: string[] = [];
  const at: number[] = [];
  for (let i = first; i <= last; i += 1) {
    for (const w of fold(tokens[i].text).split(' ')) {
      if (!w) continue;
      words.push(w);
      at.push(i);
    }
  }
  const out: Mention[] = [];
  for (let k = 0; k < words.length; k += 1) {
    let best: { length: number; source: KnownSource } | null = null;
    for (const { key, source } of index.byFirstWord.get(words[k]) ?? []) {
      if (k + key.length > words.length) continue;
      let same = true;
      for (let j = 1; j < key.length && same; j += 1) same = words[k + j] === key[j];
      if (same && (!best || key.length > best.length)) best = { length: key.length, source };
    }
    if (!best) continue;
    // A word that only starts with a capital in the text names a party; "the army" in lower case is left to the heads.
    // Unless the desk wrote it so, with its article ("the army" among the Cameroonian army's aliases): "The army gave a
    // different account. Its spokesman said" points back to it.
    // Only as a sentence's subject ("The army"): "bases of groups loyal to the army" is no body a later "the force" means.
    const asWritten = tokens[at[k] - 1]?.text === 'The' && best.source.aliases.some((a) => fold(a) === `the ${words[k]}`);
    if (best.length === 1 && !/^[A-Z]/.test(tokens[at[k]].text) && !asWritten) continue;
    out.push({ source: best.source, at: at[k] });
    k += best.length - 1;
  }
  return out;
}

/** How many mentions back a bare head may point. */
const LOOK_BACK = 40;

/** Kinds of source, or a test of a source named at a token. */
export type Named = string[] | ((source: KnownSource, at: number) => boolean);
/** The last mention of a party of the kinds; with `home`, the one the text's dateline names unless the paragraph names one (see `lastOfKind`). */
export type Recent = (kinds: Named, home?: boolean | 'dateline') => Mention | null;

/** The parties the text's dateline names, and the paragraph a speaker stands in. */
export interface Home {
  dateline: Mention[];
  line: number;
  /** The dateline's party only, not one the speaker's paragraph names ("ANKARA - Syrian shelling ... The Foreign Ministry said"). */
  datelineOnly?: boolean;
}

/**
 * The last mention before `before` of a party of one of the kinds (or that passes the test), if any. With `home`, the one
 * the speaker's own paragraph names, else the one the text's dateline names ("ISLAMABAD, Sept 30 -"), whatever earlier
 * paragraphs named: the country a bare title belongs to ("Prime Minister X").
 */
export function lastOfKind(mentions: Mention[], kinds: Named, before: number, home?: Home): Mention | null {
  const fits = typeof kinds === 'function' ? kinds : (source: KnownSource) => kinds.includes(source.kind ?? '');
  if (home) {
    const near = home.datelineOnly ? null : lastOfKind(mentions, kinds, before);
    if (near && !near.dateline && near.line === home.line) return near;
    return home.dateline.find((m) => m.at < before && fits(m.source, m.at)) ?? null;
  }
  // A bare head points back a few paragraphs at most: the look-back is bounded, whatever the text.
  for (let i = mentions.length - 1; i >= 0 && i >= mentions.length - LOOK_BACK; i -= 1) {
    const m = mentions[i];
    if (m.at < before && fits(m.source, m.at)) return m;
  }
  return null;
}

/** A word of a creed or a backer that describes a group ("Islamist", "Iran-backed"), not a name of one. */
export function describesGroup(word: string): boolean {
  return CREEDS.has(word.toLowerCase()) || /^[A-Z][a-z]+-(backed|aligned|allied|linked|run|led|based)$/.test(word);
}

/** Whether a creed or a backer describes the head ("the Islamist group", "the Iran-backed group"): an armed group, no NGO. */
export function armedByDescription(phrase: string): boolean {
  return phrase.trim().split(/\s+/).some(describesGroup);
}

/** Heads of an armed group or a movement, which a creed or a people may describe. */
export const GROUP_HEADS = new Set(['group', 'movement', 'militia', 'faction', 'rebels', 'militants', 'insurgents', 'jihadists', 'paramilitary', 'paramilitaries']);
/** Creeds and doctrines a body is described by ("the Islamist militant group"), not names of one. */
export const CREEDS = new Set(['rebel', 'islamist', 'jihadist', 'salafist', 'shiite', 'shia', 'sunni', 'maoist', 'marxist', 'separatist']);
