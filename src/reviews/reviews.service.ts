import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { Claim } from '../claims/claim.entity';
import { ClaimsService, ClaimView, parseVersion } from '../claims/claims.service';
import { AppError, ErrorCode } from '../common/app-error';
import { nowIso } from '../common/columns';
import { existsOr404, findOr404 } from '../common/found';
import { newId } from '../common/ids';
import { DEFAULT_PAGE_SIZE, Page, PageQuery, toPage } from '../common/pagination';
import { ContradictionsService } from '../contradictions/contradictions.service';
import { WriteQueue } from '../database/write-queue';
import { CreateReviewDto, ReviewQueueQuery } from './dto/create-review.dto';
import { Review, Verdict } from './review.entity';

/** Verdicts that say the claim holds, and those that say it does not; the rest say it cannot be told. */
const HOLDS: Verdict[] = ['verified'];
const FAILS: Verdict[] = ['disputed', 'false', 'misleading'];

function kindOf(verdict: Verdict): 'holds' | 'fails' | 'open' {
  return HOLDS.includes(verdict) ? 'holds' : FAILS.includes(verdict) ? 'fails' : 'open';
}

/**
 * Two reviewers disagree when the latest review and the latest review by anyone else differ in kind
 * (verified against disputed, false or misleading). A later review that agrees with one of them settles it.
 */
export function disagree(newestFirst: Array<Pick<Review, 'reviewerId' | 'verdict'>>): boolean {
  const [latest, ...earlier] = newestFirst;
  const other = earlier.find((review) => review.reviewerId !== latest?.reviewerId);
  if (!latest || !other) return false;
  const [a, b] = [kindOf(latest.verdict), kindOf(other.verdict)];
  return a !== b && a !== 'open' && b !== 'open';
}

export type QueueReason = 'needs_re_review' | 'reviewer_disagreement' | 'open_high_contradiction' | 'unreviewed';
const QUEUE_ORDER: QueueReason[] = ['needs_re_review', 'reviewer_disagreement', 'open_high_contradiction', 'unreviewed'];

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
      message ?? `Someone changed this claim since you read it: you saw version ${seen}, it is now at version ${current.version}${latest ? ` with the verdict ${latest.verdict}` : ''}`,
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

  /**
   * Claims waiting for a reviewer: flagged for re-review, then reviewers disagreeing, then claims on
   * an open high-severity contradiction, then the unreviewed; oldest first within each. The cursor is
   * the last claim of the previous page.
   */
  async queue(query: ReviewQueueQuery): Promise<Page<ClaimView & { queueReason: QueueReason }>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const scoped = () => {
      const builder = this.claims.createQueryBuilder('c').select('c.id', 'id').orderBy('c.id', 'ASC');
      if (query.eventId) builder.andWhere('c.eventId = :eventId', { eventId: query.eventId });
      if (query.sourceId) builder.andWhere('c.sourceId = :sourceId', { sourceId: query.sourceId });
      return builder;
    };
    const reasons = new Map<string, QueueReason>();
    const flagged = await scoped().andWhere('c.needsReReview = :yes', { yes: true }).getRawMany<{ id: string }>();
    for (const { id } of flagged) reasons.set(id, 'needs_re_review');
    const disagreeing = await scoped().andWhere('c.reviewDisagreement = :yes', { yes: true }).getRawMany<{ id: string }>();
    for (const { id } of disagreeing) if (!reasons.has(id)) reasons.set(id, 'reviewer_disagreement');
    for (const id of await this.onOpenHighContradictions(query)) if (!reasons.has(id)) reasons.set(id, 'open_high_contradiction');

    const ranked = QUEUE_ORDER.slice(0, 3).flatMap((reason) => [...reasons].filter(([, r]) => r === reason).map(([id]) => id).sort().map((id) => ({ id, reason })));
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
    // Then the unreviewed, skipping those already ranked higher.
    while (page.length <= limit) {
      const want = limit + 1 - page.length + reasons.size;
      const builder = scoped().andWhere("c.status = 'unreviewed'").limit(want);
      if (unreviewedAfter) builder.andWhere('c.id > :after', { after: unreviewedAfter });
      const batch = (await builder.getRawMany<{ id: string }>()).map((r) => r.id);
      for (const id of batch) if (!reasons.has(id) && page.length <= limit) page.push({ id, reason: 'unreviewed' });
      if (batch.length < want) break;
      unreviewedAfter = batch[batch.length - 1];
    }
    const shown = page.slice(0, limit);
    const views = new Map((await this.claimsService.views(shown.map((entry) => entry.id))).map((view) => [view.id, view]));
    return toPage(page, limit, (entry) => ({ ...views.get(entry.id)!, queueReason: entry.reason }));
  }

  private async onOpenHighContradictions(query: ReviewQueueQuery): Promise<string[]> {
    const open = await this.contradictions.openHigh(query.eventId);
    const claimIds = new Set(open.flatMap((c) => [...c.sideA.claimIds, ...c.sideB.claimIds]));
    if (!query.sourceId || !claimIds.size) return [...claimIds];
    const rows = await this.claims.find({ where: { id: In([...claimIds]), sourceId: query.sourceId }, select: { id: true } });
    return rows.map((row) => row.id);
  }
}

