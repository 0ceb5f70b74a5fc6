import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Allow, AnyRole, CurrentDeskUser, DeskUser, ViaSession } from '../auth/access.decorator';
import { ClaimsService } from '../claims/claims.service';
import { AppError, ErrorCode } from '../common/app-error';
import { FormBody } from '../common/json-body';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ContradictionsService } from '../contradictions/contradictions.service';
import { DocumentsService } from '../documents/documents.service';
import { EventsService } from '../events/events.service';
import { ReportsService } from '../reports/reports.service';
import { CreateReviewDto } from '../reviews/dto/create-review.dto';
import { QueueReason } from '../reviews/verdicts';
import { ClaimView } from '../claims/claims.service';
import { MAX_PAGE_SIZE } from '../common/pagination';
import { QueueQuery } from './dto/filters.query';
import { ReviewsService } from '../reviews/reviews.service';
import { SourcesService } from '../sources/sources.service';
import { UsersService } from '../users/users.service';
import { DeskAssets } from './desk-assets';
import { parseEvidence } from './evidence-lines';
import { html } from '../common/html';
import { checked, field, filled, isValidation, seeOther, sendDownload, sendPage } from './respond';
import { ClaimPage, claimPage, ReviewDraft } from './views/claim.view';
import { doneMessage, notice, verdictBadge } from './views/layout';
import { queuePage } from './views/queue.view';

/** A claim, the review form, and the review queue. */
@ApiExcludeController()
@Controller('desk')
@ViaSession()
export class ClaimPagesController {
  constructor(
    private readonly assets: DeskAssets,
    private readonly sources: SourcesService,
    private readonly users: UsersService,
    private readonly claims: ClaimsService,
    private readonly events: EventsService,
    private readonly documents: DocumentsService,
    private readonly contradictions: ContradictionsService,
    private readonly reviews: ReviewsService,
    private readonly reports: ReportsService,
  ) {}

  @Get('claims/:id')
  @AnyRole()
  async claim(@Param('id', ParseIdPipe) id: string, @Query('done') done: string | undefined, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    sendPage(reply, 200, claimPage(this.assets, user, await this.page(id), { done: doneMessage(done) }));
  }

  /**
   * The verdict lands only on the version the reviewer read. When someone else reviewed first, the page
   * comes back with their verdict on top and the reviewer's own text still in the form, on the new version.
   */
  @Post('claims/:id/reviews')
  @Allow('reviewer')
  async review(@Param('id', ParseIdPipe) id: string, @Body() form: FormBody, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const draft: ReviewDraft = {
      verdict: field(form, 'verdict'), rationale: field(form, 'rationale'), evidence: field(form, 'evidence'),
      credibility: field(form, 'credibility'), credibilityReason: field(form, 'credibilityReason'),
    };
    const version = Number(field(form, 'version')) || undefined;
    try {
      const { evidence, problems } = parseEvidence(draft.evidence);
      if (problems.length) throw AppError.validation(problems);
      const dto = await checked(CreateReviewDto, {
        verdict: draft.verdict, rationale: draft.rationale, version, evidence,
        ...(draft.credibility && { credibility: Number(draft.credibility), credibilityReason: draft.credibilityReason }),
      });
      await this.reviews.create(id, dto, undefined, user);
      seeOther(reply, `/desk/claims/${id}?done=reviewed#review`);
    } catch (error) {
      if (!isValidation(error) && !(error instanceof AppError && error.code === ErrorCode.VersionConflict)) throw error;
      const page = await this.page(id);
      // A conflict moves the form to the version now stored; a mistake in the form keeps the version the reviewer read.
      const conflict = error.code === ErrorCode.VersionConflict;
      sendPage(reply, error.status, claimPage(this.assets, user, page, { draft, version: conflict ? page.claim.version : version, problem: this.problem(error, page, version) }));
    }
  }

