import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { Claim } from '../claims/claim.entity';
import { ClaimsService, ClaimView, parseVersion } from '../claims/claims.service';
import { AppError, ErrorCode } from '../common/app-error';
import { chunks } from '../common/chunks';
import { nowIso } from '../common/columns';
import { existsOr404, findOr404 } from '../common/found';
import { newId } from '../common/ids';
import { DEFAULT_PAGE_SIZE, Page, PageQuery, toPage } from '../common/pagination';
import { Contradiction } from '../contradictions/contradiction.entity';
import { ContradictionsService } from '../contradictions/contradictions.service';
import { lockEvents } from '../database/event-lock';
import { WriteQueue } from '../database/write-queue';
import { CreateReviewDto, ReviewQueueQuery } from './dto/create-review.dto';
import { Review } from './review.entity';
import { disagree, inQueueOrder, QueueReason, queueReason, ReviewState, waitsOnItsOwn } from './verdicts';
import { versionMismatchMessage } from '../claims/version-mismatch';

/** The columns `queueReason` reads. */
const STATE = { id: true, status: true, needsReReview: true, reviewDisagreement: true } as const;
type ClaimState = ReviewState & { id: string };

export interface ReviewView extends Omit<Review, 'claim' | 'reviewer'> {
  claim: { version: number; status: string; reviewDisagreement: boolean; needsReReview: boolean };
}

@Injectable()
export class ReviewsService {
  constructor(
    @InjectRepository(Review) private readonly reviews: Repository<Review>,
    @InjectRepository(Claim) private readonly claims: Repository<Claim>,
    private readonly claimsService: ClaimsService,
    private readonly contradictions: ContradictionsService,
    private readonly writes: WriteQueue,
    private readonly audit: AuditService,
  ) {}

  /**
   * A verdict lands only on the version the reviewer read. The check is the UPDATE itself
   * (`WHERE id = ? AND version = ?`), so it holds across API processes on one database.
   */
  async create(claimId: string, dto: CreateReviewDto, ifMatch: string | undefined, actor: Actor): Promise<ReviewView> {
    const header = parseVersion(ifMatch);
    if (header !== undefined && dto.version !== undefined && header !== dto.version) {
      throw AppError.invalid('version', `the body says version ${dto.version} and If-Match says ${header}`);
    }
    const seen = dto.version ?? header;
    return this.writes.transaction(async (manager) => {
      const on = await manager.findOne(Claim, { where: { id: claimId }, select: { id: true, eventId: true } });
      await lockEvents(manager, [on?.eventId]);
      const claim = await findOr404(manager, Claim, claimId, 'claim');
      if (seen === undefined) throw await this.stale(manager, claimId, 'Send the claim version you read, as If-Match or version', null);
      const now = nowIso();
      const result = await manager.createQueryBuilder().update(Claim)
        .set({
          version: () => 'version + 1', status: dto.verdict, verdictById: actor.userId, verdictAt: now, needsReReview: false,
          reReviewContradictionId: null, updatedAt: now,
          ...(dto.credibility !== undefined && { credibilityOverride: dto.credibility, credibilityReason: dto.credibilityReason!.trim() }),
        })
        .where('id = :id AND version = :seen', { id: claimId, seen })
        .execute();
      if (!result.affected) throw await this.stale(manager, claimId, null, seen);

      const review: Review = {
        id: newId(), claimId, reviewerId: actor.userId, verdict: dto.verdict, rationale: dto.rationale.trim(),
        evidence: { claimIds: dto.evidence?.claimIds ?? [], documentIds: dto.evidence?.documentIds ?? [], urls: dto.evidence?.urls ?? [] },
        claimVersion: seen, credibility: dto.credibility ?? null, credibilityReason: dto.credibilityReason?.trim() ?? null, createdAt: now,
      };
      await manager.insert(Review, review);
      const history = await manager.find(Review, { where: { claimId }, order: { id: 'DESC' }, select: { reviewerId: true, verdict: true } });
      const disagreement = disagree(history);
      if (disagreement !== claim.reviewDisagreement) await manager.update(Claim, { id: claimId }, { reviewDisagreement: disagreement });
      const after = { version: claim.version + 1, status: dto.verdict, reviewDisagreement: disagreement, needsReReview: false };
      await this.audit.record(manager, actor, 'create', 'review', review.id, null, {
        ...review, claimBefore: { version: claim.version, status: claim.status, needsReReview: claim.needsReReview, credibilityOverride: claim.credibilityOverride },
        claimAfter: { ...after, credibilityOverride: dto.credibility ?? claim.credibilityOverride },
      });
      return { ...review, claim: after };
    });
  }

