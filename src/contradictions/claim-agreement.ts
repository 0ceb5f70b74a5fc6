import { inOneGo } from '../analysis/time-slices';
import type { CompatibleInput, ContradictionInput, CorroborationInput, CredibilityInput } from './credibility';

/**
 * What concerns each claim out of an event's corroborations, compatible values and contradictions,
 * indexed in one pass over every side (credibility.ts grades each claim from its own lists).
 */

/** What concerns one claim, out of an event's lists. */
export interface ClaimAgreement {
  corroborations: CorroborationInput[];
  compatible: CompatibleInput[];
  contradictions: ContradictionInput[];
  /**
   * Set by `agreementByClaim`: the lists are this claim's own (nothing to filter), and `onSideA` the
   * contradictions with the claim on side A (no look-up in sides of thousands of claims per claim).
   */
  onSideA?: Set<ContradictionInput>;
}

/**
 * The event's corroborations, compatible values and contradictions indexed by claim, in one pass over
 * every side: each claim's grade then reads only what concerns it (no scan of the event's lists per claim).
 */
export function agreementByClaim(lists: Pick<CredibilityInput, 'corroborations' | 'compatible' | 'contradictions'>): Map<string, ClaimAgreement> {
  return inOneGo(agreementByClaimSteps(lists));
}

/** Claims that met the same items (on the same sides) so far: they share one `ClaimAgreement`, made once. */
interface Met {
  agreement: ClaimAgreement;
  next: Map<object, Met>;
}

/**
 * The same, a step per item (a side may hold thousands of claims): a big event lets the event loop run
 * between steps. Claims that meet the same items on the same sides share one `ClaimAgreement` object
 * (read only), so a caller can grade each distinct one once per claimant.
 */
export function* agreementByClaimSteps(lists: Pick<CredibilityInput, 'corroborations' | 'compatible' | 'contradictions'>): Generator<void, Map<string, ClaimAgreement>> {
  const root: Met = { agreement: { corroborations: [], compatible: [], contradictions: [], onSideA: new Set() }, next: new Map() };
  const at = new Map<string, Met>();
  /** Each claim of `claimIds` (once) meets `key`: it moves to the node past it, made once from its node by `extend`. */
  const meet = (claimIds: Iterable<string>, key: object, extend: (agreement: ClaimAgreement) => ClaimAgreement) => {
    for (const id of claimIds) {
      const from = at.get(id) ?? root;
      let to = from.next.get(key);
      if (!to) from.next.set(key, (to = { agreement: extend(from.agreement), next: new Map() }));
      at.set(id, to);
    }
  };
  for (const c of lists.corroborations) {
    meet(new Set(c.corroborated.claimIds), c, (a) => ({ ...a, corroborations: [...a.corroborations, c] }));
    yield;
  }
  for (const c of lists.compatible) {
    // Which of the two values is the claim's changes what it is told: the two lists are two keys.
    const mine = new Set(c.claimIds);
    meet(mine, c.claimIds, (a) => ({ ...a, compatible: [...a.compatible, c] }));
    meet(new Set(c.otherClaimIds.filter((id) => !mine.has(id))), c.otherClaimIds, (a) => ({ ...a, compatible: [...a.compatible, c] }));
    yield;
  }
  for (const c of lists.contradictions) {
    if (c.status === 'dismissed') continue;
    yield;
    const onA = new Set(c.sideA.claimIds);
    meet(onA, c.sideA, (a) => ({ ...a, contradictions: [...a.contradictions, c], onSideA: new Set([...a.onSideA!, c]) }));
    meet(new Set(c.sideB.claimIds.filter((id) => !onA.has(id))), c.sideB, (a) => ({ ...a, contradictions: [...a.contradictions, c] }));
  }
  const index = new Map<string, ClaimAgreement>();
  for (const [id, met] of at) {
    index.set(id, met.agreement);
    if (index.size % 4096 === 0) yield;
  }
  return index;
}
