import { inFormTerms } from './claim-forms';

describe('claim form problems', () => {
  it('names the fields as the form does, in the order they stand', () => {
    expect(inFormTerms([
      { path: 'facets line 2', message: 'weather is not an attribute' },
      { path: 'statedAt', message: 'must be an ISO-8601 date or time' },
      { path: 'facets line 1 timeScope.from', message: 'must be an ISO-8601 date or time' },
      { path: 'sourceId', message: 'must be the id of a source' },
      { path: 'quote.exact', message: 'should not be empty' },
      { path: 'accept', message: 'tick one' },
    ])).toEqual([
      { path: 'Claimant', message: 'must be the id of a source' },
      { path: 'Quote', message: 'should not be empty' },
      { path: 'Stated at', message: 'must be an ISO-8601 date or time' },
      { path: 'Facets line 1 time from', message: 'must be an ISO-8601 date or time' },
      { path: 'Facets line 2', message: 'weather is not an attribute' },
      { path: 'accept', message: 'tick one' },
    ]);
  });
});