  /** 409 with what the reviewer needs to decide again: the current version and the latest verdict. */
  private async stale(manager: EntityManager, claimId: string, message: string | null, seen: number | null): Promise<AppError> {
    const current = await manager.findOneOrFail(Claim, { where: { id: claimId } });
    const latest = await manager.findOne(Review, { where: { claimId }, order: { id: 'DESC' } });
    return new AppError(
      ErrorCode.VersionConflict,
      message ?? versionMismatchMessage(seen!, current.version, latest?.verdict ?? null),
      [{ path: 'version', message: seen === null ? 'is missing' : `is ${current.version}, not ${seen}` }],
      {
        currentVersion: current.version,
        status: current.status,
        latestReview: latest ? { id: latest.id, verdict: latest.verdict, reviewerId: latest.reviewerId, rationale: latest.rationale, createdAt: latest.createdAt } : null,
        needsReReview: current.needsReReview,
      },
    );
  }

  /** The history of a claim's reviews, newest first. */
  async history(claimId: string, query: PageQuery): Promise<Page<Review>> {
    await existsOr404(this.claims.manager, Claim, claimId, 'claim');
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.reviews.createQueryBuilder('r').where('r.claimId = :claimId', { claimId }).orderBy('r.id', 'DESC').take(limit + 1);
    if (query.cursor) builder.andWhere('r.id < :cursor', { cursor: query.cursor });
    return toPage(await builder.getMany(), limit, (review) => review);
  }

  /** The latest review of a claim, or null. */
  async latest(claimId: string): Promise<Review | null> {
    return this.reviews.findOne({ where: { claimId }, order: { id: 'DESC' } });
  }

  /** Every review of these claims, newest first, grouped by claim. */
  async byClaims(claimIds: string[]): Promise<Map<string, Review[]>> {
    const byClaim = new Map<string, Review[]>();
    for (const part of chunks(claimIds, 500)) {
      for (const review of await this.reviews.find({ where: { claimId: In(part) }, order: { id: 'DESC' } })) {
        byClaim.set(review.claimId, [...(byClaim.get(review.claimId) ?? []), review]);
      }
    }
    return byClaim;
  }

  /**
   * Claims waiting for a reviewer (`queueReason`): flagged for re-review, then reviewers disagreeing,
   * then claims on an open high-severity contradiction, then the unreviewed; oldest first within each.
   * The cursor is the last claim of the previous page.
   */
  async queue(query: ReviewQueueQuery): Promise<Page<ClaimView & { queueReason: QueueReason }>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const scope = { ...(query.eventId && { eventId: query.eventId }), ...(query.sourceId && { sourceId: query.sourceId }) };
    // Those that wait for a reason above "unreviewed" are few: all of them are ranked in memory.
    const flagged = await this.claims.find({ where: [{ ...scope, needsReReview: true }, { ...scope, reviewDisagreement: true }], select: STATE });
    const onHigh = await this.onOpenHighContradictions(query.eventId);
    const seen = new Set(flagged.map((claim) => claim.id));
    const high = await this.states([...onHigh].filter((id) => !seen.has(id)), scope);
    const ranked = inQueueOrder([...flagged, ...high].map((claim) => ({ id: claim.id, reason: queueReason(claim, onHigh.has(claim.id))! })));
    const reasons = new Set(ranked.map((entry) => entry.id));

