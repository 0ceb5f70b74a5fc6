import { Position } from './positions';

/**
 * Actors named together (README, Judgement rules): one statement that names two actors on one
 * attribute ("the Rwandan army and its M23 auxiliaries bombed the camps"; "the blame lay with the
 * Congolese army and the FDLR") says they acted together. By the speaker's own words the two can both
 * be true, so they make no category conflict, whoever else names one of them. Only one statement
 * counts: a source that named one actor and later another may have changed its account, and a
 * statement put under the wrong speaker must not silence the dispute it belongs to. An actor is a
 * value that names a known source (its key is `src:`); other words ("air strike" against "missile")
 * are left to the vocabulary.
 */

const ACTOR = 'src:';

/**
 * The pairs of actor positions one claim asserts both, as a test on two positions: a claimant's two
 * holdings whose earliest claim is the same claim. Linear in the holdings, plus the pairs within each
 * claim's own actors (a statement names few).
 */
export function heldTogether(positions: readonly Position[]): (p: Position, q: Position) => boolean {
  const byClaim = new Map<string, string[]>();
  for (const p of positions) {
    if (p.polarity !== 'asserted' || !p.valueKey.startsWith(ACTOR)) continue;
    for (const h of p.holdings) {
      const claim = `${h.claimantId}\u0000${h.firstClaimId}`;
      byClaim.set(claim, [...(byClaim.get(claim) ?? []), p.valueKey]);
    }
  }
  const pairs = new Set<string>();
  for (const keys of byClaim.values()) {
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) pairs.add(pairKey(keys[i], keys[j]));
  }
  if (!pairs.size) return () => false;
  return (p, q) => p.polarity === 'asserted' && q.polarity === 'asserted' && pairs.has(pairKey(p.valueKey, q.valueKey));
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
