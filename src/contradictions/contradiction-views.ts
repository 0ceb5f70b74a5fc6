import { inOneGo } from '../analysis/time-slices';
import { AttributeKind } from '../attributes/attribute.entity';
import { Claim } from '../claims/claim.entity';
import { FacetView } from '../claims/claim-view';
import { Facet } from '../claims/facet.entity';
import { groupBy } from '../common/group-by';
import { Source } from '../sources/source.entity';
import { Contradiction } from './contradiction.entity';
import { Grade } from './credibility';
import { QuantityFigures } from './figures';
import { Independence } from './independence';
import { Group, groupId, Holding, onSide } from './positions';
import { candidates, rowIndex } from './row-index';

/** What the API answers about contradictions, disputes, corroborations and credibility, and how it is read from the facets. */

export interface SideView {
  value: string | null;
  claimIds: string[];
  sourceIds: string[];
  /** When the side was first said: the earliest statement time among its claims (null when none says). */
  statedAt: string | null;
  /** What time the side's facets are about: from the earliest to the latest of their time scopes (null when none has one). */
  timeScope: { from: string | null; to: string | null } | null;
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
  /** A quantity in vague words only ("enormous", "several"): shown, but never a figure. */
  vague: boolean;
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
  /** The corroborated value. */
  value: string;
  /** Every claim and source in the corroboration: those holding the value and those corroborating it. */
  claimIds: string[];
  sourceIds: string[];
  claimAId: string;
  claimBId: string;
  /** The claims holding the value: each of them is corroborated. */
  corroborated: { claimIds: string[]; sourceIds: string[] };
  /** Another, at least as precise value that corroborates it; null when independent sources hold the same value. */
  corroboratingValue: string | null;
  /** The claims that corroborate it (for one value held by several sources, the same as `corroborated`). */
  corroborating: { claimIds: string[]; sourceIds: string[] };
  /** Corroborating sources that are parties to the conflict on the other side of a holder: admissions against interest. */
  admissionsAgainstInterest: string[];
  /** Either value is vague words only: it corroborates, but cannot confirm. */
  vague: boolean;
}

