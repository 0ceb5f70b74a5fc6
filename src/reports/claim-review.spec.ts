import type { ClaimReview, WithContext } from 'schema-dts';
import { ClaimView } from '../claims/claims.service';
import { Document } from '../documents/document.entity';
import { Review } from '../reviews/review.entity';
import { Source } from '../sources/source.entity';
import { claimReview, factCheckUrl } from './claim-review';

const claim = (statedAt: string | null) => ({ id: 'c1', text: 'The terrorists have been neutralized', quote: null, statedAt, createdAt: '2024-10-01T00:00:00.000Z' }) as unknown as ClaimView;
const review = { verdict: 'disputed', rationale: 'AFP heard fighting', createdAt: '2024-09-18T10:00:00.000Z' } as Review;
const source = (url: string | null, sameAs: string[]) => ({ name: 'FAMa', kind: 'military', url, sameAs }) as unknown as Source;
const document = (publishedAt: string | null) => ({ title: 'ORTM news', url: 'https://ortm.ml/n', publishedAt }) as Document;
const organization = { name: 'Crosscheck', url: 'https://crosscheck.example.org' };
/** The record as plain JSON, to read back what was written. */
const json = (value: unknown) => value as Record<string, any>;
const PAGE = factCheckUrl('https://checks.example.org/', 'c1');

describe('claimReview', () => {
  it('points its url at the public page', () => {
    expect(PAGE).toBe('https://checks.example.org/fact-checks/c1');
    expect(json(claimReview(claim(null), review, source(null, []), null, organization, PAGE)).url).toBe(PAGE);
  });

  it.each([
    ['the statement time', claim('2024-09-17T09:00:00.000Z'), document('2024-09-17T20:00:00.000Z'), '2024-09-17T09:00:00.000Z'],
    ['the document date when the claim says no time', claim(null), document('2024-09-17T20:00:00.000Z'), '2024-09-17T20:00:00.000Z'],
    ['nothing when neither is known, never the time the desk typed it', claim(null), document(null), undefined],
    ['nothing without a document or a time', claim(null), null, undefined],
  ])('dates the claim by %s', (_, c, d, expected) => {
    const item = json(claimReview(c, review, source(null, []), d, organization, PAGE)).itemReviewed;
    expect(item.datePublished).toBe(expected);
    expect('datePublished' in item).toBe(expected !== undefined);
  });

  it('gives the claimant sameAs from its url and its sameAs list, once each; none when neither is known', () => {
    const author = json(claimReview(claim(null), review, source('https://fama.ml', ['https://www.wikidata.org/wiki/Q1', 'https://fama.ml']), null, organization, PAGE)).itemReviewed.author;
    expect(author).toMatchObject({ url: 'https://fama.ml', sameAs: ['https://fama.ml', 'https://www.wikidata.org/wiki/Q1'] });
    expect('sameAs' in json(claimReview(claim(null), review, source(null, []), null, organization, PAGE)).itemReviewed.author).toBe(false);
  });
});

describe('claimReview and schema.org', () => {
  it('is a ClaimReview by schema-dts\'s types of the schema.org vocabulary (its return type, checked by the type check), with Google\'s required properties', () => {
    // claimReview() is declared to return schema-dts's type: a property or type schema.org does not have fails `npm run typecheck`.
    const typed: WithContext<ClaimReview> = claimReview(claim('2024-09-17T09:00:00.000Z'), review, source('https://fama.ml', []), document(null), organization, PAGE);
    const record = json(typed);
    // Google's ClaimReview: claimReviewed, reviewRating (alternateName, or ratingValue on a scale) and url are required.
    expect(record.claimReviewed).toEqual(expect.any(String));
    expect(record.url).toBe(PAGE);
    expect(record.reviewRating).toMatchObject({ '@type': 'Rating', alternateName: 'Disputed', ratingValue: 3, bestRating: 5, worstRating: 1 });
    expect(record.itemReviewed).toMatchObject({ '@type': 'Claim', author: { '@type': 'Organization', name: 'FAMa' }, datePublished: '2024-09-17T09:00:00.000Z' });
  });
});