    let start = 0;
    let unreviewedAfter: string | null = null;
    if (query.cursor) {
      const at = ranked.findIndex((entry) => entry.id === query.cursor);
      if (at >= 0) start = at + 1;
      else {
        start = ranked.length;
        unreviewedAfter = query.cursor;
      }
    }
    const page: Array<{ id: string; reason: QueueReason }> = ranked.slice(start, start + limit + 1);
    // Then the unreviewed, in keyset pages, skipping those already ranked higher.
    while (page.length <= limit) {
      const want = limit + 1 - page.length + reasons.size;
      const builder = this.claims.createQueryBuilder('c').select(['c.id', 'c.status', 'c.needsReReview', 'c.reviewDisagreement'])
        .where("c.status = 'unreviewed'").orderBy('c.id', 'ASC').limit(want);
      if (query.eventId) builder.andWhere('c.eventId = :eventId', { eventId: query.eventId });
      if (query.sourceId) builder.andWhere('c.sourceId = :sourceId', { sourceId: query.sourceId });
      if (unreviewedAfter) builder.andWhere('c.id > :after', { after: unreviewedAfter });
      const batch = await builder.getMany();
      for (const claim of batch) {
        const reason = queueReason(claim, false);
        if (reason && !reasons.has(claim.id) && page.length <= limit) page.push({ id: claim.id, reason });
      }
      if (batch.length < want) break;
      unreviewedAfter = batch[batch.length - 1].id;
    }
    const shown = page.slice(0, limit);
    const views = new Map((await this.claimsService.views(shown.map((entry) => entry.id))).map((view) => [view.id, view]));
    return toPage(page, limit, (entry) => ({ ...views.get(entry.id)!, queueReason: entry.reason }));
  }

  /**
   * How many claims of each event wait for review: exactly the claims the queue lists for that event
   * (those waiting on their own state, counted by the database, and reviewed claims on an open
   * high-severity contradiction).
   */
  async waitingCounts(eventIds: string[]): Promise<Map<string, number>> {
    const counts = new Map(eventIds.map((id) => [id, 0]));
    for (const part of chunks(eventIds, 500)) {
      const rows = await this.claims.createQueryBuilder('c').select('c.eventId', 'eventId').addSelect('COUNT(*)', 'waiting')
        .where('c.eventId IN (:...part)', { part }).andWhere(waitsOnItsOwn('c'), { yes: true }).groupBy('c.eventId')
        .getRawMany<{ eventId: string; waiting: string | number }>();
      for (const row of rows) counts.set(row.eventId, Number(row.waiting));
    }
    for (const eventId of eventIds) {
      const states = await this.states([...(await this.onOpenHighContradictions(eventId))], { eventId });
      counts.set(eventId, counts.get(eventId)! + states.filter((claim) => queueReason(claim, false) === null).length);
    }
    return counts;
  }

  /**
   * The same rule as SQL on the events of `builder` (aliased `eventAlias`): the event has a claim the
   * queue lists. A claim on an open high-severity contradiction is listed whatever its state.
   */
  whereEventHasWaiting<T extends object>(builder: SelectQueryBuilder<T>, eventAlias: string): SelectQueryBuilder<T> {
    return builder.andWhere((qb: SelectQueryBuilder<T>) => `(EXISTS ${qb.subQuery().select('1').from(Claim, 'w')
      .where(`w.eventId = ${eventAlias}.id`).andWhere(waitsOnItsOwn('w')).getQuery()} OR EXISTS ${qb.subQuery().select('1').from(Contradiction, 'wk')
      .where(`wk.eventId = ${eventAlias}.id`).andWhere("wk.status = 'open' AND wk.severity = 'high'").getQuery()})`, { yes: true });
  }

  /** The ids of claims on the sides of open high-severity contradictions, of one event or all. */
  private async onOpenHighContradictions(eventId?: string): Promise<Set<string>> {
    const open = await this.contradictions.openHigh(eventId);
    return new Set(open.flatMap((c) => [...c.sideA.claimIds, ...c.sideB.claimIds]));
  }

  /** What `queueReason` reads of these claims, within the queue's filters. */
  private async states(ids: string[], scope: { eventId?: string; sourceId?: string }): Promise<ClaimState[]> {
    const found: ClaimState[] = [];
    for (const part of chunks(ids, 500)) found.push(...(await this.claims.find({ where: { id: In(part), ...scope }, select: STATE })));
    return found;
  }
}
