import { FacetView } from '../claims/claims.service';
import { describeRange } from '../claims/quantity';
import { FacetValue } from '../common/columns';
import { Severity, SEVERITIES } from '../contradictions/contradiction.entity';
import { Report } from '../reports/report';

/**
 * The event board: what each party (claimant) says on each attribute, side by side, and where the
 * accounts collide. Built from the event report, so the board and the exported report never disagree.
 */
export interface Board {
  /**
   * The claimants, with what a reader weighs them by: their stake in the event, the Admiralty
   * reliability of the source, and the side it speaks for. Grouped by side (sides by name, sources
   * without a side last), so a camp's voices stand together.
   */
  parties: BoardParty[];
  /** The column groups, in column order: each side and how many parties it has. */
  sides: Array<{ side: string | null; count: number }>;
  rows: BoardRow[];
}

export interface BoardParty { id: string; name: string; stake: string | null; reliability: string | null; side: string | null }

export interface BoardRow {
  attribute: string;
  subject: string | null;
  /** The highest severity of a contradiction still standing (open or confirmed) in this row. */
  severity: Severity | null;
  /** One per party, in the order of `parties`. */
  cells: BoardCell[];
}

export interface BoardCell {
  partyId: string;
  /** What the party says here, one entry per claim and facet. */
  values: BoardValue[];
  /** The highest severity of a standing contradiction this party is on a side of, here. */
  severity: Severity | null;
  contradictionIds: string[];
  /** Other parties, independent of this one, that say the same here. */
  corroboratedBy: string[];
  /** What others assert here that this party leaves out (a detected omission). */
  silentOn: string[];
}

export interface BoardValue {
  claimId: string;
  text: string;
  verdict: string;
  conveyedBy: string | null;
  /** When it was said, and the time it is about, when known: a later statement may revise an earlier one. */
  statedAt: string | null;
  timeScope: { from: string | null; to: string | null } | null;
}

export function valueText(value: FacetValue): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object' && value !== null) return describeRange({ min: value.min, max: value.max ?? null, magnitude: null });
  return String(value).replace(/_/g, ' ');
}

/** A facet's value as a reader says it: "not repelled", "only gendarmerie school". */
export function facetText(facet: Pick<FacetView, 'value' | 'polarity' | 'exclusive'>): string {
  const text = valueText(facet.value);
  if (facet.polarity === 'denied') return `not ${text}`;
  return facet.exclusive ? `only ${text}` : text;
}

const rank = (severity: Severity | null) => (severity === null ? SEVERITIES.length : SEVERITIES.indexOf(severity));
const higher = (a: Severity | null, b: Severity | null) => (rank(b) < rank(a) ? b : a);
const rowKey = (attribute: string, subject: string | null) => JSON.stringify([attribute, subject]);

/** Parties grouped by side: sides in name order, those without one last; within a side, the report's order. */
function bySide(parties: BoardParty[]): Pick<Board, 'parties' | 'sides'> {
  const sides = [...new Set(parties.map((p) => p.side))].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'en')));
  const grouped = sides.map((side) => ({ side, members: parties.filter((p) => p.side === side) }));
  return { parties: grouped.flatMap((g) => g.members), sides: grouped.map((g) => ({ side: g.side, count: g.members.length })) };
}

export function buildBoard(report: Report): Board {
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  const { parties, sides } = bySide(report.claimants.map((c) => {
    const source = sources.get(c.sourceId);
    return { id: c.sourceId, name: c.name, stake: source?.stake ?? null, reliability: source?.reliability ?? null, side: source?.side?.trim() || null };
  }));
  const rows = new Map<string, BoardRow>();
  const row = (attribute: string, subject: string | null): BoardRow => {
    const key = rowKey(attribute, subject);
    let found = rows.get(key);
    if (!found) {
      found = {
        attribute, subject, severity: null,
        cells: parties.map((p) => ({ partyId: p.id, values: [], severity: null, contradictionIds: [], corroboratedBy: [], silentOn: [] })),
      };
      rows.set(key, found);
    }
    return found;
  };
  const column = new Map(parties.map((p, index) => [p.id, index]));

  for (const claimant of report.claimants) {
    for (const claim of claimant.claims) {
      for (const facet of claim.facets) {
        row(facet.attribute, facet.subject).cells[column.get(claimant.sourceId)!].values.push({
          claimId: claim.id, text: facetText(facet), verdict: claim.verdict, conveyedBy: claim.conveyedBy, statedAt: claim.statedAt, timeScope: facet.timeScope,
        });
      }
    }
  }

  for (const contradiction of report.contradictions) {
    if (contradiction.status === 'dismissed') continue;
    const target = row(contradiction.attribute, contradiction.subject);
    target.severity = higher(target.severity, contradiction.severity);
    // An omission marks the silent side only: the side that asserts is not contested by silence.
    const marked = contradiction.kind === 'omission' ? contradiction.sideB.sourceIds : [...contradiction.sideA.sourceIds, ...contradiction.sideB.sourceIds];
    for (const partyId of new Set(marked)) {
      const cell = target.cells[column.get(partyId) ?? -1];
      if (!cell) continue;
      cell.severity = higher(cell.severity, contradiction.severity);
      cell.contradictionIds.push(contradiction.id);
      if (contradiction.kind === 'omission' && contradiction.sideA.value !== null) cell.silentOn.push(contradiction.sideA.value);
    }
  }

  // Only a holder of the corroborated value is marked, and only by the sources that corroborate it:
  // a more precise figure supports a vaguer one, never the other way round.
  for (const corroboration of report.corroborations) {
    const target = rows.get(rowKey(corroboration.attribute, corroboration.subject));
    if (!target) continue;
    for (const partyId of corroboration.corroborated.sourceIds) {
      const cell = target.cells[column.get(partyId) ?? -1];
      if (!cell) continue;
      for (const other of corroboration.corroborating.sourceIds) if (other !== partyId && !cell.corroboratedBy.includes(other)) cell.corroboratedBy.push(other);
    }
  }
  // Contested rows first, the most severe at the top; then by attribute.
  const ordered = [...rows.values()].sort((a, b) => rank(a.severity) - rank(b.severity)
    || a.attribute.localeCompare(b.attribute, 'en') || (a.subject ?? '').localeCompare(b.subject ?? '', 'en'));
  return { parties, sides, rows: ordered };
}

/** A time as a desk reads it: "2024-09-17 10:00 UTC"; a day-precision date stays a day. */
export function timeText(iso: string | null): string {
  if (!iso) return '';
  if (/^\d{4}-\d\d-\d\d(T00:00(:00(\.0+)?)?Z)?$/.test(iso)) return iso.slice(0, 10);
  return iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
}

/** When a value was said and what time it is about: "said 2024-09-17 10:00 UTC · about 05:00 UTC to 15:00 UTC". */
export function whenText(value: Pick<BoardValue, 'statedAt' | 'timeScope'>): string {
  const parts: string[] = [];
  if (value.statedAt) parts.push(`said ${timeText(value.statedAt)}`);
  const scope = value.timeScope;
  if (scope && (scope.from || scope.to)) {
    const from = timeText(scope.from);
    let to = timeText(scope.to);
    // Same day: the end is said as a time of day only.
    if (from && to && from.slice(0, 10) === to.slice(0, 10) && to.length > 10) to = to.slice(11);
    parts.push(from && to ? `about ${from} to ${to}` : from ? `about the time from ${from}` : `about the time until ${to}`);
  }
  return parts.join(' · ');
}
