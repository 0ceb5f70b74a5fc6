import { Severity, TriageState } from '../contradictions/contradiction.entity';
import { ContradictionView } from '../contradictions/contradiction-views';
import { Board, BoardCell, BoardParty } from './board';

export interface BoardFilter {
  /** Only these parties' columns (and the rows where one of them says something or is marked). */
  party?: string[];
  attribute?: string;
  /** Only rows with a contradiction of this severity and/or triage state. */
  severity?: Severity;
  status?: TriageState;
  /** `sides`: one column per side, its parties' cells merged; `parties`: one column per party. */
  view?: 'sides' | 'parties';
}

/** Past this many parties, the board opens with one column per side unless asked otherwise. */
export const COLLAPSE_OVER = 8;

const key = (attribute: string, subject: string | null) => JSON.stringify([attribute, subject]);

/** The board narrowed as the filter says; the rows keep their order. */
export function filterBoard(board: Board, contradictions: ContradictionView[], filter: BoardFilter): Board {
  let { parties, sides, rows } = board;
  if (filter.severity || filter.status) {
    const wanted = new Set(contradictions
      .filter((c) => (!filter.severity || c.severity === filter.severity) && (!filter.status || c.status === filter.status))
      .map((c) => key(c.attribute, c.subject)));
    rows = rows.filter((row) => wanted.has(key(row.attribute, row.subject)));
  }
  if (filter.attribute) rows = rows.filter((row) => row.attribute === filter.attribute);
  if (filter.party?.length) {
    const keep = new Set(filter.party);
    const columns = parties.map((p, i) => ({ p, i })).filter(({ p }) => keep.has(p.id));
    parties = columns.map(({ p }) => p);
    sides = sidesOf(parties);
    rows = rows
      .map((row) => ({ ...row, cells: columns.map(({ i }) => row.cells[i]) }))
      .filter((row) => row.cells.some((cell) => cell.values.length || cell.silentOn.length || cell.contradictionIds.length));
  }
  return { parties, sides, rows };
}

function sidesOf(parties: BoardParty[]): Board['sides'] {
  const sides: Board['sides'] = [];
  for (const party of parties) {
    const last = sides[sides.length - 1];
    if (last && last.side === party.side) last.count += 1;
    else sides.push({ side: party.side, count: 1 });
  }
  return sides;
}

/**
 * One column per side: the cells of a side's parties merged, each value still naming its party, the
 * highest severity kept. A party with no side keeps its own column. Corroboration between parties of
 * one side never counts, so it is not shown inside a side.
 */
export function collapseBySide(board: Board): Board {
  const groups: Array<{ party: BoardParty; members: number[] }> = [];
  board.parties.forEach((p, i) => {
    const group = p.side === null ? undefined : groups.find((g) => g.party.side === p.side);
    if (group) group.members.push(i);
    else groups.push({ party: p.side === null ? p : { id: `side:${p.side}`, name: p.side, stake: null, reliability: null, side: p.side }, members: [i] });
  });
  for (const g of groups) {
    if (g.members.length === 1) g.party = board.parties[g.members[0]];
  }
  const names = new Map(board.parties.map((p) => [p.id, p.name]));
  const rows = board.rows.map((row) => ({
    ...row,
    cells: groups.map(({ party, members }): BoardCell => {
      if (members.length === 1) return row.cells[members[0]];
      const cells = members.map((i) => row.cells[i]);
      const ids = new Set(members.map((i) => board.parties[i].id));
      return {
        partyId: party.id,
        values: cells.flatMap((c) => c.values.map((v) => ({ ...v, text: `${names.get(c.partyId)}: ${v.text}` }))),
        severity: cells.map((c) => c.severity).reduce((a, b) => (a === 'high' || b === 'high' ? 'high' : a === 'medium' || b === 'medium' ? 'medium' : a ?? b), null),
        contradictionIds: [...new Set(cells.flatMap((c) => c.contradictionIds))],
        corroboratedBy: [...new Set(cells.flatMap((c) => c.corroboratedBy))].filter((id) => !ids.has(id)),
        silentOn: [...new Set(cells.flatMap((c) => c.silentOn))],
      };
    }),
  }));
  const parties = groups.map((g) => g.party);
  return { parties, sides: sidesOf(parties), rows };
}
