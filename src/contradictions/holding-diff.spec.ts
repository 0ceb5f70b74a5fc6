import { holdingDifferences, holdingLine } from './holding-diff';

const holding = (over: Record<string, unknown> = {}) => ({
  eventId: 'e', attribute: 'fatalities', subjectKey: '', claimantId: 's1', valueKey: '20:20', polarity: 'asserted', exclusive: false,
  timeFrom: null, timeTo: null, statedFrom: null, statedTo: null, firstClaimId: 'c1', claims: 1, ...over,
});

describe('holding differences', () => {
  it('finds nothing when the stored holdings are the rebuilt ones, in any order', () => {
    const a = holdingLine(holding());
    const b = holdingLine(holding({ claimantId: 's2' }));
    expect(holdingDifferences([a, b], [b, a])).toEqual({ missing: [], extra: [] });
  });

  it('names a missing holding, one too many, and a duplicate', () => {
    const a = holdingLine(holding());
    const b = holdingLine(holding({ claimantId: 's2' }));
    const c = holdingLine(holding({ claims: 2 }));
    expect(holdingDifferences([a, a, c], [a, b])).toEqual({ missing: [b], extra: [a, c].sort() });
  });

  it('reads a boolean as SQLite stores it the same as PostgreSQL does, and counts as numbers', () => {
    expect(holdingLine(holding({ exclusive: 1, claims: '3' }))).toBe(holdingLine(holding({ exclusive: true, claims: 3 })));
    expect(holdingLine(holding({ exclusive: 0 }))).toBe(holdingLine(holding({ exclusive: false })));
  });
});
