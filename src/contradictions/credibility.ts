import { Reliability } from '../sources/source.entity';
import type { CompatibleView, ContradictionView, CorroborationView } from './contradiction-views';
import { Independence } from './independence';
import { timeText } from './time';

/**
 * A suggested Admiralty information-credibility grade (NATO AJP-2.1: 1 confirmed, 2 probably true,
 * 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged), with reasons that name every source
 * and value they rest on.
 */
export type Grade = 1 | 2 | 3 | 4 | 5 | 6;

export interface CredibilityInput {
  claimId: string;
  claimantId: string;
  /** The claimant's reliability (A-F). */
  reliability: Reliability;
  /** Whether the claim has facets: without them there is nothing to compare. */
  hasFacets: boolean;
  /** The event's corroborations; those whose corroborated claims include this one count. */
  corroborations: Array<Pick<CorroborationView, 'attribute' | 'subject' | 'value' | 'corroboratingValue' | 'corroborated' | 'corroborating' | 'vague'>>;
  /** The event's compatible values; those with this claim are given as reasons. */
  compatible: Array<Pick<CompatibleView, 'attribute' | 'subject' | 'value' | 'otherValue' | 'claimIds' | 'otherClaimIds' | 'otherSourceIds' | 'sourceIds' | 'why'>>;
  /** The event's contradictions; those not dismissed with this claim on a side count. */
  contradictions: Array<Pick<ContradictionView, 'kind' | 'severity' | 'status' | 'attribute' | 'subject' | 'explanation' | 'sideA' | 'sideB'>>;
  /** Who is independent of whom on the event, and their names. */
  independence: Pick<Independence, 'dependence' | 'name' | 'adversaries'>;
}

export interface Credibility {
  suggested: Grade;
  reasons: string[];
}

/** "A", "A and B", "A, B and C": every name, none left out. */
export function listed(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const label = (c: { attribute: string; subject: string | null }) => (c.subject ? `${c.attribute} (${c.subject})` : c.attribute);
/** A value as read: `under_control` is "under control". */
const words = (value: string | null) => (value ?? '').replace(/_/g, ' ');

const WHY: Record<Exclude<CompatibleView['why'], 'not_independent'>, string> = {
  vague: 'vague words never corroborate a figure',
  less_precise: 'the less precise or much wider value does not corroborate the other',
  broader: 'a broader term does not confirm a narrower one',
};

/**
 * 1 confirmed: a source independent of the claimant corroborates a facet, neither value in vague words,
 * and nothing contradicts it. 2: corroborated in vague words only and not contradicted; or neither
 * corroborated nor contradicted, claimant graded A or B. 3: corroborated and contradicted; or neither,
 * claimant graded C. 4: contradicted. 5: contradicted by a side at least two independent sources hold.
 * 6: neither, claimant graded D to F; or no facets. Silence (omission) and a revision in time are
 * reasons, not counter-claims; agreement from a source that is not independent never counts.
 */
export function suggestCredibility(input: CredibilityInput): Credibility {
  const { claimId, claimantId, independence } = input;
  if (!input.hasFacets) return { suggested: 6, reasons: ['no facets to compare with other claims'] };
  const name = (id: string) => independence.name(id);
  const reasons: string[] = [];
  let confirmed = false;
  let vaguely = false;

  for (const c of input.corroborations.filter((c) => c.corroborated.claimIds.includes(claimId))) {
    const others = c.corroborating.sourceIds.filter((s) => s !== claimantId);
    const supporters = others.filter((s) => independence.dependence(claimantId, s) === null);
    const valueOf = words(c.corroboratingValue ?? c.value);
    if (supporters.length) {
      if (c.vague) vaguely = true;
      else confirmed = true;
      const admitting = supporters.filter((s) => independence.adversaries(claimantId, s));
      reasons.push(`${label(c)} ${words(c.value)} is corroborated by ${listed(supporters.map((s) => `${name(s)} (${valueOf})`))}`
        + (admitting.length ? `, an admission against interest: ${listed(admitting.map(name))} ${admitting.length === 1 ? 'is a party' : 'are parties'} to the conflict on the other side, the strongest corroboration` : '')
        + (c.vague ? '; in vague words only, so it does not confirm it' : ''));
    }
    for (const s of others.filter((s) => !supporters.includes(s))) {
      reasons.push(`${label(c)} ${words(c.value)} is also asserted by ${name(s)} (${valueOf}), not independent: ${independence.dependence(claimantId, s)}`);
    }
  }
  for (const c of input.compatible.filter((c) => c.claimIds.includes(claimId) || c.otherClaimIds.includes(claimId))) {
    const mine = c.claimIds.includes(claimId);
    const [own, other, otherSources] = mine ? [c.value, c.otherValue, c.otherSourceIds] : [c.otherValue, c.value, c.sourceIds];
    for (const s of otherSources.filter((s) => s !== claimantId)) {
      reasons.push(c.why === 'not_independent'
        ? `${label(c)} ${words(own)} is also asserted by ${name(s)} (${words(other)}), not independent: ${independence.dependence(claimantId, s)}`
        : `${label(c)} ${words(own)} is compatible with ${name(s)} (${words(other)}), not corroborated by it: ${WHY[c.why]}`);
    }
  }

  const touching = input.contradictions.filter((c) => c.status !== 'dismissed' && (c.sideA.claimIds.includes(claimId) || c.sideB.claimIds.includes(claimId)));
  let opposed = false;
  let opposedByIndependent = false;
  for (const c of touching) {
    const [own, other] = c.sideA.claimIds.includes(claimId) ? [c.sideA, c.sideB] : [c.sideB, c.sideA];
    const others = other.sourceIds.filter((s) => s !== claimantId);
    if (c.kind === 'omission') {
      const [asserting, silent] = [c.sideA, c.sideB];
      reasons.push(`not contradicted but met with silence: ${listed(silent.sourceIds.map(name))} ${silent.sourceIds.length === 1 ? 'says' : 'say'} nothing of ${words(asserting.value)} (${label(c)}), which ${listed(asserting.sourceIds.map(name))} ${asserting.sourceIds.length === 1 ? 'asserts' : 'assert'}`);
      continue;
    }
    if (c.kind === 'revision_in_time') {
      const when = (side: typeof own) => (side.statedAt ? `said ${timeText(side.statedAt)}` : 'no statement time');
      reasons.push(`revised in time, not contradicted: ${listed(others.map(name))} ${others.length === 1 ? 'gives' : 'give'} ${label(c)} ${words(other.value)} (${when(other)}) against ${words(own.value)} (${when(own)}); the situation may have changed between the statements`);
      continue;
    }
    opposed = true;
    if (others.some((a) => others.some((b) => a < b && independence.dependence(a, b) === null))) opposedByIndependent = true;
    reasons.push(`contradicted (${c.kind}, ${c.severity}) by ${listed(others.map((s) => `${name(s)} (${words(other.value)})`))}: ${c.explanation}`);
  }

  if (confirmed || vaguely) return { suggested: opposed ? 3 : confirmed ? 1 : 2, reasons };
  if (opposed) return { suggested: opposedByIndependent ? 5 : 4, reasons };
  reasons.push(`neither confirmed nor contradicted by an independent source; the claimant's reliability is ${input.reliability}`);
  return { suggested: input.reliability === 'A' || input.reliability === 'B' ? 2 : input.reliability === 'C' ? 3 : 6, reasons };
}
