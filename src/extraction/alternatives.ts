/**
 * The desk's second chance on an unsure speaker: when the words name a new source, the known parties they may
 * well be (at most two), for the candidates page to offer first. Extraction keeps its reading; the editor's click
 * settles what the rules could not ("the State Minister for Defence, X" for the government of the country the
 * story is about). Ranked by what the speaker's words share with a party's names and aliases (a word of its
 * name, or its country's demonym: "Ugandan" for "Uganda People's Defence Force"), then by the kind the words
 * suggest, the event's claimants first. No party when nothing ties the words to one.
 */
import { fold } from '../claims/fold';
import { CAPITALS, DEMONYMS } from './names';
import { lookup, scopedOfKind } from './source-lookups';
import type { KnownSource, SourceIndex } from './speakers';

/** How many parties the desk offers. */
const OFFERED = 2;
/** Kinds of a new source that may be a known party's voice; witnesses, media and others are nobody's. */
const PARTY_KINDS = new Set(['government', 'military', 'police', 'armed_group', 'international_org', 'ngo', 'state_media', 'intelligence']);
/** With more known parties of a kind than this, the kind alone says nothing. */
const FEW = 4;
/** Words of names that tie nothing: articles, links and the commonest body words. */
const EMPTY = new Set(['the', 'of', 'and', 'for', 'in', 'al', 'de', 'la', 'le', 'du', 'des', 'el', 'forces', 'force', 'group', 'national', 'state']);

/** Each word of the known names (and its country, for a demonym or a capital) with the sources it names; built once per index. */
function wordsToSources(index: SourceIndex): Map<string, Set<number>> {
  const map = new Map<string, Set<number>>();
  index.folded.forEach((names, at) => {
    for (const name of names) {
      for (const word of name.split(/\s+/)) {
        if (word.length < 2 || EMPTY.has(word)) continue;
        for (const key of [word, DEMONYMS[word], CAPITALS[word]]) {
          if (!key) continue;
          let set = map.get(key);
          if (!set) map.set(key, (set = new Set()));
          set.add(at);
        }
      }
    }
  });
  return map;
}

/** The known parties a new speaker may be, best first (ids); `words` are the speaker's words and role, `kind` the new source's. */
export function alternativeParties(words: string, kind: string, index: SourceIndex): string[] {
  if (!index.all.length) return [];
  const byWord = lookup(index, 'alternativeWords', wordsToSources);
  const score = new Map<number, number>();
  const seen = new Set<string>();
  for (const word of fold(words).split(/\s+/)) {
    if (seen.has(word) || EMPTY.has(word)) continue;
    seen.add(word);
    // A word counts once for a source, by itself or by its country ("Ugandan" and "Uganda" are one tie).
    const tied = new Set<number>();
    for (const key of [word, DEMONYMS[word], DEMONYMS[word.replace(/s$/, '')]]) for (const at of key ? byWord.get(key) ?? [] : []) tied.add(at);
    for (const at of tied) score.set(at, (score.get(at) ?? 0) + 3);
  }
  if (!score.size && !PARTY_KINDS.has(kind)) return [];
  // The kind alone ranks only a few parties (the event's claimants of that kind first).
  const ofKind = PARTY_KINDS.has(kind) ? scopedOfKind(index, kind) : [];
  const position = lookup(index, 'positions', () => new Map(index.all.map((s, at) => [s, at] as [KnownSource, number])));
  if (ofKind.length <= FEW) for (const s of ofKind) score.set(position.get(s)!, (score.get(position.get(s)!) ?? 0) + 2);
  for (const [at, value] of score) {
    const source = index.all[at];
    if (source.kind === kind) score.set(at, value + 1);
    if (source.inEvent) score.set(at, score.get(at)! + 1);
  }
  return [...score.entries()].filter(([, value]) => value >= 2).sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, OFFERED).map(([at]) => index.all[at].id);
}
