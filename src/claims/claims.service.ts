import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Attribute } from '../attributes/attribute.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { AppError, ErrorCode } from '../common/app-error';
import { chunks } from '../common/chunks';
import { nowIso } from '../common/columns';
import { existsOr404, findOr404 } from '../common/found';
import { groupBy } from '../common/group-by';
import { newId } from '../common/ids';
import { containsPattern, DEFAULT_PAGE_SIZE, Page, toPage } from '../common/pagination';
import { DetectionService } from '../contradictions/detection.service';
import { EventBatches, Outcome } from '../database/event-batches';
import { lockEvents } from '../database/event-lock';
import { isTransient } from '../database/transient';
import { WriteQueue } from '../database/write-queue';
import { Event } from '../events/event.entity';
import { Review } from '../reviews/review.entity';
import { checkBatch, namedSources, refusing, writeAndLock, writeAndLockText, WriteRefused } from './claim-batch';
import { checkedClaimFields } from './claim-fields';
import { Claim } from './claim.entity';
import { claimRow } from './claim-row';
import { CreateClaimDto, FacetDto } from './dto/create-claim.dto';
import { ListClaimsQuery } from './dto/list-claims.dto';
import { UpdateClaimDto } from './dto/update-claim.dto';
import { Vocabulary } from './canonical';
import { facetRows } from './facet-rows';
import { Facet } from './facet.entity';
import { versionMismatchMessage } from './version-mismatch';

import { ClaimView, presentClaim } from './claim-view';

export { parseVersion, presentClaim, presentFacet } from './claim-view';
export type { ClaimView, FacetView } from './claim-view';

@Injectable()
export class ClaimsService {
  constructor(
    @InjectRepository(Claim) private readonly claims: Repository<Claim>,
    @InjectRepository(Facet) private readonly facets: Repository<Facet>,
    private readonly writes: WriteQueue,
    private readonly audit: AuditService,
    private readonly detection: DetectionService,
  ) {
    // On PostgreSQL a batch holds the event's lock only while the server runs its last statement, so
    // little gathers behind it: on a busy event the next batch waits up to 20 ms for more (fewer
    // transactions, less CPU a claim). On SQLite the write queue gathers them already.
    const linger = claims.manager.connection.options.type === 'postgres' ? 20 : 0;
    this.batches = new EventBatches((eventId, jobs) => this.insertBatch(eventId, jobs), 50, linger);
  }

  /** New claims on one event that arrive while the event is being written go together (see EventBatches). */
  private readonly batches: EventBatches<{ dto: CreateClaimDto; actor: Actor }, ClaimView>;

  async create(dto: CreateClaimDto, actor: Actor): Promise<ClaimView> {
    if (dto.eventId) return this.batches.submit(dto.eventId, { dto, actor });
    return this.writes.transaction((manager) => this.insert(manager, dto, actor));
  }

  /**
   * Claims on one event in one transaction: the event locked once, the claims checked with what they
   * name read once (a bad one is refused alone), the good ones written in one multi-row INSERT each for
   * claims, facets and audit entries, then their holdings added and detection run once over their
   * groups. The stored result is the one the claims would give one by one; the contradiction changes are
   * audited under the first claim's author. Should a write fail (say a source deleted meanwhile), the
   * batch is run again one claim at a time, each under a savepoint, so that only that claim is refused.
   */
  private async insertBatch(eventId: string, jobs: Array<{ dto: CreateClaimDto; actor: Actor }>): Promise<Array<Outcome<ClaimView>>> {
    try {
      let last: EntityManager | null = null;
      const outcomes = await this.writes.transaction((manager) => this.insertTogether((last = manager), eventId, jobs));
      if (last) this.detection.committed(last);
      return outcomes;
    } catch (error) {
      if (!(error instanceof WriteRefused)) throw error;
      return this.writes.transaction((manager) => this.insertOneByOne(manager, eventId, jobs));
    }
  }

