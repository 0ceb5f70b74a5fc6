import { ErrorDetail } from '../common/app-error';
import { isoTime } from '../common/columns';
import { Claim } from './claim.entity';
import { QuoteAnchor } from './quote-anchor';

/** A claim's own fields, once its references are resolved and its quote anchored in its document. */
export type ClaimFields = Pick<Claim, 'sourceId' | 'conveyedById' | 'documentId' | 'eventId' | 'text' | 'quoteExact' | 'quotePrefix'
  | 'quoteSuffix' | 'quoteStart' | 'quoteEnd' | 'originalText' | 'language' | 'statedAt' | 'voicedBy'>;

/** What a client sends for a new claim, validated, with its references as ids here. */
export interface ClaimInput {
  sourceId: string;
  conveyedById: string | null;
  documentId: string | null;
  eventId: string | null;
  text: string;
  originalText?: string | null;
  language?: string | null;
  statedAt?: string | null;
  voicedBy?: string | null;
}

/** The quote's columns: where it stands in the document, or nothing. */
export function quoteColumns(quote: QuoteAnchor | null): Pick<Claim, 'quoteExact' | 'quotePrefix' | 'quoteSuffix' | 'quoteStart' | 'quoteEnd'> {
  return { quoteExact: quote?.exact ?? null, quotePrefix: quote?.prefix ?? null, quoteSuffix: quote?.suffix ?? null, quoteStart: quote?.start ?? null, quoteEnd: quote?.end ?? null };
}

/** A new claim's fields: the text trimmed, the time in UTC, absent as null. */
export function claimFields(input: ClaimInput, quote: QuoteAnchor | null): ClaimFields {
  const { sourceId, conveyedById, documentId, eventId } = input;
  return {
    sourceId, conveyedById, documentId, eventId, text: input.text.trim(), ...quoteColumns(quote),
    originalText: input.originalText ?? null, language: input.language ?? null, statedAt: isoTime(input.statedAt),
    voicedBy: voicedBy(input.voicedBy),
  };
}

/**
 * A new claim as stored: its fields, at version 1, unreviewed, with no verdict, flag or credibility
 * override yet. The API and bulk imports both write claims through it, and their facets through `facetRows`.
 */
export function claimRow(fields: ClaimFields, id: string, now: string): Claim {
  return {
    id, ...fields, version: 1, status: 'unreviewed', verdictById: null, verdictAt: null, reviewDisagreement: false,
    needsReReview: false, reReviewContradictionId: null, credibilityOverride: null, credibilityReason: null, createdAt: now, updatedAt: now,
  };
}

/** A claim passed on by its own claimant is no second-hand claim. */
export function conveyedByItself(input: Pick<ClaimInput, 'sourceId' | 'conveyedById'>, path = ''): ErrorDetail | null {
  return input.conveyedById !== null && input.conveyedById === input.sourceId
    ? { path: `${path}conveyedById`, message: 'is the claimant itself; leave it out for a first-hand claim' }
    : null;
}

/** Who the claimant spoke through, trimmed; blank or absent is null. */
export function voicedBy(value: string | null | undefined): string | null {
  return value?.trim() || null;
}
