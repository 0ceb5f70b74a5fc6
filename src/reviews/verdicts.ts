import { Review, Verdict } from './review.entity';

/** Verdicts that say the claim holds, and those that say it does not; the rest say it cannot be told. */
const HOLDS: readonly Verdict[] = ['verified'];
const FAILS: readonly Verdict[] = ['disputed', 'false', 'misleading'];

export function verdictKind(verdict: Verdict): 'holds' | 'fails' | 'open' {
  return HOLDS.includes(verdict) ? 'holds' : FAILS.includes(verdict) ? 'fails' : 'open';
}

/**
 * Two reviewers disagree when the latest review and the latest review by anyone else differ in kind
 * (verified against disputed, false or misleading). A later review that agrees with one of them settles it.
 */
export function disagree(newestFirst: ReadonlyArray<Pick<Review, 'reviewerId' | 'verdict'>>): boolean {
  const [latest, ...earlier] = newestFirst;
  const other = earlier.find((review) => review.reviewerId !== latest?.reviewerId);
  if (!latest || !other) return false;
  const [a, b] = [verdictKind(latest.verdict), verdictKind(other.verdict)];
  return a !== b && a !== 'open' && b !== 'open';
}

/** Why a claim waits for a reviewer, most pressing first: the queue's order. */
export const QUEUE_REASONS = ['needs_re_review', 'reviewer_disagreement', 'open_high_contradiction', 'unreviewed'] as const;
export type QueueReason = (typeof QUEUE_REASONS)[number];

/** What of a claim decides whether it waits for a reviewer. */
export interface ReviewState {
  status: string;
  needsReReview: boolean;
  reviewDisagreement: boolean;
}

/**
 * "Waiting for review", the one definition: why the claim waits (the first reason that holds, in queue
 * order), or null when it waits for nobody. The review queue lists exactly these claims, and the desk
 * counts exactly these.
 */
export function queueReason(claim: ReviewState, onOpenHighContradiction: boolean): QueueReason | null {
  if (claim.needsReReview) return 'needs_re_review';
  if (claim.reviewDisagreement) return 'reviewer_disagreement';
  if (onOpenHighContradiction) return 'open_high_contradiction';
  if (claim.status === 'unreviewed') return 'unreviewed';
  return null;
}

/**
 * `queueReason(claim, false) !== null` for the claim columns of `alias`, in SQL (with `:yes` bound to
 * true): the same rule where the database must count or filter. Its spec checks the two agree.
 */
export const waitsOnItsOwn = (alias: string) => `(${alias}.needsReReview = :yes OR ${alias}.reviewDisagreement = :yes OR ${alias}.status = 'unreviewed')`;

/** Queue order: by reason, most pressing first, then oldest first (ids grow with time). */
export function inQueueOrder<T extends { id: string; reason: QueueReason }>(entries: readonly T[]): T[] {
  const rank = (reason: QueueReason) => QUEUE_REASONS.indexOf(reason);
  return [...entries].sort((a, b) => rank(a.reason) - rank(b.reason) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
