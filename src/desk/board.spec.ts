import { ContradictionView, CorroborationView } from '../contradictions/contradiction-views';
import { Report, ReportClaim } from '../reports/report';
import { buildBoard, facetText, timeText, whenText } from './board';

const claim = (id: string, facets: ReportClaim['facets']): ReportClaim => ({
  id, text: id, quote: null, conveyedBy: null, voicedBy: null, document: null, statedAt: null, facets, verdict: 'unreviewed', verdictAt: null,
  credibility: { suggested: 6, reasons: [], reviewed: null }, reviews: { count: 0, latest: [] },
});
const facet = (attribute: string, value: ReportClaim['facets'][number]['value'], subject: string | null = null) =>
  ({ attribute, subject, value, polarity: 'asserted' as const, exclusive: false, timeScope: null });
const contradiction = (id: string, over: Partial<ContradictionView>): ContradictionView => ({
  id, eventId: 'e', attribute: 'outcome', subject: null, kind: 'category_conflict', severity: 'high', status: 'open', note: null,
  claimAId: 'a1', claimBId: 'b1', sideA: { value: 'success', claimIds: ['a1'], sourceIds: ['a'], statedAt: null, timeScope: null }, sideB: { value: 'repelled', claimIds: ['b1'], sourceIds: ['b'], statedAt: null, timeScope: null },
  explanation: '', detectedBy: 'rules', triagedById: null, triagedAt: null, createdAt: '', updatedAt: '', ...over,
});

function report(contradictions: ContradictionView[], corroborations: CorroborationView[] = []): Report {
  return {
    claimants: [
      { sourceId: 'a', name: 'Armed group', claims: [claim('a1', [facet('outcome', 'success'), facet('targets', ['airport', 'school'])])] },
      { sourceId: 'b', name: 'Army', claims: [claim('b1', [facet('outcome', 'repelled'), facet('targets', ['school'])])] },
      { sourceId: 'c', name: 'Wire', claims: [claim('c1', [facet('targets', ['airport']), facet('destroyed', 'several', 'aircraft')])] },
    ],
    sources: [{ id: 'a', name: 'Armed group', stake: 'party_to_conflict', reliability: 'D' }],
    contradictions, corroborations,
  } as unknown as Report;
}

