import { Reliability } from '../sources/source.entity';
import type { ContradictionView, CorroborationView } from './contradiction-views';

/**
 * A suggested Admiralty information-credibility grade (NATO AJP-2.1: 1 confirmed, 2 probably true,
 * 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged), with the reasons a reader can check.
 */
export type Grade = 1 | 2 | 3 | 4 | 5 | 6;

export interface CredibilityInput {
  claimId: string;
  claimantId: string;
  /** The claimant's reliability (A-F). */
  reliability: Reliability;
  /** Whether the claim has facets: without them there is nothing to compare. */
  hasFacets: boolean;
  /** The event's corroborations; those with this claim count. */
  corroborations: Array<Pick<CorroborationView, 'attribute' | 'value' | 'claimIds' | 'sourceIds'>>;
  /** The event's contradictions; those not dismissed with this claim on a side count. */
  contradictions: Array<Pick<ContradictionView, 'kind' | 'severity' | 'status' | 'explanation' | 'sideA' | 'sideB'>>;
  /** Display names of sources, for the reasons. */
  names: Map<string, string>;
}

export interface Credibility {
  suggested: Grade;
  reasons: string[];
}

/**
 * 1 when a facet is corroborated and none contradicted; 3 corroborated and contradicted; 4 contradicted
 * only; 5 contradicted by a side several sources hold; neither: 2 for a claimant graded A or B, 3 for C,
 * 6 otherwise; 6 without facets.
 */
export function suggestCredibility(input: CredibilityInput): Credibility {
  const { claimId } = input;
  if (!input.hasFacets) return { suggested: 6, reasons: ['no facets to compare with other claims'] };
  const agreeing = input.corroborations.filter((c) => c.claimIds.includes(claimId));
  const touching = input.contradictions.filter((c) => c.status !== 'dismissed' && (c.sideA.claimIds.includes(claimId) || c.sideB.claimIds.includes(claimId)));
  // Silence is not a counter-claim: an omission is worth a reason, not a lower grade.
  const opposing = touching.filter((c) => c.kind !== 'omission');
  const reasons = agreeing.map((c) => `${c.attribute} ${c.value} is also asserted by ${c.sourceIds.filter((s) => s !== input.claimantId).map((s) => input.names.get(s)).join(', ')}`);
  for (const c of touching.filter((c) => c.kind === 'omission')) reasons.push(`not contradicted but met with silence: ${c.explanation}`);
  let opposedByCorroborated = false;
  for (const c of opposing) {
    const other = c.sideA.claimIds.includes(claimId) ? c.sideB : c.sideA;
    if (other.sourceIds.length >= 2) opposedByCorroborated = true;
    reasons.push(`contradicted (${c.kind}, ${c.severity}): ${c.explanation}`);
  }
  if (agreeing.length) return { suggested: opposing.length ? 3 : 1, reasons };
  if (opposing.length) return { suggested: opposedByCorroborated ? 5 : 4, reasons };
  reasons.push(`neither confirmed nor contradicted by another source; the claimant's reliability is ${input.reliability}`);
  return { suggested: input.reliability === 'A' || input.reliability === 'B' ? 2 : input.reliability === 'C' ? 3 : 6, reasons };
}
