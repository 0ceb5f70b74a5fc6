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
  /** The claimants, with what a reader weighs them by: their stake in the event and the Admiralty reliability of the source. */
  parties: Array<{ id: string; name: string; stake: string | null; reliability: string | null }>;
  rows: BoardRow[];
}

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
  values: Array<{ claimId: string; text: string; verdict: string; conveyedBy: string | null }>;
  /** The highest severity of a standing contradiction this party is on a side of, here. */
  severity: Severity | null;
  contradictionIds: string[];
  /** Other parties, independent of this one, that say the same here. */
  corroboratedBy: string[];
  /** What others assert here that this party leaves out (a detected omission). */
  silentOn: string[];
  /** The party says nothing here, while another party does. */
  silent: boolean;
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

export function buildBoard(report: Report): Board {
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  const parties = report.claimants.map((c) => ({ id: c.sourceId, name: c.name, stake: sources.get(c.sourceId)?.stake ?? null, reliability: sources.get(c.sourceId)?.reliability ?? null }));
  const rows = new Map<string, BoardRow>();
  const row = (attribute: string, subject: string | null): BoardRow => {
    const key = rowKey(attribute, subject);
    let found = rows.get(key);
    if (!found) {
      found = {
        attribute, subject, severity: null,
        cells: parties.map((p) => ({ partyId: p.id, values: [], severity: null, contradictionIds: [], corroboratedBy: [], silentOn: [], silent: false })),
      };
      rows.set(key, found);
    }
    return found;
  };
  const column = new Map(parties.map((p, index) => [p.id, index]));

  for (const claimant of report.claimants) {
    for (const claim of claimant.claims) {
      for (const facet of claim.facets) {
        row(facet.attribute, facet.subject).cells[column.get(claimant.sourceId)!].values.push({ claimId: claim.id, text: facetText(facet), verdict: claim.verdict, conveyedBy: claim.conveyedBy });
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

  for (const corroboration of report.corroborations) {
    const target = rows.get(rowKey(corroboration.attribute, corroboration.subject));
    if (!target) continue;
    for (const partyId of corroboration.sourceIds) {
      const cell = target.cells[column.get(partyId) ?? -1];
      if (!cell) continue;
      for (const other of corroboration.sourceIds) if (other !== partyId && !cell.corroboratedBy.includes(other)) cell.corroboratedBy.push(other);
    }
  }

  for (const target of rows.values()) {
    for (const cell of target.cells) cell.silent = cell.values.length === 0;
  }
  // Contested rows first, the most severe at the top; then by attribute.
  const ordered = [...rows.values()].sort((a, b) => rank(a.severity) - rank(b.severity)
    || a.attribute.localeCompare(b.attribute, 'en') || (a.subject ?? '').localeCompare(b.subject ?? '', 'en'));
  return { parties, rows: ordered };
}
