import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { EventAnalysisService } from '../analysis/event-analysis.service';
import { pausing } from '../analysis/time-slices';
import { Attribute, AttributeKind } from '../attributes/attribute.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { setElements } from '../claims/canonical';
import { Claim } from '../claims/claim.entity';
import { Facet } from '../claims/facet.entity';
import { fold } from '../claims/fold';
import { AppError } from '../common/app-error';
import { chunks } from '../common/chunks';
import { nowIso } from '../common/columns';
import { existsOr404, findOr404 } from '../common/found';
import { groupBy } from '../common/group-by';
import { newId } from '../common/ids';
import { DEFAULT_PAGE_SIZE, Page, toPage } from '../common/pagination';
import { lockEvents } from '../database/event-lock';
import { inList, rawEntities } from '../database/raw-entities';
import { WriteQueue } from '../database/write-queue';
import { Event } from '../events/event.entity';
import { Source } from '../sources/source.entity';
import { Contradiction } from './contradiction.entity';
import { AgreementViews, agreementSteps } from './agreement-views';
import { ContradictionView, CredibilityView, DisputeView, eventFacets, eventFacetSteps, EventReading, facetViewsOf, PositionView, presentAll, presentContradiction } from './contradiction-views';
import { agreementByClaimSteps, Credibility, reasonMemo, suggestCredibility } from './credibility';
import { DetectionService } from './detection.service';
import { CreateContradictionDto, ListContradictionsQuery, TriageDto } from './dto/contradiction.dto';
import { quantityFigures } from './figures';
import { independenceOf } from './independence';
import { groupId, positionsOf } from './positions';
import { detectionSteps } from './rules';

/** How many claims a reading reads at a time (their facets: a quarter of that many claims at a time). */
const READ_PAGE = 2000;

@Injectable()
export class ContradictionsService {
  constructor(
    @InjectRepository(Contradiction) private readonly contradictions: Repository<Contradiction>,
    @InjectRepository(Facet) private readonly facets: Repository<Facet>,
    private readonly writes: WriteQueue,
    private readonly audit: AuditService,
    private readonly detection: DetectionService,
    private readonly analysis: EventAnalysisService,
  ) {}

  /** A view of an event built once per revision, from the event's reading (both kept by the analysis cache). */
  private async memoised<T>(eventId: string, part: string, build: (reading: EventReading) => Promise<T>): Promise<T> {
    const memo = await this.analysis.at(eventId);
    return memo.get(part, async () => build(await memo.get('reading', () => this.readFresh(eventId, async () => undefined))));
  }

  private get manager() {
    return this.contradictions.manager;
  }

  async list(eventId: string, query: ListContradictionsQuery): Promise<Page<ContradictionView>> {
    await existsOr404(this.manager, Event, eventId, 'event');
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.contradictions.createQueryBuilder('c').where('c.eventId = :eventId', { eventId }).orderBy('c.id', 'ASC').take(limit + 1);
    if (query.status) builder.andWhere('c.status = :status', { status: query.status });
    if (query.cursor) builder.andWhere('c.id > :cursor', { cursor: query.cursor });
    const page = toPage(await builder.getMany(), limit, (row) => row);
    return { items: await this.presentMany(page.items), nextCursor: page.nextCursor };
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
    const sides = rows.flatMap((row) => [row.sideA, row.sideB]);
    const silent = [...new Set(sides.filter((side) => 'silent' in side.match).flatMap((side) => side.sourceIds))];
    const select = { id: true, sourceId: true, eventId: true, statedAt: true } as const;
    const silentClaims = silent.length
      ? await this.manager.find(Claim, { where: { eventId: In([...new Set(rows.map((r) => r.eventId))]), sourceId: In(silent) }, select, order: { id: 'ASC' } })
      : [];
    // The claims on the sides, for when they were said.
    const named = sides.flatMap((side) => ('claimIds' in side.match ? side.match.claimIds : []));
    const sideClaims = (await Promise.all(chunks([...new Set([...facets.map((f) => f.claimId), ...named])], 500)
      .map((part) => this.manager.find(Claim, { where: { id: In(part) }, select })))).flat();
    const facetsByEvent = groupBy(facets, (f) => f.eventId);
    const claimsByEvent = groupBy([...new Map([...sideClaims, ...silentClaims].map((c) => [c.id, c])).values()].sort((a, b) => (a.id < b.id ? -1 : 1)), (c) => c.eventId!);
    const kinds = await this.kinds();
    return rows.map((row) => presentContradiction(row, eventFacets(facetsByEvent.get(row.eventId) ?? [], claimsByEvent.get(row.eventId) ?? [], kinds)));
  }

  /** Open contradictions of high severity, with their sides, on one event or all. */
  async openHigh(eventId?: string): Promise<ContradictionView[]> {
    const rows = await this.contradictions.find({ where: { status: 'open', severity: 'high', ...(eventId && { eventId }) }, order: { id: 'ASC' } });
    return this.presentMany(rows);
  }