  /**
   * The checks and the new rows come before the event's lock, so that the lock is held only for the
   * holdings and detection: rows not yet committed are seen by no other writer, and this one sees
   * every write committed before it got the lock. A merge of a named source or of the event, or a
   * vocabulary change, that committed meanwhile is caught after the lock (the batch then goes again one
   * by one, each claim checked under the lock).
   */
  private async insertTogether(manager: EntityManager, eventId: string, jobs: Array<{ dto: CreateClaimDto; actor: Actor }>): Promise<Array<Outcome<ClaimView>>> {
    const postgres = manager.connection.driver.options.type === 'postgres';
    const { checked, token } = await checkBatch(manager, jobs.map((job) => job.dto), (m, known) => this.detection.vocabulary(m, known), nowIso());
    const written = checked.flatMap((c, i) => ('ok' in c ? [{ ...c.ok, actor: jobs[i].actor }] : []));
    const outcomes = checked.map((c): Outcome<ClaimView> => ('ok' in c ? { ok: c.ok.view } : c));
    if (!written.length) return outcomes;
    const entries = written.map((w) => AuditService.entry(w.actor, 'create', 'claim', w.claim.id, null, w.view));
    const rows = [manager, eventId, written.map((w) => w.claim), written.flatMap((w) => w.facets), entries] as const;
    const meanwhile = postgres ? { sourceIds: namedSources(written.map((w) => w.claim)), vocabularyToken: token } : undefined;
    // On PostgreSQL the rows, the lock and, when nothing is to be detected, the commit in one round trip.
    const lead = meanwhile ? writeAndLockText(...rows) : null;
    if (lead && meanwhile) {
      if (await refusing(() => this.detection.addedAndCommitted(manager, eventId, lead, written, meanwhile))) return outcomes;
    } else {
      await writeAndLock(...rows);
    }
    if ((await this.detection.afterClaimsAdded(manager, written[0].actor, eventId, written, meanwhile)) === 'changed meanwhile') throw new WriteRefused(null);
    return outcomes;
  }

  /** The batch one claim at a time, each under a savepoint: a claim whose write fails is refused alone. */
  private async insertOneByOne(manager: EntityManager, eventId: string, jobs: Array<{ dto: CreateClaimDto; actor: Actor }>): Promise<Array<Outcome<ClaimView>>> {
    await lockEvents(manager, [eventId]);
    const outcomes: Array<Outcome<ClaimView>> = [];
    const written: Array<{ before: null; after: { claim: Claim; facets: Facet[] } }> = [];
    for (const { dto, actor } of jobs) {
      await manager.query('SAVEPOINT claim_in_batch');
      try {
        const { view, claim, facets } = await this.insertRow(manager, dto, actor);
        await manager.query('RELEASE SAVEPOINT claim_in_batch');
        outcomes.push({ ok: view });
        written.push({ before: null, after: { claim, facets } });
      } catch (error) {
        // A deadlock or lock timeout concerns the whole transaction: it is retried whole.
        if (isTransient(error)) throw error;
        await manager.query('ROLLBACK TO SAVEPOINT claim_in_batch');
        await manager.query('RELEASE SAVEPOINT claim_in_batch');
        outcomes.push({ error });
      }
    }
    const first = jobs.find((_, i) => 'ok' in outcomes[i]);
    if (written.length) await this.detection.afterClaimsChange(manager, first!.actor, written);
    return outcomes;
  }

  /** Inside a caller's transaction: imports and accepted extractions add claims the same way. */
  async insert(manager: EntityManager, dto: CreateClaimDto, actor: Actor): Promise<ClaimView> {
    const { view, claim, facets } = await this.insertRow(manager, dto, actor);
    await this.detection.afterClaimChange(manager, actor, null, { claim, facets });
    return view;
  }

  /** The claim, its facets and its audit entry, without detection. */
  private async insertRow(manager: EntityManager, dto: CreateClaimDto, actor: Actor): Promise<{ view: ClaimView; claim: Claim; facets: Facet[] }> {
    await lockEvents(manager, [dto.eventId]);
    const now = nowIso();
    const fields = await checkedClaimFields(manager, dto, null);
    const claim = claimRow(fields, newId(), now);
    const facets = await this.checkedFacets(manager, claim, dto.facets ?? []);
    await manager.insert(Claim, claim);
    if (facets.length) await manager.insert(Facet, facets);
    const view = presentClaim(claim, facets);
    await this.audit.record(manager, actor, 'create', 'claim', claim.id, null, view);
    return { view, claim, facets };
  }

