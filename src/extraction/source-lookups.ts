/**
 * Lookups over a desk's sources, built once per source index (in one pass, linear in the sources) and kept
 * with it, so that a clause pays for the sources it may name and not for every source the desk has. Each
 * answers with candidates in the order of the source list; the rules test the candidates as they tested every
 * source, so what they find is what they found by scanning.
 */
import { createHash } from 'node:crypto';
import type { KnownSource, SourceIndex } from './speakers';

/** Positions in the source list (or in the exact keys), ascending and each once, from several lists. */
export function union(lists: Array<number[] | undefined>): number[] {
  const seen = new Set<number>();
  for (const list of lists) for (const at of list ?? []) seen.add(at);
  return [...seen].sort((a, b) => a - b);
}

/** word -> positions, each position once per word. */
export function postings<T>(items: T[], keysOf: (item: T) => Iterable<string>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  items.forEach((item, at) => {
    for (const key of keysOf(item)) {
      const list = out.get(key);
      // Positions come in order: a key seen twice in one item was pushed last.
      if (!list) out.set(key, [at]);
      else if (list[list.length - 1] !== at) list.push(at);
    }
  });
  return out;
}

const built = new WeakMap<SourceIndex, Map<string, unknown>>();

/** A lookup of `name` over this index, built on first use and then kept with it. */
export function lookup<T>(index: SourceIndex, name: string, build: (index: SourceIndex) => T): T {
  let mine = built.get(index);
  if (!mine) {
    mine = new Map();
    built.set(index, mine);
  }
  if (!mine.has(name)) mine.set(name, build(index));
  return mine.get(name) as T;
}

/** The first source of that id, as `find` over the list gave it. */
export function sourceById(index: SourceIndex, id: string): KnownSource | undefined {
  return lookup(index, 'byId', ({ all }) => firstBy(all, (s) => s.id)).get(id);
}

/** The first source of that name (not alias), as `find` over the list gave it. */
export function sourceByName(index: SourceIndex, name: string): KnownSource | undefined {
  return lookup(index, 'byName', ({ all }) => firstBy(all, (s) => s.name)).get(name);
}

/** Each key's first source in list order. */
function firstBy(all: KnownSource[], keyOf: (source: KnownSource) => string): Map<string, KnownSource> {
  const map = new Map<string, KnownSource>();
  for (const s of all) if (!map.has(keyOf(s))) map.set(keyOf(s), s);
  return map;
}

/** The sources of one kind, in list order. */
export function sourcesOfKind(index: SourceIndex, kind: string): KnownSource[] {
  return lookup(index, 'byKind', ({ all }) => {
    const map = new Map<string, KnownSource[]>();
    for (const s of all) {
      if (s.kind === undefined) continue;
      const list = map.get(s.kind);
      if (list) list.push(s);
      else map.set(s.kind, [s]);
    }
    return map;
  }).get(kind) ?? [];
}

/**
 * The sources a uniqueness rule ("the desk's one military") chooses among: the event's claimants among them
 * when any is (a desk of many events has many armies, the text's event mostly one), else all of them. A rule
 * answers when one is left, and with several as it does today.
 */
export function inScope(sources: KnownSource[]): KnownSource[] {
  const inEvent = sources.filter((s) => s.inEvent);
  return inEvent.length ? inEvent : sources;
}

/** The sources of one kind a uniqueness rule chooses among (see `inScope`), kept with the index. */
export function scopedOfKind(index: SourceIndex, kind: string): KnownSource[] {
  const memo = lookup(index, 'scopedOfKind', () => new Map<string, KnownSource[]>());
  let list = memo.get(kind);
  if (!list) memo.set(kind, (list = inScope(sourcesOfKind(index, kind))));
  return list;
}

/** Bare words of a body that another event's party may have as an alias ("the military", "the government"). */
const BODY_WORDS = new Set(['army', 'military', 'government', 'police', 'gendarmerie', 'navy']);
/** Words of a name that say what a body is, not whose: "the presidency", "defence ministry", "state government". */
const GENERIC_WORDS = new Set([...BODY_WORDS, 'the', 'presidency', 'ministry', 'defence', 'defense', 'interior', 'foreign', 'justice', 'health',
  'security', 'federal', 'state', 'junta', 'command', 'office', 'officials', 'authorities', 'forces', 'armed', 'national', 'administration', 'department',
  'of', 'affairs', 'rebels', 'militants', 'militia', 'group', 'insurgents', 'jihadists', 'company', 'agency']);

/** A name made only of words that say what a body is ("defence ministry", "the presidency"). */
export function genericName(key: string): boolean {
  return key.split(' ').every((w) => GENERIC_WORDS.has(w));
}

