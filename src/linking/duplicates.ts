import { phraseOf, words } from './words';

/**
 * When a new event or source is likely one the desk already has: the warning shown before anything
 * is made twice. A warning, never a refusal: two attacks on one town in one week are two events.
 */
export interface EventLike {
  title: string;
  startsAt: string | null;
  endsAt?: string | null;
  /** Place names of the event (place, district, region), as written. */
  places: string[];
  country: string | null;
}

export interface Duplicate { reasons: string[] }

const DAY = 24 * 3600_000;
/** Two starts this close are "the same days": reports of one event disagree on its day by a day or two. */
const SAME_DAYS = 2 * DAY;
/** Share of the shorter title's distinctive words that the other title also has. */
const TITLE_OVERLAP = 0.5;

const unaccented = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

/** Words of event titles that tell no event from another on their own. */
const GENERIC = new Set(['event', 'events', 'incident', 'attack', 'attacks', 'assault', 'clashes', 'clash', 'fighting', 'strike', 'strikes', 'explosion', 'raid']);

function titleWords(title: string): Set<string> {
  return new Set(words(unaccented(title)).filter((w) => !GENERIC.has(w)));
}

/** The distinctive words two titles share, over the shorter title's: "Tessit attack" / "Assault on Tessit" share half. */
export function titleOverlap(a: string, b: string): { share: number; shared: string[] } {
  const left = titleWords(a);
  const right = titleWords(b);
  const shared = [...left].filter((w) => right.has(w));
  const shorter = Math.min(left.size, right.size);
  return { share: shorter ? shared.length / shorter : 0, shared };
}

/**
 * A new event duplicates an existing one when nothing known sets them apart (their times are within
 * two days, their places agree, or either is unknown) and either their titles share half their words
 * or they are at the same place on the same days.
 */
export function eventDuplicate(proposed: EventLike, existing: EventLike): Duplicate | null {
  let sameTime: boolean | null = null;
  if (proposed.startsAt && existing.startsAt) {
    const a = Date.parse(proposed.startsAt);
    const b = Date.parse(existing.startsAt);
    const aEnd = proposed.endsAt ? Date.parse(proposed.endsAt) : a;
    const bEnd = existing.endsAt ? Date.parse(existing.endsAt) : b;
    sameTime = a - bEnd <= SAME_DAYS && b - aEnd <= SAME_DAYS;
  }
  if (sameTime === false) return null;
  if (proposed.country && existing.country && proposed.country !== existing.country) return null;
  let samePlace: string | null = null;
  let placeKnown = false;
  if (proposed.places.length && existing.places.length) {
    placeKnown = true;
    const ours = new Set(proposed.places.map(foldName));
    samePlace = existing.places.find((p) => ours.has(foldName(p))) ?? null;
    if (!samePlace) return null;
  }
  const title = titleOverlap(proposed.title, existing.title);
  const similar = title.share >= TITLE_OVERLAP;
  if (!similar && !(sameTime && samePlace)) return null;
  const reasons: string[] = [];
  if (title.shared.length) reasons.push(`similar title (${title.shared.join(', ')})`);
  if (sameTime) reasons.push('same days');
  if (samePlace) reasons.push(`same place (${samePlace})`);
  if (!placeKnown && sameTime === null) reasons.push('no time or place to tell them apart');
  return { reasons };
}

/** A source's names, folded for comparison: case, accents, punctuation and a leading "the" do not count. */
export function foldName(name: string): string {
  return phraseOf(unaccented(name).replace(/[\u2018\u2019`]/g, "'")).replace(/^the /, '').replace(/'/g, '');
}

/** Edits (insert, delete, replace) from one short name to another, or `max + 1` as soon as it is over `max`. */
function editsWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...next) > max) return max + 1;
    row = next;
  }
  return row[b.length];
}

/**
 * A new source duplicates an existing one when one of its names (name or alias) is one of the other's,
 * folded ("Jama'at Nusrat al-Islam" and "jamaat nusrat al islam"), or differs by one letter in a name
 * of eight letters or more (a typo, "Wagner Grup"). Short names must match exactly: "AFP" is not "AP".
 */
export function sourceDuplicate(proposed: string[], existing: { name: string; aliases: string[] }): Duplicate | null {
  const theirs = [existing.name, ...existing.aliases].map((n) => ({ n, folded: foldName(n) })).filter((x) => x.folded);
  for (const name of proposed) {
    const folded = foldName(name);
    if (!folded) continue;
    const same = theirs.find((t) => t.folded === folded);
    if (same) return { reasons: [same.n === existing.name ? `same name (${existing.name})` : `${name} is an alias of ${existing.name}`] };
    // Names that differ by a number ("Brigade 5", "Brigade 6") are two units, not a typo.
    const near = folded.length >= 8 && !/\d/.test(folded) ? theirs.find((t) => t.folded.length >= 8 && !/\d/.test(t.folded) && editsWithin(folded, t.folded, 1) <= 1) : undefined;
    if (near) return { reasons: [`${name} is spelt almost like ${near.n}`] };
  }
  return null;
}