describe('the event board', () => {
  const outcome = contradiction('k1', {});
  const omission = contradiction('k2', {
    attribute: 'targets', kind: 'omission', severity: 'medium',
    sideA: { value: 'airport', claimIds: ['a1'], sourceIds: ['a', 'c'], statedAt: null, timeScope: null }, sideB: { value: null, claimIds: ['b1'], sourceIds: ['b'], statedAt: null, timeScope: null },
  });
  const airport: CorroborationView = {
    attribute: 'targets', subject: null, value: 'airport', claimIds: ['a1', 'c1'], sourceIds: ['a', 'c'], claimAId: 'a1', claimBId: 'c1',
    corroborated: { claimIds: ['a1', 'c1'], sourceIds: ['a', 'c'] }, corroboratingValue: null, corroborating: { claimIds: ['a1', 'c1'], sourceIds: ['a', 'c'] },
    admissionsAgainstInterest: [], vague: false,
  };

  it('puts each party in a column and each attribute in a row, contested rows first', () => {
    const board = buildBoard(report([outcome, omission], [airport]));
    expect(board.parties.map((p) => p.name)).toEqual(['Armed group', 'Army', 'Wire']);
    expect(board.parties[0]).toMatchObject({ stake: 'party_to_conflict', reliability: 'D' });
    expect(board.rows.map((r) => [r.attribute, r.subject, r.severity])).toEqual([
      ['outcome', null, 'high'], ['targets', null, 'medium'], ['destroyed', 'aircraft', null],
    ]);
  });

  it('marks both sides of a conflict, only the silent side of an omission, and corroboration', () => {
    const [outcomeRow, targetsRow, destroyedRow] = buildBoard(report([outcome, omission], [airport])).rows;
    expect(outcomeRow.cells.map((c) => [c.values.map((v) => v.text), c.severity])).toEqual([
      [['success'], 'high'], [['repelled'], 'high'], [[], null],
    ]);
    expect(targetsRow.cells.map((c) => [c.severity, c.silentOn, c.corroboratedBy])).toEqual([
      [null, [], ['c']], ['medium', ['airport'], []], [null, [], ['a']],
    ]);
    // An empty cell is only empty: silence is marked only where an omission was detected.
    expect(destroyedRow.cells.map((c) => [c.values.length, c.silentOn])).toEqual([[0, []], [0, []], [1, []]]);
  });

  it('leaves a dismissed contradiction unmarked', () => {
    const board = buildBoard(report([{ ...outcome, status: 'dismissed' }]));
    const outcomeRow = board.rows.find((r) => r.attribute === 'outcome')!;
    expect(outcomeRow.severity).toBeNull();
    expect(outcomeRow.cells.map((c) => c.severity)).toEqual([null, null, null]);
  });

  it('says values as a reader would', () => {
    expect(facetText({ value: 'under_control', polarity: 'asserted', exclusive: false })).toBe('under control');
    expect(facetText({ value: 'repelled', polarity: 'denied', exclusive: false })).toBe('not repelled');
    expect(facetText({ value: ['school'], polarity: 'asserted', exclusive: true })).toBe('only school');
    expect(facetText({ value: { min: 100, max: 300 }, polarity: 'asserted', exclusive: false })).toBe('100-300');
    expect(facetText({ value: true, polarity: 'asserted', exclusive: false })).toBe('yes');
  });

  it('groups parties by side, sides by name and those without a side last', () => {
    const base = report([]);
    base.sources = [
      { id: 'a', name: 'Armed group', stake: 'party_to_conflict', reliability: 'D', side: 'JNIM' },
      { id: 'b', name: 'Army', stake: 'party_to_conflict', reliability: 'C', side: 'Malian government' },
      { id: 'c', name: 'Wire', stake: 'independent', reliability: 'B', side: null },
    ] as Report['sources'];
    base.claimants = [base.claimants[2], base.claimants[1], base.claimants[0]];
    const board = buildBoard(base);
    expect(board.parties.map((p) => [p.name, p.side])).toEqual([['Armed group', 'JNIM'], ['Army', 'Malian government'], ['Wire', null]]);
    expect(board.sides).toEqual([{ side: 'JNIM', count: 1 }, { side: 'Malian government', count: 1 }, { side: null, count: 1 }]);
    expect(board.rows.find((r) => r.attribute === 'outcome')!.cells.map((c) => c.values.map((v) => v.text))).toEqual([['success'], ['repelled'], []]);
  });

  it('marks a vaguer value as corroborated by a more precise one, never the reverse', () => {
    const vague = { ...report([]) };
    const support: CorroborationView = {
      attribute: 'targets', subject: null, value: 'airport', claimIds: ['a1', 'c1'], sourceIds: ['a', 'c'], claimAId: 'a1', claimBId: 'c1',
      corroborated: { claimIds: ['a1'], sourceIds: ['a'] }, corroboratingValue: 'airport', corroborating: { claimIds: ['c1'], sourceIds: ['c'] },
      admissionsAgainstInterest: [], vague: false,
    };
    const targets = buildBoard({ ...vague, corroborations: [support] }).rows.find((r) => r.attribute === 'targets')!;
    expect(targets.cells.map((c) => c.corroboratedBy)).toEqual([['c'], [], []]);
  });

  it('says when a value was said and what time it is about', () => {
    expect(timeText('2024-09-17T10:00:00.000Z')).toBe('2024-09-17 10:00 UTC');
    expect(timeText('2024-09-17T00:00:00.000Z')).toBe('2024-09-17');
    expect(timeText('2024-09-17')).toBe('2024-09-17');
    expect(whenText({ statedAt: '2024-09-17T16:00:00.000Z', timeScope: { from: '2024-09-17T05:00:00.000Z', to: '2024-09-17T15:00:00.000Z' } }))
      .toBe('said 2024-09-17 16:00 UTC · about 2024-09-17 05:00 UTC to 15:00 UTC');
    expect(whenText({ statedAt: null, timeScope: { from: '2024-09-17T05:00:00.000Z', to: null } })).toBe('about the time from 2024-09-17 05:00 UTC');
    expect(whenText({ statedAt: null, timeScope: null })).toBe('');
  });
});
