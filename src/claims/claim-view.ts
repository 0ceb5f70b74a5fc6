import { AppError } from '../common/app-error';
import { FacetValue } from '../common/columns';
import { Claim } from './claim.entity';
import { Facet } from './facet.entity';
import { QuoteAnchor } from './quote-anchor';

export interface FacetView {
  attribute: string;
  subject: string | null;
  value: FacetValue;
  polarity: Facet['polarity'];
  exclusive: boolean;
  timeScope: { from: string | null; to: string | null } | null;
}

export interface ClaimView {
  id: string;
  sourceId: string;
  conveyedById: string | null;
  documentId: string | null;
  eventId: string | null;
  text: string;
  quote: QuoteAnchor | null;
  originalText: string | null;
  language: string | null;
  statedAt: string | null;
  voicedBy: string | null;
  facets: FacetView[];
  version: number;
  status: string;
  verdictById: string | null;
  verdictAt: string | null;
  reviewDisagreement: boolean;
  needsReReview: boolean;
  reReviewContradictionId: string | null;
  createdAt: string;
  updatedAt: string;
}

export function presentFacet(facet: Facet): FacetView {
  return {
    attribute: facet.attribute,
    subject: facet.subject,
    value: facet.value,
    polarity: facet.polarity,
    exclusive: facet.exclusive,
    timeScope: facet.timeFrom || facet.timeTo ? { from: facet.timeFrom, to: facet.timeTo } : null,
  };
}

export function presentClaim(claim: Claim, facets: Facet[]): ClaimView {
  return {
    id: claim.id,
    sourceId: claim.sourceId,
    conveyedById: claim.conveyedById,
    documentId: claim.documentId,
    eventId: claim.eventId,
    text: claim.text,
    quote: claim.quoteExact === null
      ? null
      : { exact: claim.quoteExact, prefix: claim.quotePrefix, suffix: claim.quoteSuffix, start: claim.quoteStart, end: claim.quoteEnd },
    originalText: claim.originalText,
    language: claim.language,
    statedAt: claim.statedAt,
    voicedBy: claim.voicedBy,
    facets: facets.map(presentFacet),
    version: claim.version,
    status: claim.status,
    verdictById: claim.verdictById,
    verdictAt: claim.verdictAt,
    reviewDisagreement: claim.reviewDisagreement,
    needsReReview: claim.needsReReview,
    reReviewContradictionId: claim.reReviewContradictionId,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
  };
}


/** `If-Match: "3"`, `W/"3"` or `3`: the claim version the client saw. */
export function parseVersion(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw AppError.invalid('if-match', 'must be the claim version, such as "3"');
  return Number(match[1]);
}
