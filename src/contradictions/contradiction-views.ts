import { AttributeKind } from '../attributes/attribute.entity';
import { Claim } from '../claims/claim.entity';
import { Facet } from '../claims/facet.entity';
import { groupBy } from '../common/group-by';
import { Contradiction } from './contradiction.entity';
import { Grade } from './credibility';
import { QuantityFigures } from './figures';
import { Group, groupId, Holding, onSide } from './positions';

/** What the API answers about contradictions, disputes, corroborations and credibility, and how it is read from the facets. */

export interface SideView {
  value: string | null;
  claimIds: string[];
  sourceIds: string[];
}

export interface ContradictionView {
  id: string;
  eventId: string;
  attribute: string;
  subject: string | null;
  kind: Contradiction['kind'];
  severity: Contradiction['severity'];
  status: Contradiction['status'];
  note: string | null;
  claimAId: string;
  claimBId: string;
  sideA: SideView;
  sideB: SideView;
  explanation: string;
  detectedBy: string;
  triagedById: string | null;
  triagedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PositionView {
  value: string;
  polarity: 'asserted' | 'denied';
  exclusive: boolean;
  range: { min: number; max: number | null } | null;
  claimIds: string[];
  sourceIds: string[];
}

export interface DisputeView {
  attribute: string;
  subject: string | null;
  kind: AttributeKind;
  contradictionIds: string[];
  positions: PositionView[];
  /** For quantities: ACLED's conservative figure (the lowest lower bound no independent source contradicts), the median and the highest. */
  figures: QuantityFigures | null;
  revisions: Array<{ sourceId: string; values: string[] }>;
}

export interface CorroborationView {
  attribute: string;
  subject: string | null;
  value: string;
  claimIds: string[];
  sourceIds: string[];
  claimAId: string;
  claimBId: string;
}

export interface CredibilityView {
  claimId: string;
  /** Admiralty information credibility: 1 confirmed ... 5 improbable, 6 cannot be judged. */
  suggested: Grade;
  reasons: string[];
  /** A reviewer's grade, when one overrode the suggestion; both are kept. */
  reviewed: { grade: number; reason: string | null } | null;
}

/** The facets of one event as read for views: one row per facet, holding what detection compares. */
export interface FacetRow extends Omit<Holding, 'firstClaimId'> {
  claimId: string;
  attribute: string;
  subjectKey: string;
  subject: string | null;
}

/** Everything known about one event's facets, read once per request. */
export interface EventFacets {
  rows: FacetRow[];
  groups: Map<string, Group & { rows: FacetRow[] }>;
  claimsBySource: Map<string, string[]>;
}

/** An event read once: its facets, stored contradictions, and those contradictions with their sides. */
export interface EventReading {
  facts: EventFacets;
  stored: Contradiction[];
  views: ContradictionView[];
}

/** Facets and claims of one event, grouped the way detection sees them. */
export function eventFacets(facets: Facet[], claims: Array<Pick<Claim, 'id' | 'sourceId'>>, kinds: Map<string, AttributeKind>): EventFacets {
  const rows: FacetRow[] = facets.map((f) => ({
    claimId: f.claimId, claimantId: f.claimantId, attribute: f.attribute, subjectKey: f.subjectKey, subject: f.subject,
    valueKey: f.valueKey, valueText: f.valueText, polarity: f.polarity, exclusive: f.exclusive, rangeMin: f.rangeMin,
    rangeMax: f.rangeMax, timeFrom: f.timeFrom, timeTo: f.timeTo,
  }));
  const groups = new Map<string, Group & { rows: FacetRow[] }>();
  for (const row of rows) {
    const key = groupId(row);
    let group = groups.get(key);
    if (!group) {
      group = { attribute: row.attribute, subjectKey: row.subjectKey, subject: row.subject, kind: kinds.get(row.attribute) ?? 'category', holdings: [], rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
    group.holdings.push({ ...row, firstClaimId: row.claimId });
  }
  const claimsBySource = new Map([...groupBy(claims, (c) => c.sourceId)].map(([source, own]) => [source, own.map((c) => c.id)]));
  return { rows, groups, claimsBySource };
}

/** A stored contradiction with its sides read from the facets: every claim and source on each. */
export function presentContradiction(row: Contradiction, facts: EventFacets): ContradictionView {
  const group = facts.groups.get(groupId(row));
  const side = (side: Contradiction['sideA']): SideView => {
    if ('silent' in side.match || 'claimIds' in side.match) {
      const claimIds = 'claimIds' in side.match ? side.match.claimIds : side.sourceIds.flatMap((id) => facts.claimsBySource.get(id) ?? []);
      return { value: side.value, claimIds: [...new Set(claimIds)].sort(), sourceIds: side.sourceIds };
    }
    const members = (group?.rows ?? []).filter((r) => onSide(side.match, r));
    return {
      value: side.value,
      claimIds: [...new Set(members.map((r) => r.claimId))].sort(),
      sourceIds: [...new Set(members.map((r) => r.claimantId))].sort(),
    };
  };
  return {
    id: row.id, eventId: row.eventId, attribute: row.attribute, subject: row.subject, kind: row.kind, severity: row.severity,
    status: row.status, note: row.note, claimAId: row.claimAId, claimBId: row.claimBId, sideA: side(row.sideA), sideB: side(row.sideB),
    explanation: row.explanation, detectedBy: row.detectedBy, triagedById: row.triagedById, triagedAt: row.triagedAt,
    createdAt: row.createdAt, updatedAt: row.updatedAt,
  };
}
