import { ClaimView } from '../claims/claims.service';
import { claimChanges, claimDraft, draftOfClaim, inFormTerms } from './claim-forms';

describe('claim form problems', () => {
  it('names the fields as the form does, in the order they stand', () => {
    expect(inFormTerms([
      { path: 'facets line 2', message: 'weather is not an attribute' },
      { path: 'statedAt', message: 'must be an ISO-8601 date or time' },
      { path: 'facets line 1 timeScope.from', message: 'must be an ISO-8601 date or time' },
      { path: 'sourceId', message: 'must be the id of a source' },
      { path: 'voicedBy', message: 'must be shorter than or equal to 200 characters' },
      { path: 'quote.exact', message: 'should not be empty' },
      { path: 'accept', message: 'tick one' },
    ])).toEqual([
      { path: 'Claimant', message: 'must be the id of a source' },
      { path: 'Quote', message: 'should not be empty' },
      { path: 'Stated at', message: 'must be an ISO-8601 date or time' },
      { path: 'Voiced by', message: 'must be shorter than or equal to 200 characters' },
      { path: 'Facets line 1 time from', message: 'must be an ISO-8601 date or time' },
      { path: 'Facets line 2', message: 'weather is not an attribute' },
      { path: 'accept', message: 'tick one' },
    ]);
  });

  it('carries voicedBy from a stored claim into the form and back; emptied, it is cleared', () => {
    const claim = { sourceId: 's', conveyedById: null, text: 't', quote: null, statedAt: null, voicedBy: 'Army spokesman Idris Bako', facets: [] } as unknown as ClaimView;
    expect(draftOfClaim(claim).voicedBy).toBe('Army spokesman Idris Bako');
    expect(claimDraft({ voicedBy: '  Minister Amina Sule ' }).voicedBy).toBe('  Minister Amina Sule ');
    expect(claimChanges({ ...draftOfClaim(claim), voicedBy: ' Minister Amina Sule ' }, claim).voicedBy).toBe('Minister Amina Sule');
    expect(claimChanges({ ...draftOfClaim(claim), voicedBy: '  ' }, claim).voicedBy).toBeNull();
  });
});