  async get(id: string): Promise<ContradictionView> {
    return (await this.presentMany([await findOr404(this.manager, Contradiction, id, 'contradiction')]))[0];
  }

  /** A contradiction a person found; recomputation leaves it alone. */
  async create(eventId: string, dto: CreateContradictionDto, actor: Actor): Promise<ContradictionView> {
    if (dto.claimAId === dto.claimBId) throw AppError.invalid('claimBId', 'must be another claim than claimAId');
    const row = await this.writes.transaction(async (manager) => {
      await lockEvents(manager, [eventId]);
      await existsOr404(manager, Event, eventId, 'event');
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
      const on = await manager.findOne(Contradiction, { where: { id }, select: { id: true, eventId: true } });
      await lockEvents(manager, [on?.eventId]);
      const before = await findOr404(manager, Contradiction, id, 'contradiction');
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
  async disputes(eventId: string, reading?: EventReading, pause: () => Promise<void> = async () => undefined): Promise<{ items: DisputeView[]; nextCursor: null }> {
    if (!reading) return this.memoised(eventId, 'disputes', (read) => this.disputes(eventId, read));
    const { facts, stored } = reading; // `pause`: a report's time slices, one group at a time.
    const contested = new Map([...groupBy(stored, groupId)].map(([key, rows]) => [key, rows.map((c) => c.id)]));
    const vocabulary = await this.detection.vocabulary(this.manager);
    const items: DisputeView[] = [];
    const byId = new Map(stored.map((c) => [c.id, c]));
    for (const [key, ids] of [...contested.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const group = (await pause(), facts.groups.get(key));
      const [attribute] = key.split('\u0000');
      const subject = byId.get(ids[0])!.subject;
      if (!group) {
        items.push({ attribute, subject, kind: 'category', contradictionIds: ids, positions: [], figures: null, revisions: [] });
        continue;
      }
      const positions = positionsOf(group).map((p): PositionView => ({
        value: group.kind === 'set' ? setElements(p.valueText).map((e) => e.text).join(', ') : p.valueText,
        polarity: p.polarity,
        exclusive: p.exclusive,
        range: p.range ? { min: p.range.min, max: p.range.max } : null,
        vague: p.vague,
        claimIds: [...new Set(p.holdings.map((h) => h.firstClaimId))].sort(),
        sourceIds: [...new Set(p.holdings.map((h) => h.claimantId))].sort(),
      }));
      const revisions = (await pausing(detectionSteps(group, { vocabulary, parties: new Map(), sides: new Map(), names: new Map() }, true), pause)).revisions
        .map((r) => ({ sourceId: r.claimantId, values: r.values }));
      items.push({ attribute, subject, kind: group.kind, contradictionIds: ids, positions, figures: group.kind === 'quantity' ? quantityFigures(positions) : null, revisions });
    }
    return { items, nextCursor: null };
  }

  /** Claims from independent sources that agree on a facet, and values that agree without corroborating (`compatible`). */
  async corroborations(eventId: string, reading?: EventReading, pause: () => Promise<void> = async () => undefined): Promise<AgreementViews & { nextCursor: null }> {
    if (!reading) return this.memoised(eventId, 'corroborations', (read) => this.corroborations(eventId, read));
    const read = reading;
    // Made once per reading (a report asks for them twice: for the grades and for the list), one group at a time with `pause` between.
    let agreed = this.agreed.get(read);
    if (!agreed) {
      agreed = (async () => {
        const vocabulary = await this.detection.vocabulary(this.manager);
        const steps = agreementSteps(read.facts, read.independence, vocabulary);
        for (let step = steps.next(); ; step = steps.next()) {
          if (step.done) return step.value;
          await pause();
        }
      })();
      this.agreed.set(read, agreed);
      agreed.catch(() => this.agreed.delete(read));
    }
    return { ...(await agreed), nextCursor: null };
  }

  /** The agreement views of a reading (a reading is one revision of an event: they do not change). */
  private readonly agreed = new WeakMap<EventReading, Promise<AgreementViews>>();

  /** A suggested Admiralty information-credibility grade for one claim, with its reasons. */
  async credibility(claimId: string): Promise<CredibilityView> {
    const claim = await findOr404(this.manager, Claim, claimId, 'claim');
    if (!claim.eventId) return { claimId, suggested: 6, reasons: ['not linked to an event, so nothing to compare it with'], reviewed: this.reviewedGrade(claim) };
    return (await this.credibilities(claim.eventId)).get(claimId)!;
  }

  /** The suggested grade of every claim on an event, from one reading of its facets and contradictions. */
  async credibilities(eventId: string, reading?: EventReading, pause?: () => Promise<void>): Promise<Map<string, CredibilityView>> {
    if (!reading) return this.memoised(eventId, 'credibilities', (read) => this.credibilities(eventId, read));
    const read = reading;
    const { items, compatible } = await this.corroborations(eventId, read, pause);
    const withFacets = new Set(read.facts.rows.map((row) => row.claimId));
    // Indexed by claim once, so each claim's grade reads only what concerns it: linear in the event.
    const byClaim = await pausing(agreementByClaimSteps({ corroborations: items, compatible, contradictions: read.views }), pause);
    // `made`: claims of one claimant that met the same items (one shared agreement) get the same grade, made once.
    const [none, memo, grades, made] = [{ corroborations: [], compatible: [], contradictions: [] }, reasonMemo(), new Map<string, CredibilityView>(), new Map<object, Map<string, Credibility>>()];
    for (const claim of read.claims) {
      // `pause` (a report's time slices) lets the event loop run between claims of a big event.
      if (pause && grades.size % 8 === 7) await pause();
      const [agreement, hasFacets] = [byClaim.get(claim.id) ?? none, withFacets.has(claim.id)];
      const own = made.get(agreement) ?? made.set(agreement, new Map()).get(agreement)!;
      const grade = (hasFacets && own.get(claim.sourceId)) || suggestCredibility({ claimId: claim.id, claimantId: claim.sourceId, reliability: read.sources.get(claim.sourceId)!.reliability, hasFacets, ...agreement, independence: read.independence, memo });
      if (hasFacets) own.set(claim.sourceId, grade);
      grades.set(claim.id, { claimId: claim.id, suggested: grade.suggested, reasons: grade.reasons, reviewed: this.reviewedGrade(claim) });
    }
    return grades;
  }

  private reviewedGrade(claim: Claim): CredibilityView['reviewed'] {
    return claim.credibilityOverride === null ? null : { grade: claim.credibilityOverride, reason: claim.credibilityReason };
  }

  private async kinds(): Promise<Map<string, AttributeKind>> {
    return new Map((await this.manager.find(Attribute, { select: { name: true, kind: true } })).map((a) => [a.name, a.kind]));
  }

  /**
   * One reading of an event: its claims and their sources, its facets, its stored contradictions and
   * their sides. The report and the views below share it, so an event is read once per request however
   * many views are made of it.
   */
  async read(eventId: string, pause: () => Promise<void> = async () => undefined): Promise<EventReading> {
    const memo = await this.analysis.at(eventId);
    // Counted by its rows, not walked (a walk of a big event's reading would hold the loop): a bound, not a measure.
    return memo.get('reading', () => this.readFresh(eventId, pause), (r) => 2048 * r.claims.length + 1024 * r.facts.rows.length + 4096 * r.stored.length + 1024 * r.sources.size);
  }

  /**
   * The reads of a big event are several queries with turns of the event loop between them, so a write
   * may land in the middle: the event's revision is read before and after, and a reading that straddles
   * a write is made again (three times at most; a write on every try leaves the last reading).
   */
  private async readFresh(eventId: string, pause: () => Promise<void>): Promise<EventReading> {
    for (let attempt = 1; ; attempt += 1) {
      const before = await this.analysis.revision(eventId);
      const reading = await this.readOnce(eventId, pause);
      if (attempt === 3 || (await this.analysis.revision(eventId)) === before) return reading;
    }
  }

  /** `pause` lets the loop run between a big event's reads. The event exists: `readFresh` read its revision. Facets are read by claim only: with the event's id too, SQLite read all the event's facets for each part (quadratic). */
  private async readOnce(eventId: string, pause: () => Promise<void>): Promise<EventReading> {
    // In pages (the driver reads synchronously on SQLite): a big event's reading lets the loop run between them.
    const claims: Claim[] = [];
    for (;;) {
      const after = claims.length ? claims[claims.length - 1].id : null;
      const page = await rawEntities(this.manager, Claim, `"eventId" = ?${after ? ' AND "id" > ?' : ''}`, after ? [eventId, after] : [eventId], '"id"', READ_PAGE);
      claims.push(...page);
      await pause();
      if (page.length < READ_PAGE) break;
    }
    const sourceIds = [...new Set(claims.flatMap((c) => [c.sourceId, c.conveyedById].filter((id): id is string => id !== null)))];
    const sources = new Map((await Promise.all(chunks(sourceIds, 500).map((part) => this.manager.find(Source, { where: { id: In(part) } })))).flat().map((s) => [s.id, s]));
    const facets: Facet[] = [];
    for (const part of chunks(claims.map((c) => c.id), READ_PAGE / 4)) {
      facets.push(...(await rawEntities(this.manager, Facet, inList('claimId', part.length), part, '"claimId", "ordinal"')).filter((f) => f.eventId === eventId));
      await pause();
    }
    const facts = await pausing(eventFacetSteps(facets, claims, await this.kinds()), pause);
    await pause();
    const facetViews = await facetViewsOf(facets, pause);
    await pause();
    const stored = await this.contradictions.find({ where: { eventId }, order: { id: 'ASC' } });
    await pause();
    const independence = independenceOf([...sources.values()], claims);
    return { facts, stored, views: await presentAll(stored, facts, pause), claims, facetViews, sources, independence };
  }
}
