import { ContradictionView } from '../contradictions/contradiction-views';
import { Board, BoardCell } from './board';
import { collapseBySide, filterBoard } from './board-filter';

const cell = (partyId: string, text: string | null, over: Partial<BoardCell> = {}): BoardCell => ({
  partyId, values: text ? [{ claimId: `${partyId}-${text}`, text, verdict: 'unreviewed', conveyedBy: null, statedAt: null, timeScope: null }] : [],
  severity: null, contradictionIds: [], corroboratedBy: [], silentOn: [], ...over,
});
const board: Board = {
  parties: [
    { id: 'jnim', name: 'JNIM', stake: 'party_to_conflict', reliability: 'D', side: 'JNIM' },
    { id: 'army', name: 'Army', stake: 'party_to_conflict', reliability: 'D', side: 'Government' },
    { id: 'tv', name: 'State TV', stake: 'official', reliability: 'C', side: 'Government' },
    { id: 'afp', name: 'AFP', stake: 'independent', reliability: 'B', side: null },
  ],
  sides: [{ side: 'Government', count: 2 }, { side: 'JNIM', count: 1 }, { side: null, count: 1 }],
  rows: [
    { attribute: 'outcome', subject: null, severity: 'high', cells: [cell('jnim', 'success', { severity: 'high', contradictionIds: ['k1'] }), cell('army', 'repelled', { severity: 'high', contradictionIds: ['k1'] }), cell('tv', 'repelled', { corroboratedBy: ['army'] }), cell('afp', null)] },
    { attribute: 'captured', subject: null, severity: null, cells: [cell('jnim', null), cell('army', null), cell('tv', 'about 20'), cell('afp', null)] },
    { attribute: 'targets', subject: null, severity: 'low', cells: [cell('jnim', 'airport'), cell('army', null, { severity: 'low', contradictionIds: ['k2'], silentOn: ['airport'] }), cell('tv', null), cell('afp', 'airport')] },
  ],
};
const k = (id: string, attribute: string, severity: 'high' | 'low', status: 'open' | 'confirmed') => ({ id, attribute, subject: null, severity, status }) as ContradictionView;
const contradictions = [k('k1', 'outcome', 'high', 'confirmed'), k('k2', 'targets', 'low', 'open')];

describe('board filters', () => {
  it('keeps the chosen parties, and only the rows where one of them says or is marked something', () => {
    const narrowed = filterBoard(board, contradictions, { party: ['army', 'tv'] });
    expect(narrowed.parties.map((p) => p.name)).toEqual(['Army', 'State TV']);
    expect(narrowed.sides).toEqual([{ side: 'Government', count: 2 }]);
    expect(narrowed.rows.map((r) => [r.attribute, r.cells.map((c) => c.partyId)])).toEqual([
      ['outcome', ['army', 'tv']], ['captured', ['army', 'tv']], ['targets', ['army', 'tv']],
    ]);
    expect(filterBoard(board, contradictions, { party: ['afp'] }).rows.map((r) => r.attribute)).toEqual(['targets']);
  });

  it('keeps the rows with a contradiction of the severity and state asked, and an attribute', () => {
    expect(filterBoard(board, contradictions, { status: 'confirmed' }).rows.map((r) => r.attribute)).toEqual(['outcome']);
    expect(filterBoard(board, contradictions, { severity: 'low' }).rows.map((r) => r.attribute)).toEqual(['targets']);
    expect(filterBoard(board, contradictions, { severity: 'low', status: 'confirmed' }).rows).toEqual([]);
    expect(filterBoard(board, contradictions, { attribute: 'captured' }).rows.map((r) => r.attribute)).toEqual(['captured']);
    expect(filterBoard(board, contradictions, {})).toEqual(board);
  });

  it('collapses the parties of a side into one column, each value naming its party', () => {
    const sides = collapseBySide(board);
    expect(sides.parties.map((p) => p.name)).toEqual(['JNIM', 'Government', 'AFP']);
    const outcome = sides.rows[0].cells;
    expect(outcome[1].values.map((v) => v.text)).toEqual(['Army: repelled', 'State TV: repelled']);
    expect(outcome[1].severity).toBe('high');
    expect(outcome[1].corroboratedBy).toEqual([]);
    expect(outcome[0]).toBe(board.rows[0].cells[0]);
    expect(sides.rows[2].cells[1]).toMatchObject({ silentOn: ['airport'], severity: 'low', contradictionIds: ['k2'] });
  });
});