  @Get('claims/:id/claim-review')
  @AnyRole()
  async claimReview(@Param('id', ParseIdPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const review = await this.reports.claimReview(id);
    sendDownload(reply, JSON.stringify(review, null, 2), 'application/ld+json; charset=utf-8', `claim-review-${id}.json`);
  }

  /**
   * The queue, narrowed by verdict and reason as well as event: pages of the queue are read in its own
   * order and kept while they match, so the order and the cursor stay the queue's.
   */
  @Get('queue')
  @AnyRole()
  async queue(@Query() raw: Record<string, unknown>, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const query = await checked(QueueQuery, filled(raw));
    const limit = query.limit ?? 50;
    const matches = (c: ClaimView & { queueReason: QueueReason }) => (!query.verdict || c.status === query.verdict) && (!query.reason || c.queueReason === query.reason);
    const found: Array<ClaimView & { queueReason: QueueReason }> = [];
    let cursor = query.cursor;
    let scanned = 0;
    do {
      const page = await this.reviews.queue({ eventId: query.eventId, sourceId: query.sourceId, cursor, limit: query.verdict || query.reason ? MAX_PAGE_SIZE : limit + 1 });
      for (const claim of page.items) {
        cursor = claim.id;
        if (matches(claim)) found.push(claim);
        if (found.length > limit) break;
      }
      scanned += page.items.length;
      if (!page.nextCursor && found.length <= limit) cursor = undefined;
    } while (cursor && found.length <= limit && scanned < 20 * MAX_PAGE_SIZE);
    const more = found.length > limit || !!cursor;
    const items = found.slice(0, limit);
    const page = { items, nextCursor: more ? (found.length > limit ? items[items.length - 1].id : cursor ?? null) : null };
    const names = await this.sources.names(page.items.map((c) => c.sourceId));
    const titles = await this.events.titles([...page.items.map((c) => c.eventId), query.eventId].filter((e): e is string => !!e));
    if (query.eventId && !titles.has(query.eventId)) throw AppError.notFound('event', query.eventId);
    sendPage(reply, 200, queuePage(this.assets, user, page, query, names, titles));
  }

  /** Says why the verdict did not land: who reviewed meanwhile, or that the claim itself changed. */
  private problem(error: AppError, page: ClaimPage, seen: number | undefined) {
    if (error.code !== ErrorCode.VersionConflict) return notice('problem', error.message, error.details);
    const latest = page.history[0];
    const reviewedMeanwhile = latest && seen !== undefined && latest.claimVersion >= seen;
    const kept = html`<p>Your verdict was not recorded. What you wrote is still in the form below: read what changed, then send yours again if it still stands.</p>`;
    if (!reviewedMeanwhile) {
      return html`<div class="notice problem" role="alert">
  <p><strong>${seen === undefined ? 'The form did not say which version of the claim you read' : 'This claim changed since you opened it'}</strong>: it is now at version ${page.claim.version}${page.claim.needsReReview ? ', flagged for re-review because a contradiction on it changed' : ''}.</p>
  ${kept}
</div>`;
    }
    return html`<div class="notice problem" role="alert">
  <p><strong>${page.names.get(latest.reviewerId) ?? 'Another reviewer'} reviewed this claim while you were writing</strong>: ${verdictBadge(latest.verdict)}. It is now at version ${page.claim.version}.</p>
  <blockquote>${latest.rationale}</blockquote>
  ${kept}
</div>`;
  }

  private async page(id: string): Promise<ClaimPage> {
    const claim = await this.claims.get(id);
    const [event, document, history, reading] = await Promise.all([
      claim.eventId ? this.events.get(claim.eventId) : null,
      claim.documentId ? this.documents.get(claim.documentId) : null,
      this.reviews.history(id, { limit: 100 }),
      claim.eventId ? this.contradictions.read(claim.eventId) : null,
    ]);
    // One reading of the event serves both the contradictions shown and the suggested grade.
    const credibility = claim.eventId && reading
      ? (await this.contradictions.credibilities(claim.eventId, reading)).get(id)!
      : await this.contradictions.credibility(id);
    const contradictions = (reading?.views ?? []).filter((c) => c.sideA.claimIds.includes(id) || c.sideB.claimIds.includes(id));
    const sources = await this.sources.names([claim.sourceId, ...(claim.conveyedById ? [claim.conveyedById] : [])]);
    const reviewers = await this.users.names(history.items.map((r) => r.reviewerId));
    return { claim, event, document, credibility, history: history.items, moreHistory: history.nextCursor !== null, contradictions, names: new Map([...sources, ...reviewers]) };
  }
}
