import { contradictionChanges } from './merge-preview';

const row = (identity: string, status = 'open') => ({ identity, attribute: identity, subject: null, explanation: `${identity} differs`, status });

describe('what a merge changes in the contradictions', () => {
  it('tells found, gone and kept apart by identity, whichever event they are on', () => {
    // The twin on the merged-away event and the one on the kept event are one contradiction.
    const changes = contradictionChanges([row('fatalities', 'confirmed'), row('fatalities'), row('weapon')], [row('fatalities', 'confirmed'), row('outcome')]);
    expect(changes).toEqual({
      found: [{ attribute: 'outcome', subject: null, explanation: 'outcome differs', status: 'open' }],
      gone: [{ attribute: 'weapon', subject: null, explanation: 'weapon differs', status: 'open' }],
      kept: [{ attribute: 'fatalities', subject: null, explanation: 'fatalities differs', status: 'confirmed' }],
    });
  });

  it('changes nothing when nothing changes', () => {
    expect(contradictionChanges([], [])).toEqual({ found: [], gone: [], kept: [] });
  });
});
