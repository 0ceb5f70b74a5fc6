import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Attribute, AttributeKind } from '../attributes/attribute.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { setElements } from '../claims/canonical';
import { Claim } from '../claims/claim.entity';
import { Facet } from '../claims/facet.entity';
import { fold } from '../claims/fold';
import { AppError } from '../common/app-error';
import { nowIso } from '../common/columns';
import { groupBy } from '../common/group-by';
import { newId } from '../common/ids';
import { DEFAULT_PAGE_SIZE, Page } from '../common/pagination';
import { WriteQueue } from '../database/write-queue';
import { Event } from '../events/event.entity';
import { Source } from '../sources/source.entity';
import { Contradiction } from './contradiction.entity';
import { corroborateGroup, detectGroup, Group, Holding, onSide, positionsOf } from './detect';
import { DetectionService } from './detection.service';
import { CreateContradictionDto, ListContradictionsQuery, TriageDto } from './dto/contradiction.dto';

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

/** The facets of one event as read for views: one row per facet, holding what detection compares. */
interface FacetRow extends Omit<Holding, 'firstClaimId'> {
  claimId: string;
  attribute: string;
  subjectKey: string;
  subject: string | null;
}

/** An event read once: its facets, stored contradictions, and those contradictions with their sides. */
export interface EventReading {
  facts: EventFacets;
  stored: Contradiction[];
  views: ContradictionView[];
}

/** Everything known about one event's facets, read once per request. */
interface EventFacets {
  rows: FacetRow[];
  groups: Map<string, Group & { rows: FacetRow[] }>;
  claimsBySource: Map<string, string[]>;
}

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

const groupKey = (attribute: string, subjectKey: string) => `${attribute}\u0000${subjectKey}`;

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
  figures: { conservative: number; median: number; highest: number; highestOpen: boolean } | null;
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
  suggested: 1 | 2 | 3 | 4 | 5 | 6;
  reasons: string[];
  /** A reviewer's grade, when one overrode the suggestion; both are kept. */
  reviewed: { grade: number; reason: string | null } | null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

@Injectable()
export class ContradictionsService {
  constructor(
    @InjectRepository(Contradiction) private readonly contradictions: Repository<Contradiction>,
    @InjectRepository(Facet) private readonly facets: Repository<Facet>,
    private readonly writes: WriteQueue,
    private readonly audit: AuditService,
    private readonly detection: DetectionService,
  ) {}

  async list(eventId: string, query: ListContradictionsQuery): Promise<Page<ContradictionView>> {
    await this.requireEvent(eventId);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.contradictions.createQueryBuilder('c').where('c.eventId = :eventId', { eventId }).orderBy('c.id', 'ASC').take(limit + 1);
    if (query.status) builder.andWhere('c.status = :status', { status: query.status });
    if (query.cursor) builder.andWhere('c.id > :cursor', { cursor: query.cursor });
    const rows = await builder.getMany();
    const views = await this.presentMany(rows.slice(0, limit));
    return { items: views, nextCursor: rows.length > limit ? views[views.length - 1].id : null };
  }

  /**
   * Contradictions with their sides, reading only the facets of the groups they are in (and the claims
   * of silent parties): the cost follows the page, not the event.
   */
  async presentMany(rows: Contradiction[]): Promise<ContradictionView[]> {
    const needsFacets = (row: Contradiction) => !('claimIds' in row.sideA.match && 'claimIds' in row.sideB.match);
    const events = [...new Set(rows.filter(needsFacets).map((row) => row.eventId))];
    const attributes = [...new Set(rows.filter(needsFacets).map((row) => row.attribute))];
    // One read of the facets the page's sides are made of, and of the claims of its silent parties.
    const facets = events.length
      ? (await Promise.all(chunks(events, 200).map((part) => this.facets.find({ where: { eventId: In(part), attribute: In(attributes) }, order: { claimId: 'ASC', ordinal: 'ASC' } })))).flat()
      : [];
    const silent = [...new Set(rows.flatMap((row) => [row.sideA, row.sideB]).filter((side) => 'silent' in side.match).flatMap((side) => side.sourceIds))];
    const silentClaims = silent.length
      ? await this.contradictions.manager.find(Claim, { where: { eventId: In([...new Set(rows.map((r) => r.eventId))]), sourceId: In(silent) }, select: { id: true, sourceId: true, eventId: true }, order: { id: 'ASC' } })
      : [];
    const facetsByEvent = groupBy(facets, (f) => f.eventId);
    const claimsByEvent = groupBy(silentClaims, (c) => c.eventId);
    const kinds = await this.kinds();
    return rows.map((row) => this.present(row, this.facts(facetsByEvent.get(row.eventId) ?? [], claimsByEvent.get(row.eventId) ?? [], kinds)));
  }