/** Values of different sources that can both be true but do not corroborate each other, and why. */
export interface CompatibleView {
  attribute: string;
  subject: string | null;
  value: string;
  claimIds: string[];
  sourceIds: string[];
  otherValue: string;
  otherClaimIds: string[];
  otherSourceIds: string[];
  /** vague words; a less precise or much wider value; a broader term; two bodies of one side; or sources that are not independent. */
  why: 'vague' | 'less_precise' | 'broader' | 'one_camp' | 'not_independent';
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

/** What a side's times are read from: each claim's statement time. */
export type ClaimTimes = Map<string, string | null>;

/** Everything known about one event's facets, read once per request. */
export interface EventFacets {
  rows: FacetRow[];
  groups: Map<string, Group & { rows: FacetRow[] }>;
  claimsBySource: Map<string, string[]>;
  statedAt: ClaimTimes;
}

/** An event read once: its claims and their sources, its facets, stored contradictions, and those contradictions with their sides. */
export interface EventReading {
  facts: EventFacets;
  stored: Contradiction[];
  views: ContradictionView[];
  claims: Claim[];
  /** Each claim's facets as shown (in their order): what its claims are shown with, without reading them again. */
  facetViews: Map<string, FacetView[]>;
  /** Claimants and conveying sources of the event's claims. */
  sources: Map<string, Source>;
  independence: Independence;
}

/** Facets and claims of one event, grouped the way detection sees them. */
export function eventFacets(facets: Facet[], claims: Array<Pick<Claim, 'id' | 'sourceId' | 'statedAt'>>, kinds: Map<string, AttributeKind>): EventFacets {
  return inOneGo(eventFacetSteps(facets, claims, kinds));
}

/** The same, 2,000 facets a step: a big event's reading lets the event loop run between steps. */
export function* eventFacetSteps(facets: Facet[], claims: Array<Pick<Claim, 'id' | 'sourceId' | 'statedAt'>>, kinds: Map<string, AttributeKind>): Generator<void, EventFacets> {
  const statedAt: ClaimTimes = new Map(claims.map((c) => [c.id, c.statedAt]));
  yield;
  const rows: FacetRow[] = [];
  const groups = new Map<string, Group & { rows: FacetRow[] }>();
  // Groups by attribute, then subject: no key written per facet.
  const byAttribute = new Map<string, Map<string, Group & { rows: FacetRow[] }>>();
  for (const f of facets) {
    if (rows.length % 2000 === 1999) yield;
    const stated = statedAt.get(f.claimId) ?? null;
    // One object is both the row and its group's holding (its first claim its own): read only, as both are.
    const row: FacetRow & Holding = {
      claimId: f.claimId, claimantId: f.claimantId, attribute: f.attribute, subjectKey: f.subjectKey, subject: f.subject,
      valueKey: f.valueKey, valueText: f.valueText, polarity: f.polarity, exclusive: f.exclusive, rangeMin: f.rangeMin,
      rangeMax: f.rangeMax, timeFrom: f.timeFrom, timeTo: f.timeTo, statedFrom: stated, statedTo: stated, firstClaimId: f.claimId,
    };
    rows.push(row);
    let subjects = byAttribute.get(row.attribute);
    if (!subjects) byAttribute.set(row.attribute, (subjects = new Map()));
    let group = subjects.get(row.subjectKey);
    if (!group) {
      group = { attribute: row.attribute, subjectKey: row.subjectKey, subject: row.subject, kind: kinds.get(row.attribute) ?? 'category', holdings: [], rows: [] };
      subjects.set(row.subjectKey, group);
      groups.set(groupId(row), group);
    }
    group.rows.push(row);
    group.holdings.push(row);
  }
  yield;
  const claimsBySource = new Map([...groupBy(claims, (c) => c.sourceId)].map(([source, own]) => [source, own.map((c) => c.id)]));
  return { rows, groups, claimsBySource, statedAt };
}

/** When a side was first said, and the span of time its facets are about. */
function sideTimes(claimIds: string[] | null, members: FacetRow[], statedAt: ClaimTimes): Pick<SideView, 'statedAt' | 'timeScope'> {
  // Without claim ids, the side is its members: each row carries its claim's statement time (no look-up per claim).
  let first: string | null = null;
  for (const t of claimIds ? claimIds.map((id) => statedAt.get(id)) : members.map((m) => m.statedFrom)) if (t && (first === null || t < first)) first = t;
  const froms = members.map((m) => m.timeFrom);
  const tos = members.map((m) => m.timeTo);
  const scoped = members.some((m) => m.timeFrom !== null || m.timeTo !== null);
  return {
    statedAt: first,
    timeScope: scoped
      ? { from: froms.includes(null) ? null : [...(froms as string[])].sort()[0], to: tos.includes(null) ? null : [...(tos as string[])].sort().at(-1)! }
      : null,
  };
}

/** A stored contradiction with its sides read from the facets: every claim and source on each. */
export function presentContradiction(row: Contradiction, facts: EventFacets): ContradictionView {
  const group = facts.groups.get(groupId(row));
  const side = (side: Contradiction['sideA']): SideView => {
    if ('silent' in side.match || 'claimIds' in side.match) {
      const claimIds = [...new Set('claimIds' in side.match ? side.match.claimIds : side.sourceIds.flatMap((id) => facts.claimsBySource.get(id) ?? []))].sort();
      const members = 'claimIds' in side.match ? (group?.rows ?? []).filter((r) => claimIds.includes(r.claimId)) : [];
      return { value: side.value, claimIds, sourceIds: side.sourceIds, ...sideTimes(claimIds, members, facts.statedAt) };
    }
    // Among the rows of its value or element only (a group's rows indexed once): not every row of the group per side.
    const members = group ? candidates(group.rows, rowIndex(group.rows), side.match).filter((r) => onSide(side.match, r)) : [];
    const claimIds = [...new Set(members.map((r) => r.claimId))].sort();
    return { value: side.value, claimIds, sourceIds: [...new Set(members.map((r) => r.claimantId))].sort(), ...sideTimes(null, members, facts.statedAt) };
  };
  return {
    id: row.id, eventId: row.eventId, attribute: row.attribute, subject: row.subject, kind: row.kind, severity: row.severity,
    status: row.status, note: row.note, claimAId: row.claimAId, claimBId: row.claimBId, sideA: side(row.sideA), sideB: side(row.sideB),
    explanation: row.explanation, detectedBy: row.detectedBy, triagedById: row.triagedById, triagedAt: row.triagedAt,
    createdAt: row.createdAt, updatedAt: row.updatedAt,
  };
}

/** Lists of facet views made by `facetViewsOf`: each view's keys (and its value's) in sorted order, so a report writes them as they are. */
export const FACETS_IN_KEY_ORDER = new WeakSet<FacetView[]>();

/** A facet as `presentFacet` shows it, keys in sorted order (a range's too): the JSON of `canonical` of its view. */
function facetInKeyOrder(facet: Facet): FacetView {
  const value: unknown = facet.value;
  const ordered = value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, (value as Record<string, unknown>)[key]])) : value;
  return {
    attribute: facet.attribute, exclusive: facet.exclusive, polarity: facet.polarity, subject: facet.subject,
    timeScope: facet.timeFrom || facet.timeTo ? { from: facet.timeFrom, to: facet.timeTo } : null, value: ordered as FacetView['value'],
  };
}

/** The facets of a reading as the API shows them (keys in sorted order), by claim, letting the loop run (`pause`) every 1,000 claims of a big event. */
export async function facetViewsOf(facets: Facet[], pause: () => Promise<void>): Promise<Map<string, FacetView[]>> {
  const views = new Map<string, FacetView[]>();
  for (let i = 0; i < facets.length; i++) {
    if (i % 1000 === 999) await pause();
    const view = facetInKeyOrder(facets[i]);
    const own = views.get(facets[i].claimId);
    if (own) own.push(view);
    else {
      const list = [view];
      FACETS_IN_KEY_ORDER.add(list);
      views.set(facets[i].claimId, list);
    }
  }
  return views;
}

/** Stored contradictions with their sides, letting the loop run (`pause`) between them: a side may hold thousands of claims. */
export async function presentAll(rows: Contradiction[], facts: EventFacets, pause: () => Promise<void>): Promise<ContradictionView[]> {
  const views: ContradictionView[] = [];
  for (const row of rows) {
    await pause();
    views.push(presentContradiction(row, facts));
  }
  return views;
}
