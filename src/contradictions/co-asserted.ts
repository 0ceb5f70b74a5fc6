import { Holding, Position } from './positions';

/**
 * Values said together are not set against each other. A source that names two perpetrators in one claim ("the
 * Rwandan army and its M23 auxiliaries shelled the camps") holds both values of a category in one breath;
 * another source naming one of them agrees with it on that one, and the source does not contradict a third that
 * names the other. So a pair of holders across two asserted categories is no disagreement when either holder
 * asserts the other side's value in the same claim. Holders of only one value each still conflict ("M23" against
 * "FDLR"). Values of one source in two claims are not excused, even when the claims carry one statement time (an
 * article that tells a change of account, "initially blamed X, later said Y", dates both by its publication):
 * that is a revision, read apart.
 */

/** For each position, the claims in which each source asserts its value: worked out once per position. */
const claimsOf = new WeakMap<Position, Map<string, Set<string>>>();

function assertingClaims(position: Position): Map<string, Set<string>> {
  let bySource = claimsOf.get(position);
  if (bySource) return bySource;
  bySource = new Map();
  if (position.polarity === 'asserted') {
    for (const h of position.holdings) {
      if (h.polarity !== 'asserted') continue;
      const claims = bySource.get(h.claimantId) ?? new Set<string>();
      bySource.set(h.claimantId, claims.add(h.firstClaimId));
    }
  }
  claimsOf.set(position, bySource);
  return bySource;
}

/** Whether the source of holding x asserts the value of position `other` in the claim behind x. */
function alsoAsserts(x: Holding, other: Position): boolean {
  return x.polarity === 'asserted' && (assertingClaims(other).get(x.claimantId)?.has(x.firstClaimId) ?? false);
}

/**
 * The holdings of p whose sources do not also assert q's value in the same claim. A pair is excused when either
 * holder says both values at once, so those holders are left out of the pairs whole: the pairs that remain are
 * read as before, and the first real clash still ends the search. (Said together is no revision either.)
 */
export function notSaidWith(p: Position, q: Position): Holding[] {
  return p.holdings.filter((h) => !alsoAsserts(h, q));
}
