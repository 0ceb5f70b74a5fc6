import { DeskUser } from '../../auth/access.decorator';
import { EventView } from '../../events/events.service';
import { countedReads } from '../../../test/work-counters';
import { CandidateDraft, candidatesPage } from './extract.view';

const USER: DeskUser = { userId: 'u1', name: 'Editor', role: 'editor', keyId: 'k1', formToken: 't' };
const EVENT: EventView = {
  id: 'e1', title: 'Airport attack', type: 'battles', startsAt: null, endsAt: null, timePrecision: 'day', location: null,
  description: null, mergedInto: null, createdAt: '2024-09-17T00:00:00Z', updatedAt: '2024-09-17T00:00:00Z',
};
const ASSETS = { stylesheet: '/desk.css', icon: '/icon.svg' };

function candidate(sourceId: string, role: string): CandidateDraft {
  return {
    claimId: null, accepted: false, speaker: 'the group', confidence: '0.90', quote: 'We hold the road.', quoteStart: '0', quoteEnd: '17',
    sourceId, extractedSourceId: sourceId, suggestedName: '', alternatives: '', suggestedKind: '', suggestedRole: '', role, suggestedStake: 'unknown',
    suggestedSide: '', statedAt: '', text: 'The group says it holds the road.', facets: '',
  };
}

/** The sources, and how many times they were read (each read of an element or of its fields counts one). */
function countedSources(n: number) {
  return countedReads(Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `Source ${i}`, kind: 'media' as const })));
}

describe('candidatesPage', () => {
  it("names the extracted claimant in each candidate's voice hint", () => {
    const { list: sources } = countedSources(3);
    const page = candidatesPage(ASSETS, USER, EVENT, 'd1', sources, [], [candidate('s2', 'group spokesman Ali Musa'), candidate('s0', '')], null);
    expect(page).toContain('voiced by group spokesman Ali Musa (kept with the claim while the claimant is Source 2;');
    expect(page.match(/voiced by/g)).toHaveLength(1);
  });

  it('says "the source found" when the extracted claimant is not among the choices', () => {
    const { list: sources } = countedSources(3);
    expect(candidatesPage(ASSETS, USER, EVENT, 'd1', sources, [], [candidate('gone', 'a spokesman')], null)).toContain('while the claimant is the source found;');
  });

  it('offers the known sources a new speaker may well be first, and says so', () => {
    const { list: sources } = countedSources(3);
    const unsure = { ...candidate('new', ''), extractedSourceId: '', suggestedName: 'Jacob Oboth', suggestedKind: 'government', alternatives: 's2 s0' };
    const page = candidatesPage(ASSETS, USER, EVENT, 'd1', sources, [], [unsure, candidate('s1', '')], null);
    expect(page).toContain('<optgroup label="may well be"><option value="s2">Source 2</option><option value="s0">Source 0</option></optgroup>');
    expect(page).toContain("the words may well be Source 2 or Source 0's voice");
    // Only once, for the new speaker: a known claimant has nothing to offer.
    expect(page.match(/may well be/g)).toHaveLength(2);
  });

  // Every candidate lists the sources in its select; the voice hints together must cost at most one more pass
  // over them (an element, its id and its name: three reads a source), however many candidates carry a voice,
  // where a search per candidate costs a pass for each.
  it('reads the sources once for all the voice hints, not once per candidate', () => {
    const count = 400;
    const readsWith = (role: string) => {
      const { list: sources, reads } = countedSources(count);
      const last = `s${count - 1}`;
      candidatesPage(ASSETS, USER, EVENT, 'd1', sources, [], Array.from({ length: 10 }, () => candidate(last, role)), null);
      return reads.count;
    };
    expect(readsWith('group spokesman Ali Musa') - readsWith('')).toBeLessThanOrEqual(3 * count);
  });
});