  /** Open contradictions of high severity, with their sides, on one event or all. */
  async openHigh(eventId?: string): Promise<ContradictionView[]> {
    const rows = await this.contradictions.find({ where: { status: 'open', severity: 'high', ...(eventId && { eventId }) }, order: { id: 'ASC' } });
    return this.presentMany(rows);
  }

  async get(id: string): Promise<ContradictionView> {
    const row = await this.contradictions.findOne({ where: { id } });
    if (!row) throw AppError.notFound('contradiction', id);
    return (await this.presentMany([row]))[0];
  }

  /** A contradiction a person found; recomputation leaves it alone. */
  async create(eventId: string, dto: CreateContradictionDto, actor: Actor): Promise<ContradictionView> {
    if (dto.claimAId === dto.claimBId) throw AppError.invalid('claimBId', 'must be another claim than claimAId');
    const row = await this.writes.transaction(async (manager) => {
      if (!(await manager.exists(Event, { where: { id: eventId } }))) throw AppError.notFound('event', eventId);
      const claims = await manager.find(Claim, { where: { id: In([dto.claimAId, dto.claimBId]) } });
      for (const [path, id] of [['claimAId', dto.claimAId], ['claimBId', dto.claimBId]] as const) {
        const claim = claims.find((c) => c.id === id);
        if (!claim) throw AppError.invalid(path, 'no claim with this id');
        if (claim.eventId !== eventId) throw AppError.invalid(path, 'is not a claim on this event');
      }
      if (!(await manager.exists(Attribute, { where: { name: dto.attribute } }))) {
        throw AppError.invalid('attribute', `unknown attribute "${dto.attribute}"; GET /attributes lists them`);
      }
      const claimOf = (id: string) => claims.find((c) => c.id === id)!;
      const now = nowIso();
      const side = (id: string) => ({ value: null, match: { claimIds: [id] }, sourceIds: [claimOf(id).sourceId], firstClaimId: id });
      const contradiction: Contradiction = {
        id: newId(), eventId, attribute: dto.attribute, subject: dto.subject?.trim() || null, subjectKey: dto.subject ? fold(dto.subject) : '',
        identity: `person:${newId()}`.slice(0, 64), kind: dto.kind ?? 'category_conflict', severity: dto.severity, status: 'open',
        note: dto.note ?? null, explanation: dto.explanation.trim(), detectedBy: `person:${actor.userId}`, fingerprint: '',
        sideA: side(dto.claimAId), sideB: side(dto.claimBId), claimAId: dto.claimAId, claimBId: dto.claimBId,
        triagedById: null, triagedAt: null, createdAt: now, updatedAt: now,
      };
      await manager.insert(Contradiction, contradiction);
      await this.audit.record(manager, actor, 'create', 'contradiction', contradiction.id, null, contradiction);
      return contradiction;
    });
    return (await this.presentMany([row]))[0];
  }

  async triage(id: string, dto: TriageDto, actor: Actor): Promise<ContradictionView> {
    const row = await this.writes.transaction(async (manager) => {
      const before = await manager.findOne(Contradiction, { where: { id } });
      if (!before) throw AppError.notFound('contradiction', id);
      const now = nowIso();
      const after: Contradiction = { ...before, status: dto.status, note: dto.note ?? before.note, triagedById: actor.userId, triagedAt: now, updatedAt: now };
      await manager.update(Contradiction, { id }, { status: after.status, note: after.note, triagedById: after.triagedById, triagedAt: now, updatedAt: now });
      await this.audit.record(manager, actor, 'update', 'contradiction', id, before, after);
      if (before.status !== 'open' && after.status === 'open') await this.detection.flagForReReview(manager, after, actor);
      return after;
    });
    return (await this.presentMany([row]))[0];
  }

