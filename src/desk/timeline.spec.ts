import { ContradictionView } from '../contradictions/contradiction-views';
import { Report, ReportClaim } from '../reports/report';
import { buildTimeline } from './timeline';

const claim = (id: string, statedAt: string | null): ReportClaim => ({
  id, text: `claim ${id}`, quote: null, conveyedBy: null, voicedBy: null, document: null, statedAt,
  facets: [{ attribute: 'situation', subject: null, value: 'under_control', polarity: 'asserted', exclusive: false, timeScope: null }],
  verdict: 'unreviewed', verdictAt: null, credibility: { suggested: 6, reasons: [], reviewed: null }, reviews: { count: 0, latest: [] },
});
const side = (claimIds: string[], sourceIds: string[]) => ({ value: 'x', claimIds, sourceIds, statedAt: null, timeScope: null });
const contradiction = (id: string, a: string, b: string, over: Partial<ContradictionView> = {}): ContradictionView => ({
  id, eventId: 'e', attribute: 'situation', subject: null, kind: 'revision_in_time', severity: 'low', status: 'open', note: null,
  claimAId: a, claimBId: b, sideA: side([a], []), sideB: side([b], []), explanation: '', detectedBy: 'rules',
  triagedById: null, triagedAt: null, createdAt: '', updatedAt: '', ...over,
});

function report(contradictions: ContradictionView[]): Report {
  return {
    claimants: [
      { sourceId: 'army', name: 'Army chief', claims: [claim('a1', '2024-09-17T10:00:00.000Z'), claim('a2', null)] },
      { sourceId: 'afp', name: 'AFP', claims: [claim('f1', '2024-09-17T16:00:00.000Z')] },
      { sourceId: 'jnim', name: 'JNIM', claims: [claim('j1', '2024-09-17T08:00:00.000Z')] },
    ],
    sources: [
      { id: 'army', name: 'Army chief', side: 'Malian government' }, { id: 'afp', name: 'AFP', side: null }, { id: 'jnim', name: 'JNIM', side: 'JNIM' },
    ],
    contradictions,
  } as unknown as Report;
}

describe('the event timeline', () => {
  it('orders statements by when they were made, unknown times last, and lanes by side', () => {
    const timeline = buildTimeline(report([]));
    expect(timeline.entries.map((e) => [e.claimId, e.statedAt])).toEqual([
      ['j1', '2024-09-17T08:00:00.000Z'], ['a1', '2024-09-17T10:00:00.000Z'], ['f1', '2024-09-17T16:00:00.000Z'], ['a2', null],
    ]);
    expect(timeline.lanes.map((l) => l.name)).toEqual(['JNIM', 'Army chief', 'AFP']);
    expect(timeline.entries[1].facets).toEqual(['situation: under control']);
  });

  it('links both ends of a contradiction, and leaves dismissed ones out', () => {
    const timeline = buildTimeline(report([contradiction('k1', 'a1', 'f1'), contradiction('k2', 'j1', 'a1', { status: 'dismissed' })]));
    const byId = new Map(timeline.entries.map((e) => [e.claimId, e]));
    expect(byId.get('a1')!.links).toEqual([expect.objectContaining({ contradictionId: 'k1', otherClaimId: 'f1', otherPartyId: 'afp', kind: 'revision_in_time' })]);
    expect(byId.get('f1')!.links).toEqual([expect.objectContaining({ contradictionId: 'k1', otherClaimId: 'a1', otherPartyId: 'army' })]);
    expect(byId.get('j1')!.links).toEqual([]);
  });

  it('links once per contradiction and party, however many statements that party has on it', () => {
    const both = contradiction('k3', 'f1', 'a1', { kind: 'omission', sideA: side(['f1'], ['afp']), sideB: side(['a1', 'a2'], ['army']) });
    const timeline = buildTimeline(report([both]));
    expect(timeline.entries.find((e) => e.claimId === 'f1')!.links.map((l) => l.otherClaimId)).toEqual(['a1']);
    expect(timeline.entries.find((e) => e.claimId === 'a2')!.links.map((l) => l.otherClaimId)).toEqual(['f1']);
  });
});
