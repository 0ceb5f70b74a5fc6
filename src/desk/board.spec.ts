import { ContradictionView, CorroborationView } from '../contradictions/contradiction-views';
import { Report, ReportClaim } from '../reports/report';
import { buildBoard, facetText } from './board';

const claim = (id: string, facets: ReportClaim['facets']): ReportClaim => ({
  id, text: id, quote: null, conveyedBy: null, document: null, statedAt: null, facets, verdict: 'unreviewed', verdictAt: null,
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
    expect(outcomeRow.cells.map((c) => [c.values.map((v) => v.text), c.severity, c.silent])).toEqual([
      [['success'], 'high', false], [['repelled'], 'high', false], [[], null, true],
    ]);
    expect(targetsRow.cells.map((c) => [c.severity, c.silentOn, c.corroboratedBy])).toEqual([
      [null, [], ['c']], ['medium', ['airport'], []], [null, [], ['a']],
    ]);
    expect(destroyedRow.cells.map((c) => c.silent)).toEqual([true, true, false]);
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
});
