import { changes, say } from './audit-diff';

describe('audit changes', () => {
  it('lists only the fields that changed, without bookkeeping', () => {
    expect(changes(
      { id: 's', name: 'Intel', kind: 'intelligence', stake: 'anonymous', aliases: ['a'], updatedAt: '1' },
      { id: 's', name: 'Intel', kind: 'government', stake: 'official', aliases: ['a'], updatedAt: '2' },
    )).toEqual([{ field: 'kind', before: 'intelligence', after: 'government' }, { field: 'stake', before: 'anonymous', after: 'official' }]);
  });

  it('shows every field of a creation or a deletion, and says values briefly', () => {
    expect(changes(null, { id: 'c', status: 'confirmed', note: null })).toEqual([{ field: 'status', before: '', after: 'confirmed' }]);
    expect(changes({ text: 'x', facets: [{ attribute: 'outcome', value: 'repelled' }] }, null)).toEqual([
      { field: 'text', before: 'x', after: '' }, { field: 'facets', before: '[{"attribute":"outcome","value":"repelled"}]', after: '' },
    ]);
    expect(say('y'.repeat(400))).toHaveLength(301);
    expect(say(['JNIM', 'GSIM'])).toBe('JNIM, GSIM');
    expect(say(false)).toBe('false');
  });
});
