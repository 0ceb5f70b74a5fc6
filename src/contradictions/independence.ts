import { fold } from '../claims/fold';
import { Stake } from '../sources/source.entity';
import { shortNames } from './source-vocabulary';

/**
 * Whether two sources are independent on an event, so that one's agreement corroborates the other:
 * not one source, neither of unknown stake, not the same side, neither conveying the other's claims
 * on the event, and no archived document where both speak first-hand (one origin, one piece of
 * evidence). Parties to the conflict on different sides that agree are adversaries conceding a point:
 * an admission against interest, the strongest corroboration there is.
 */

export interface SourceFacts {
  id: string;
  name: string;
  aliases: string[];
  stake: Stake;
  /** The party or camp it speaks for, as written; none: it speaks for itself. */
  side: string | null;
}

export interface ClaimFacts {
  sourceId: string;
  conveyedById: string | null;
  documentId: string | null;
}

export interface Independence {
  /** Why two sources are not independent here, naming them; null when they are. */
  dependence(a: string, b: string): string | null;
  independent(a: string, b: string): boolean;
  /** Two parties to the conflict speaking for different sides. */
  adversaries(a: string, b: string): boolean;
  isParty(id: string): boolean;
  /** The side a source speaks for, as compared (a source without one is its own side). */
  sideOf(id: string): string;
  /** The short name of a source, for reasons. */
  name(id: string): string;
}

/** The side as compared: a source's id when the side names a source (by name or alias), else the folded words. */
export function sideKey(source: Pick<SourceFacts, 'id' | 'side'>, sourceByName: Map<string, string>): string {
  if (!source.side?.trim()) return `src:${source.id}`;
  const folded = fold(source.side);
  const named = sourceByName.get(folded);
  return named ? `src:${named}` : `side:${folded}`;
}

export function independenceOf(sources: SourceFacts[], claims: ClaimFacts[]): Independence {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const byName = new Map<string, string>();
  for (const s of sources) for (const n of [s.name, ...s.aliases]) if (fold(n) && !byName.has(fold(n))) byName.set(fold(n), s.id);
  const sides = new Map(sources.map((s) => [s.id, sideKey(s, byName)]));
  const conveys = new Set(claims.filter((c) => c.conveyedById).map((c) => `${c.conveyedById}>${c.sourceId}`));
  // A document is an origin for the first-hand claims in it; a conveyed claim originates elsewhere.
  const origins = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.conveyedById || !c.documentId) continue;
    origins.set(c.sourceId, (origins.get(c.sourceId) ?? new Set()).add(c.documentId));
  }
  const names = shortNames(sources);
  const name = (id: string) => names.get(id) ?? 'an unnamed source';
  const sideOf = (id: string) => sides.get(id) ?? `src:${id}`;
  const sideWords = (id: string) => byId.get(id)?.side?.trim() || name(id);

  const dependence = (a: string, b: string): string | null => {
    if (a === b) return 'the same source';
    for (const id of [a, b]) if ((byId.get(id)?.stake ?? 'unknown') === 'unknown') return `the stake of ${name(id)} is unknown`;
    if (sideOf(a) === sideOf(b)) {
      const [speaker, other] = byId.get(a)?.side?.trim() ? [a, b] : [b, a];
      return byId.get(other)?.side?.trim() ? `${name(a)} and ${name(b)} both speak for ${sideWords(a)}` : `${name(speaker)} speaks for ${name(other)}`;
    }
    if (conveys.has(`${a}>${b}`)) return `${name(a)} conveys claims of ${name(b)} on this event`;
    if (conveys.has(`${b}>${a}`)) return `${name(b)} conveys claims of ${name(a)} on this event`;
    const shared = [...(origins.get(a) ?? [])].some((d) => origins.get(b)?.has(d));
    if (shared) return `${name(a)} and ${name(b)} speak first-hand in one document`;
    return null;
  };

  // The same test as `dependence(a, b) === null`, without writing the reason: corroboration asks it for
  // every pair of holders of a value, thousands of times on an event with many parties.
  const conveying = new Map<string, Set<string>>();
  for (const c of claims) if (c.conveyedById) conveying.set(c.conveyedById, (conveying.get(c.conveyedById) ?? new Set()).add(c.sourceId));
  const known = (id: string) => (byId.get(id)?.stake ?? 'unknown') !== 'unknown';
  const independent = (a: string, b: string): boolean => {
    if (a === b || !known(a) || !known(b) || sideOf(a) === sideOf(b)) return false;
    if (conveying.get(a)?.has(b) || conveying.get(b)?.has(a)) return false;
    const [mine, theirs] = [origins.get(a), origins.get(b)];
    if (mine && theirs) for (const document of mine) if (theirs.has(document)) return false;
    return true;
  };

  return {
    dependence,
    independent,
    adversaries: (a, b) => byId.get(a)?.stake === 'party_to_conflict' && byId.get(b)?.stake === 'party_to_conflict' && sideOf(a) !== sideOf(b),
    isParty: (id) => byId.get(id)?.stake === 'party_to_conflict',
    sideOf,
    name,
  };
}