  /** Each contested attribute of an event with all its positions. */
  async disputes(eventId: string, reading?: EventReading): Promise<{ items: DisputeView[]; nextCursor: null }> {
    const { facts, stored } = reading ?? (await this.read(eventId));
    const contested = new Map([...groupBy(stored, (c) => groupKey(c.attribute, c.subjectKey))].map(([key, rows]) => [key, rows.map((c) => c.id)]));
    const context = await this.detection.vocabulary(this.contradictions.manager);
    const items: DisputeView[] = [];
    for (const [key, ids] of [...contested.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const group = facts.groups.get(key);
      const [attribute] = key.split('\u0000');
      const subject = stored.find((c) => c.id === ids[0])!.subject;
      if (!group) {
        items.push({ attribute, subject, kind: 'category', contradictionIds: ids, positions: [], figures: null, revisions: [] });
        continue;
      }
      const positions = positionsOf(group).map((p): PositionView => ({
        value: group.kind === 'set' ? setElements(p.valueText).map((e) => e.text).join(', ') : p.valueText,
        polarity: p.polarity,
        exclusive: p.exclusive,
        range: p.range ? { min: p.range.min, max: p.range.max } : null,
        claimIds: [...new Set(p.holdings.map((h) => h.firstClaimId))].sort(),
        sourceIds: [...new Set(p.holdings.map((h) => h.claimantId))].sort(),
      }));
      const revisions = detectGroup(group, { vocabulary: context, parties: new Map(), names: new Map() }).revisions
        .map((r) => ({ sourceId: r.claimantId, values: r.values }));
      items.push({ attribute, subject, kind: group.kind, contradictionIds: ids, positions, figures: group.kind === 'quantity' ? this.figures(positions) : null, revisions });
    }
    return { items, nextCursor: null };
  }

  /** ACLED's conservative estimate: the lowest lower bound that no independent source puts below. */
  private figures(positions: PositionView[]): DisputeView['figures'] {
    const asserted = positions.filter((p) => p.polarity === 'asserted' && p.range);
    if (!asserted.length) return null;
    const standing = asserted.filter((p) => !asserted.some((q) => q.range!.max !== null && q.range!.max < p.range!.min && q.sourceIds.some((s) => !p.sourceIds.includes(s))));
    const conservative = Math.min(...(standing.length ? standing : asserted).map((p) => p.range!.min));
    const perClaim = asserted.flatMap((p) => p.claimIds.map(() => (p.range!.max === null ? p.range!.min : (p.range!.min + p.range!.max) / 2)));
    const highest = Math.max(...asserted.map((p) => p.range!.max ?? p.range!.min));
    // "at least N" as the highest figure: the highest is N or more.
    const highestOpen = asserted.some((p) => p.range!.max === null && p.range!.min === highest);
    return { conservative, median: median(perClaim), highest, highestOpen };
  }

  /** Claims from independent sources that agree on a facet. */
  async corroborations(eventId: string, reading?: EventReading): Promise<{ items: CorroborationView[]; nextCursor: null }> {
    const { facts } = reading ?? (await this.read(eventId));
    const items: CorroborationView[] = [];
    for (const group of [...facts.groups.values()].sort((a, b) => (groupKey(a.attribute, a.subjectKey) < groupKey(b.attribute, b.subjectKey) ? -1 : 1))) {
      for (const c of corroborateGroup(group)) {
        const members = group.rows.filter((row) => c.match.some((m) => onSide(m, row)));
        const claimIds = [...new Set(members.map((row) => row.claimId))].sort();
        const bySource = new Map<string, string>();
        for (const row of members) if (!bySource.has(row.claimantId) || row.claimId < bySource.get(row.claimantId)!) bySource.set(row.claimantId, row.claimId);
        const firsts = [...bySource.values()].sort();
        items.push({ attribute: group.attribute, subject: group.subject, value: c.value, claimIds, sourceIds: c.sourceIds, claimAId: firsts[0], claimBId: firsts[1] });
      }
    }
    return { items, nextCursor: null };
  }

  /** A suggested Admiralty information-credibility grade for one claim, with its reasons. */
  async credibility(claimId: string): Promise<CredibilityView> {
    const claim = await this.contradictions.manager.findOne(Claim, { where: { id: claimId } });
    if (!claim) throw AppError.notFound('claim', claimId);
    if (!claim.eventId) return { claimId, suggested: 6, reasons: ['not linked to an event, so nothing to compare it with'], reviewed: this.reviewedGrade(claim) };
    return (await this.credibilities(claim.eventId)).get(claimId)!;
  }

  /** The suggested grade of every claim on an event, from one reading of its facets and contradictions. */
  async credibilities(eventId: string, reading?: EventReading): Promise<Map<string, CredibilityView>> {
    const manager = this.contradictions.manager;
    const read = reading ?? (await this.read(eventId));
    const { facts } = read;
    const claims = await manager.find(Claim, { where: { eventId }, order: { id: 'ASC' } });
    const sources = new Map((await manager.find(Source, { where: { id: In([...new Set(claims.map((c) => c.sourceId))]) } })).map((s) => [s.id, s]));
    const names = (await this.detection.vocabulary(manager)).names;
    const corroborations = (await this.corroborations(eventId, read)).items;
    const against = read.views.filter((c) => c.status !== 'dismissed');
    const withFacets = new Set(facts.rows.map((row) => row.claimId));
    const grades = new Map<string, CredibilityView>();
    for (const claim of claims) {
      const source = sources.get(claim.sourceId)!;
      const reviewed = this.reviewedGrade(claim);
      if (!withFacets.has(claim.id)) {
        grades.set(claim.id, { claimId: claim.id, suggested: 6, reasons: ['no facets to compare with other claims'], reviewed });
        continue;
      }
      const agreeing = corroborations.filter((c) => c.claimIds.includes(claim.id));
      const touching = against.filter((c) => c.sideA.claimIds.includes(claim.id) || c.sideB.claimIds.includes(claim.id));
      // Silence is not a counter-claim: an omission is worth a reason, not a lower grade.
      const opposing = touching.filter((c) => c.kind !== 'omission');
      const reasons = agreeing.map((c) => `${c.attribute} ${c.value} is also asserted by ${c.sourceIds.filter((s) => s !== claim.sourceId).map((s) => names.get(s)).join(', ')}`);
      for (const c of touching.filter((c) => c.kind === 'omission')) reasons.push(`not contradicted but met with silence: ${c.explanation}`);
      let opposedByCorroborated = false;
      for (const c of opposing) {
        const other = c.sideA.claimIds.includes(claim.id) ? c.sideB : c.sideA;
        if (other.sourceIds.length >= 2) opposedByCorroborated = true;
        reasons.push(`contradicted (${c.kind}, ${c.severity}): ${c.explanation}`);
      }
      let suggested: CredibilityView['suggested'];
      if (agreeing.length && !opposing.length) suggested = 1;
      else if (agreeing.length) suggested = 3;
      else if (opposing.length) suggested = opposedByCorroborated ? 5 : 4;
      else {
        suggested = source.reliability === 'A' || source.reliability === 'B' ? 2 : source.reliability === 'C' ? 3 : 6;
        reasons.push(`neither confirmed nor contradicted by another source; the claimant's reliability is ${source.reliability}`);
      }
      grades.set(claim.id, { claimId: claim.id, suggested, reasons, reviewed });
    }
    return grades;
  }

  private reviewedGrade(claim: Claim): CredibilityView['reviewed'] {
    return claim.credibilityOverride === null ? null : { grade: claim.credibilityOverride, reason: claim.credibilityReason };
  }

  private async requireEvent(eventId: string): Promise<void> {
    if (!(await this.contradictions.manager.exists(Event, { where: { id: eventId } }))) throw AppError.notFound('event', eventId);
  }

  private async kinds(): Promise<Map<string, AttributeKind>> {
    return new Map((await this.contradictions.manager.find(Attribute, { select: { name: true, kind: true } })).map((a) => [a.name, a.kind]));
  }

  /**
   * One reading of an event: its facets, its stored contradictions and their sides. The report and the
   * views below share it, so an event is read once per request however many views are made of it.
   */
  async read(eventId: string): Promise<EventReading> {
    await this.requireEvent(eventId);
    const facts = await this.eventFacets(eventId);
    const stored = await this.contradictions.find({ where: { eventId }, order: { id: 'ASC' } });
    return { facts, stored, views: stored.map((row) => this.present(row, facts)) };
  }

  private async eventFacets(eventId: string): Promise<EventFacets> {
    const facets = await this.facets.find({ where: { eventId }, order: { claimId: 'ASC', ordinal: 'ASC' } });
    const claims = await this.contradictions.manager.find(Claim, { where: { eventId }, select: { id: true, sourceId: true }, order: { id: 'ASC' } });
    return this.facts(facets, claims, await this.kinds());
  }

  /** Facets and claims of one event, grouped the way detection sees them. */
  private facts(facets: Facet[], claims: Array<Pick<Claim, 'id' | 'sourceId'>>, kinds: Map<string, AttributeKind>): EventFacets {
    const rows: FacetRow[] = facets.map((f) => ({
      claimId: f.claimId, claimantId: f.claimantId, attribute: f.attribute, subjectKey: f.subjectKey, subject: f.subject,
      valueKey: f.valueKey, valueText: f.valueText, polarity: f.polarity, exclusive: f.exclusive, rangeMin: f.rangeMin,
      rangeMax: f.rangeMax, timeFrom: f.timeFrom, timeTo: f.timeTo,
    }));
    const groups = new Map<string, Group & { rows: FacetRow[] }>();
    for (const row of rows) {
      const key = groupKey(row.attribute, row.subjectKey);
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

  private present(row: Contradiction, facts: EventFacets): ContradictionView {
    const group = facts.groups.get(groupKey(row.attribute, row.subjectKey));
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
}