  async get(id: string): Promise<ClaimView> {
    const claim = await findOr404(this.claims.manager, Claim, id, 'claim');
    return presentClaim(claim, await this.facets.find({ where: { claimId: id }, order: { ordinal: 'ASC' } }));
  }

  async list(query: ListClaimsQuery): Promise<Page<ClaimView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.claims.createQueryBuilder('claim').orderBy('claim.id', 'ASC').take(limit + 1);
    if (query.eventId) builder.andWhere('claim.eventId = :eventId', { eventId: query.eventId });
    if (query.sourceId) builder.andWhere('claim.sourceId = :sourceId', { sourceId: query.sourceId });
    if (query.documentId) builder.andWhere('claim.documentId = :documentId', { documentId: query.documentId });
    if (query.q) {
      builder.andWhere("(LOWER(claim.text) LIKE :q ESCAPE '\\' OR LOWER(claim.quoteExact) LIKE :q ESCAPE '\\')", { q: containsPattern(query.q) });
    }
    if (query.cursor) builder.andWhere('claim.id > :cursor', { cursor: query.cursor });
    const rows = await builder.getMany();
    const shown = rows.slice(0, limit);
    const facets = shown.length
      ? await this.facets.find({ where: { claimId: In(shown.map((claim) => claim.id)) }, order: { claimId: 'ASC', ordinal: 'ASC' } })
      : [];
    const byClaim = groupBy(facets, (facet) => facet.claimId);
    return toPage(rows, limit, (claim) => presentClaim(claim, byClaim.get(claim.id) ?? []));
  }

  /** Every claim of an event, whole, oldest first: two queries, however many claims. */
  async allForEvent(eventId: string): Promise<ClaimView[]> {
    const claims = await this.claims.find({ where: { eventId }, order: { id: 'ASC' } });
    const facets = groupBy(await this.facets.find({ where: { eventId }, order: { claimId: 'ASC', ordinal: 'ASC' } }), (f) => f.claimId);
    return claims.map((claim) => presentClaim(claim, facets.get(claim.id) ?? []));
  }

  /** Claims by id, whole, in the order asked. */
  async views(ids: string[]): Promise<ClaimView[]> {
    if (!ids.length) return [];
    const claims = new Map((await this.claims.find({ where: { id: In(ids) } })).map((claim) => [claim.id, claim]));
    const facets = groupBy(await this.facets.find({ where: { claimId: In(ids) }, order: { claimId: 'ASC', ordinal: 'ASC' } }), (f) => f.claimId);
    return ids.filter((id) => claims.has(id)).map((id) => presentClaim(claims.get(id)!, facets.get(id) ?? []));
  }

  /** The claims already made from a document, by the offsets of their quotes (`start:end`). */
  async quotedIn(documentId: string): Promise<Map<string, string>> {
    const rows = await this.claims.find({ select: { id: true, quoteStart: true, quoteEnd: true }, where: { documentId } });
    return new Map(rows.filter((c) => c.quoteStart !== null).map((c) => [`${c.quoteStart}:${c.quoteEnd}`, c.id]));
  }

  /** How many claims each event has. */
  async countsByEvent(eventIds: string[]): Promise<Map<string, number>> {
    const counts = new Map(eventIds.map((id) => [id, 0]));
    for (const part of chunks(eventIds, 500)) {
      const rows = await this.claims.createQueryBuilder('c').select('c.eventId', 'eventId').addSelect('COUNT(*)', 'claims')
        .where('c.eventId IN (:...part)', { part }).groupBy('c.eventId').getRawMany<{ eventId: string; claims: string | number }>();
      for (const row of rows) counts.set(row.eventId, Number(row.claims));
    }
    return counts;
  }

  async listForEvent(eventId: string, query: ListClaimsQuery): Promise<Page<ClaimView>> {
    await existsOr404(this.claims.manager, Event, eventId, 'event');
    return this.list({ ...query, eventId });
  }

  /** A change the client made from version N lands only while the claim is still at N (checked in the UPDATE itself). */
  async update(id: string, dto: UpdateClaimDto, actor: Actor, expectedVersion?: number): Promise<ClaimView> {
    return this.writes.transaction(async (manager) => {
      await this.lockEventsOf(manager, id, dto.eventId);
      const before = await findOr404(manager, Claim, id, 'claim');
      const beforeFacets = await manager.find(Facet, { where: { claimId: id }, order: { ordinal: 'ASC' } });
      const seen = expectedVersion ?? before.version;
      const fields = await checkedClaimFields(manager, dto, before);
      const claim = { ...before, ...fields };
      const facets = dto.facets === undefined
        ? beforeFacets.map((facet) => ({ ...facet, eventId: claim.eventId, claimantId: claim.sourceId }))
        : await this.checkedFacets(manager, claim, dto.facets);
      const updatedAt = nowIso();
      const result = await manager
        .createQueryBuilder()
        .update(Claim)
        .set({ ...fields, updatedAt, version: () => 'version + 1' })
        .where('id = :id AND version = :seen', { id, seen })
        .execute();
      if (!result.affected) throw this.versionConflict(before, seen);
      if (dto.facets !== undefined) {
        await manager.delete(Facet, { claimId: id });
        if (facets.length) await manager.insert(Facet, facets);
      } else if (claim.eventId !== before.eventId || claim.sourceId !== before.sourceId) {
        await manager.update(Facet, { claimId: id }, { eventId: claim.eventId, claimantId: claim.sourceId });
      }
      const after = presentClaim({ ...claim, updatedAt, version: seen + 1 }, facets);
      await this.audit.record(manager, actor, 'update', 'claim', id, presentClaim(before, beforeFacets), after);
      await this.detection.afterClaimChange(manager, actor, { claim: before, facets: beforeFacets }, { claim, facets });
      return after;
    });
  }

  async remove(id: string, actor: Actor, expectedVersion?: number): Promise<void> {
    await this.writes.transaction(async (manager) => {
      await this.lockEventsOf(manager, id);
      const before = await findOr404(manager, Claim, id, 'claim');
      const facets = await manager.find(Facet, { where: { claimId: id }, order: { ordinal: 'ASC' } });
      const reviews = await manager.count(Review, { where: { claimId: id } });
      if (reviews > 0) {
        throw new AppError(ErrorCode.InUse, `The claim has ${reviews} review(s); reviews are kept, so the claim stays`, [
          { path: 'id', message: 'claim has reviews' },
        ]);
      }
      const seen = expectedVersion ?? before.version;
      const result = await manager.createQueryBuilder().delete().from(Claim).where('id = :id AND version = :seen', { id, seen }).execute();
      if (!result.affected) throw this.versionConflict(before, seen);
      await this.audit.record(manager, actor, 'delete', 'claim', id, presentClaim(before, facets), null);
      await this.detection.afterClaimChange(manager, actor, { claim: before, facets }, null);
    });
  }

  /**
   * Locks the event a claim is on (and the one it moves to) before the claim is read: a change made
   * meanwhile by another writer shows as a new version, refused by the version check.
   */
  private async lockEventsOf(manager: EntityManager, claimId: string, movingTo?: string | null): Promise<void> {
    const current = await manager.findOne(Claim, { where: { id: claimId }, select: { id: true, eventId: true } });
    await lockEvents(manager, [current?.eventId, movingTo]);
  }

  private versionConflict(current: Claim, seen: number): AppError {
    return new AppError(
      ErrorCode.VersionConflict,
      versionMismatchMessage(seen, current.version),
      [{ path: 'version', message: `is ${current.version}, not ${seen}` }],
      { currentVersion: current.version, status: current.status },
    );
  }

  /** Facet rows, each checked against its attribute; every problem is named by its facet's position. */
  private async checkedFacets(manager: EntityManager, claim: Pick<Claim, 'id' | 'eventId' | 'sourceId'>, inputs: FacetDto[]): Promise<Facet[]> {
    const names = [...new Set(inputs.map((facet) => facet.attribute))];
    const attributes = names.length ? await manager.find(Attribute, { where: { name: In(names) } }) : [];
    const needsVocabulary = attributes.some((attribute) => attribute.kind === 'category' || attribute.kind === 'set');
    const vocabulary: Vocabulary | null = needsVocabulary ? await this.detection.vocabulary(manager) : null;
    const { rows, problems } = facetRows(claim, inputs, new Map(attributes.map((attribute) => [attribute.name, attribute])), vocabulary);
    if (problems.length) throw AppError.validation(problems);
    return rows;
  }
}
