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

/** schema.org ClaimReview (JSON-LD) for the latest verdict on a claim. */
export function claimReview(claim: ClaimView, review: Review, claimant: Source, document: Document | null, organization: Organization) {
  const rating = VERDICT_RATINGS[review.verdict];
  const appearance = document ? { '@type': 'CreativeWork', ...(document.url && { url: document.url }), headline: document.title, ...(document.publishedAt && { datePublished: document.publishedAt }) } : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `${organization.url.replace(/\/$/, '')}/claims/${claim.id}/claim-review`,
    datePublished: review.createdAt,
    claimReviewed: claim.quote?.exact ?? claim.text,
    author: { '@type': 'Organization', name: organization.name, url: organization.url },
    reviewRating: { '@type': 'Rating', ratingValue: rating.ratingValue, bestRating: 5, worstRating: 1, alternateName: rating.alternateName, ratingExplanation: review.rationale },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': PEOPLE.has(claimant.kind) ? 'Person' : 'Organization', name: claimant.name, ...(claimant.url && { url: claimant.url }) },
      datePublished: claim.statedAt ?? document?.publishedAt ?? claim.createdAt,
      ...(appearance && { appearance: [appearance], firstAppearance: appearance }),
    },
  };
}