/** Whether the desk reads for one event: some of its sources are that event's claimants. */
export function readsForEvent(index: SourceIndex): boolean {
  return lookup(index, 'readsForEvent', ({ all }) => all.some((s) => s.inEvent));
}

/**
 * The source a name key found in the index stands for: itself, unless the key is made of generic words ("the military",
 * "presidency") and names a source outside the event: then the event's one claimant of that kind, or none when the
 * desk reads for an event (another event's "presidency" is not this one's).
 */
export function exactInScope(key: string, found: KnownSource, index: SourceIndex): KnownSource | null {
  if (found.inEvent || !found.kind || !genericName(key)) return found;
  const scoped = scopedOfKind(index, found.kind);
  if (scoped.length === 1 && scoped[0].inEvent) return scoped[0];
  return readsForEvent(index) ? null : found;
}

function ends(word: string): string[] {
  return [`p${word.slice(0, 2)}`, `s${word.slice(-2)}`];
}

/** Keys a near name may match: one edit apart, two words share their first two or their last two letters. */
function endKeys(words: string[]): string[] {
  const out: string[] = [];
  for (const a of ends(words[0])) for (const b of ends(words[1])) out.push(`${words.length} ${a} ${b}`);
  return out;
}

/** The exact keys in their order, with positions of them by some of their words (each built on first use). */
function exactKeys(index: SourceIndex, by: 'byLast' | 'byEnds'): { keys: Array<[string, KnownSource]>; at: Map<string, number[]> } {
  const keys = lookup(index, 'exactKeys', ({ exact }) => [...exact]);
  const at = lookup(index, by, () => (by === 'byLast'
    // Keys by their last word: a key ending in a head ends in the head's last word.
    ? postings(keys, ([key]) => [key.slice(key.lastIndexOf(' ') + 1)])
    // Keys of two words and more by word count and the first two or last two letters of their first two words.
    : postings(keys, ([key]) => {
      const w = key.split(' ');
      return w.length >= 2 ? endKeys(w) : [];
    })));
  return { keys, at };
}

/** The exact keys, in their order, that may end in `head`. */
export function keysEndingIn(index: SourceIndex, head: string): Array<[string, KnownSource]> {
  const { keys, at: byLast } = exactKeys(index, 'byLast');
  return (byLast.get(head.slice(head.lastIndexOf(' ') + 1)) ?? []).map((at) => keys[at]);
}

/** The exact keys, in their order, that may be one edit from these words in each word (two words or more). */
export function keysNear(index: SourceIndex, words: string[]): Array<[string, KnownSource]> {
  const { keys, at: byEnds } = exactKeys(index, 'byEnds');
  return union(endKeys(words).map((k) => byEnds.get(k))).map((at) => keys[at]);
}

let last: { key: string; index: SourceIndex } | null = null;

/**
 * The index of a source list, kept for the next extraction with the same list (a desk extracts many documents
 * against sources that seldom change): the list is known again by a digest of its content, which costs far
 * less than building the index and its lookups.
 */
export function indexOnce(sources: KnownSource[], build: (sources: KnownSource[]) => SourceIndex): SourceIndex {
  const key = createHash('sha256').update(JSON.stringify(sources)).digest('hex');
  if (last?.key === key) return last.index;
  const index = build(sources);
  last = { key, index };
  return index;
}

/** Words of a body's kind that stand for the one source whose names carry them: "the party" for "Communist Party of India (Maoist)". */
const KIND_OF_BODY_WORDS = new Set(['party', 'front', 'movement', 'coalition', 'alliance', 'committee', 'council', 'union', 'militia']);

/**
 * The one source (the event's claimant first, `inScope`) with a name or alias holding a body's word anywhere ("the party" for
 * "Communist Party of India (Maoist)"), read through postings built once per index; null for other words or several sources.
 */
export function soleBodyWith(word: string, index: SourceIndex): KnownSource | null {
  if (!KIND_OF_BODY_WORDS.has(word)) return null;
  const postings = lookup(index, 'bodyWords', ({ all, folded }) => {
    const map = new Map<string, Set<KnownSource>>();
    folded.forEach((names, at) => {
      for (const w of new Set(names.flatMap((n) => n.split(' ')))) if (KIND_OF_BODY_WORDS.has(w)) map.set(w, (map.get(w) ?? new Set()).add(all[at]));
    });
    return map;
  });
  const found = inScope([...(postings.get(word) ?? [])]);
  return found.length === 1 ? found[0] : null;
}

/** Kinds that carry others' words (a wire, a broadcaster, state media): never the crowd a plural points back to, never a statement's issuer. */
export const MEDIA_KINDS: ReadonlySet<string> = new Set(['state_media', 'media', 'news_agency']);
