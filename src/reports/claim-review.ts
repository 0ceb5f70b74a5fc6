// Types only (erased from the build): schema-dts's schema.org vocabulary checks every property written here.
import type { ClaimReview, WithContext } from 'schema-dts';
import { ClaimView } from '../claims/claims.service';
import { Document } from '../documents/document.entity';
import { Review, Verdict } from '../reviews/review.entity';
import { Source } from '../sources/source.entity';

/**
 * Verdicts as schema.org ratings, on a scale from 1 (false) to 5 (true); `alternateName` is the
 * verdict in words, which is what readers and search engines show.
 */
export const VERDICT_RATINGS: Record<Verdict, { ratingValue: number; alternateName: string }> = {
  false: { ratingValue: 1, alternateName: 'False' },
  misleading: { ratingValue: 2, alternateName: 'Misleading' },
  disputed: { ratingValue: 3, alternateName: 'Disputed' },
  unverifiable: { ratingValue: 3, alternateName: 'Unverifiable' },
  contested_no_access: { ratingValue: 3, alternateName: 'Unverified: no independent access' },
  verified: { ratingValue: 5, alternateName: 'Verified' },
};

const PEOPLE = new Set<Source['kind']>(['witness', 'social_account']);

export interface Organization {
  name: string;
  url: string;
}

/** Where the public page of a claim's fact-check lives: `GET /fact-checks/:claimId` on the desk's host. */
export function factCheckUrl(publicBaseUrl: string, claimId: string): string {
  return `${publicBaseUrl.replace(/\/$/, '')}/fact-checks/${claimId}`;
}

/**
 * schema.org ClaimReview (JSON-LD) for a verdict on a claim. `url` is the public page of the fact-check
 * (Google wants the page that publishes it). The claim's date is when it was said, or the document's
 * date, and is left out when neither is known: the time the desk typed it would be a false date.
 */
export function claimReview(claim: ClaimView, review: Review, claimant: Source, document: Document | null, organization: Organization, pageUrl: string): WithContext<ClaimReview> {
  const rating = VERDICT_RATINGS[review.verdict];
  const appearance = document ? { '@type': 'CreativeWork' as const, ...(document.url && { url: document.url }), headline: document.title, ...(document.publishedAt && { datePublished: document.publishedAt }) } : null;
  const sameAs = [...new Set([claimant.url, ...(claimant.sameAs ?? [])].filter((url): url is string => !!url))];
  const said = claim.statedAt ?? document?.publishedAt ?? null;
  return {
    '@context': 'https://schema.org' as const,
    '@type': 'ClaimReview' as const,
    url: pageUrl,
    datePublished: review.createdAt,
    claimReviewed: claim.quote?.exact ?? claim.text,
    author: { '@type': 'Organization' as const, name: organization.name, url: organization.url },
    reviewRating: { '@type': 'Rating' as const, ratingValue: rating.ratingValue, bestRating: 5, worstRating: 1, alternateName: rating.alternateName, ratingExplanation: review.rationale },
    itemReviewed: {
      '@type': 'Claim' as const,
      author: { '@type': PEOPLE.has(claimant.kind) ? ('Person' as const) : ('Organization' as const), name: claimant.name, ...(claimant.url && { url: claimant.url }), ...(sameAs.length && { sameAs }) },
      ...(said && { datePublished: said }),
      ...(appearance && { appearance: [appearance], firstAppearance: appearance }),
    },
  };
}

export type ClaimReviewJsonLd = WithContext<ClaimReview>;
