import { Holding, Position } from './positions';

/**
 * Values said together are not set against each other. A source that names two perpetrators at once ("the
 * Rwandan army and its M23 auxiliaries shelled the camps"), or a cause and the means of it, holds both values
 * of a category in one breath; another source naming one of them agrees with it on that one, and the source
 * does not contradict a third that names the other. So a pair of holders across two asserted categories is no
 * disagreement when either holder also asserts the other side's value at the same time. Holders of only one
 * value each still conflict ("M23" against "FDLR"), and a source that changed its account over time (one value
 * said before the other) is not excused: that is a revision, read apart.
 */

/** Two holdings of one source said at the same time: from one claim, or over statement times that meet. */
function saidTogether(x: Holding, y: Holding): boolean {
  if (x.firstClaimId === y.firstClaimId) return true;
  if (x.statedFrom === null || x.statedTo === null || y.statedFrom === null || y.statedTo === null) return false;
  return x.statedFrom <= y.statedTo && y.statedFrom <= x.statedTo;
}

/** Whether the source of holding x also asserts the value of position `other`, said together with x. */
function alsoAsserts(x: Holding, other: Position): boolean {
  if (x.polarity !== 'asserted' || other.polarity !== 'asserted') return false;
  return other.holdings.some((h) => h.claimantId === x.claimantId && h.polarity === 'asserted' && saidTogether(x, h));
}

/** Whether the pair x (holding p) and y (holding q) is excused as values said together by one of them. */
export function coAsserted(x: Holding, p: Position, y: Holding, q: Position): boolean {
  return alsoAsserts(x, q) || alsoAsserts(y, p);
}
