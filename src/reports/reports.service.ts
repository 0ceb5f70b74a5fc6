import { Readable } from 'node:stream';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Claim } from '../claims/claim.entity';
import { ClaimsService } from '../claims/claims.service';
import { AppError, ErrorCode } from '../common/app-error';
import { groupBy } from '../common/group-by';
import { ENVIRONMENT } from '../config/config.module';
import { Environment } from '../config/environment';
import { Contradiction } from '../contradictions/contradiction.entity';
import { ContradictionsService } from '../contradictions/contradictions.service';
import { Document } from '../documents/document.entity';
import { Event } from '../events/event.entity';
import { EventsService } from '../events/events.service';
import { Review } from '../reviews/review.entity';
import { Source } from '../sources/source.entity';
import { claimReview } from './claim-review';
import { ExportQuery } from './dto/report-query.dto';
import { Report, ReportClaim, sealReport } from './report';

/** How many contradictions an export reads at a time: memory holds one page, whatever the total. The first page is small, so the first byte leaves soon. */
export const EXPORT_PAGE = 100;
const FIRST_EXPORT_PAGE = 50;

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1);

@Injectable()
export class ReportsService {
  constructor(
    @InjectRepository(Contradiction) private readonly contradictions: Repository<Contradiction>,
    private readonly events: EventsService,
    private readonly claims: ClaimsService,
    private readonly contradictionsService: ContradictionsService,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  /** The whole report of an event, in a deterministic order: the same data gives the same bytes but for `generatedAt`. */
  async report(eventId: string): Promise<Report> {
    const event = await this.events.get(eventId);
    const manager = this.contradictions.manager;
    const claims = await this.claims.allForEvent(eventId);
    const sourceIds = [...new Set(claims.flatMap((c) => [c.sourceId, c.conveyedById].filter((id): id is string => !!id)))];
    const sources = sourceIds.length ? await manager.find(Source, { where: { id: In(sourceIds) } }) : [];
    const documentIds = [...new Set(claims.map((c) => c.documentId).filter((id): id is string => !!id))];
    const documents = new Map((documentIds.length ? await manager.find(Document, { where: { id: In(documentIds) } }) : []).map((d) => [d.id, d]));
    const reviews = groupBy(claims.length ? await manager.find(Review, { where: { claimId: In(claims.map((c) => c.id)) }, order: { id: 'DESC' } }) : [], (r) => r.claimId);
    const reading = await this.contradictionsService.read(eventId);
    const credibility = await this.contradictionsService.credibilities(eventId, reading);

    const claimants = [...groupBy(claims, (c) => c.sourceId)].map(([sourceId, own]) => ({
      sourceId,
      name: sources.find((s) => s.id === sourceId)!.name,
      claims: own.map((c): ReportClaim => {
        const document = c.documentId ? documents.get(c.documentId)! : null;
        const history = reviews.get(c.id) ?? [];
        const grade = credibility.get(c.id)!;
        return {
          id: c.id, text: c.text, quote: c.quote?.exact ?? null, conveyedBy: c.conveyedById, statedAt: c.statedAt, facets: c.facets,
          document: document && { id: document.id, title: document.title, url: document.url, sha256: document.sha256 },
          verdict: c.status, verdictAt: c.verdictAt,
          credibility: { suggested: grade.suggested, reasons: grade.reasons, reviewed: grade.reviewed },
          reviews: { count: history.length, latest: history.slice(0, 3).map((r) => ({ verdict: r.verdict, rationale: r.rationale, reviewerId: r.reviewerId, createdAt: r.createdAt })) },
        };
      }),
    })).sort((a, b) => byName({ name: a.name, id: a.sourceId }, { name: b.name, id: b.sourceId }));

    return sealReport({
      title: `Crosscheck report: ${event.title}`,
      event,
      sources: sources.map(({ id, name, aliases, kind, stake, reliability, side }) => ({ id, name, aliases, kind, stake, reliability, side })).sort(byName),
      claimants,
      disputes: (await this.contradictionsService.disputes(eventId, reading)).items,
      contradictions: reading.views,
      corroborations: (await this.contradictionsService.corroborations(eventId, reading)).items,
    }, new Date().toISOString());
  }

  /**
   * Contradictions across events as rows, read in keyset pages of EXPORT_PAGE: a stream that pulls the
   * next page only when the client has taken the last, and stops reading when the client goes away.
   */
  exportRows(query: ExportQuery, signal: AbortSignal): Readable {
    const contradictions = this.contradictions;
    const service = this.contradictionsService;
    async function* rows() {
      let after: string | null = null;
      const titles = new Map<string, string>();
      const names = new Map<string, string>();
      while (!signal.aborted) {
        const size = after ? EXPORT_PAGE : FIRST_EXPORT_PAGE;
        const builder = contradictions.createQueryBuilder('c').orderBy('c.id', 'ASC').take(size);
        if (query.eventId) builder.andWhere('c.eventId = :eventId', { eventId: query.eventId });
        if (query.status) builder.andWhere('c.status = :status', { status: query.status });
        if (query.severity) builder.andWhere('c.severity = :severity', { severity: query.severity });
        if (query.since) builder.andWhere('c.updatedAt >= :since', { since: new Date(query.since).toISOString() });
        if (after) builder.andWhere('c.id > :after', { after });
        const page = await builder.getMany();
        if (!page.length) return;
        after = page[page.length - 1].id;
        const views = await service.presentMany(page);
        const missingEvents = [...new Set(page.map((c) => c.eventId))].filter((id) => !titles.has(id));
        if (missingEvents.length) for (const e of await contradictions.manager.find(Event, { where: { id: In(missingEvents) }, select: { id: true, title: true } })) titles.set(e.id, e.title);
        const missingSources = [...new Set(views.flatMap((v) => [...v.sideA.sourceIds, ...v.sideB.sourceIds]))].filter((id) => !names.has(id));
        if (missingSources.length) for (const s of await contradictions.manager.find(Source, { where: { id: In(missingSources) }, select: { id: true, name: true } })) names.set(s.id, s.name);
        // Names and titles are kept for the export; they grow with the sources, not the contradictions.
        for (const view of views) yield { view, eventTitle: titles.get(view.eventId) ?? '', name: (id: string) => names.get(id) ?? id };
        if (page.length < size) return;
      }
    }
    return Readable.from(rows(), { objectMode: true, highWaterMark: 64 });
  }

  async claimReview(claimId: string) {
    const manager = this.contradictions.manager;
    const claim = await manager.findOne(Claim, { where: { id: claimId } });
    if (!claim) throw AppError.notFound('claim', claimId);
    const review = await manager.findOne(Review, { where: { claimId }, order: { id: 'DESC' } });
    if (!review) {
      throw new AppError(HttpStatus.CONFLICT, ErrorCode.Conflict, 'This claim has no verdict yet, so there is no ClaimReview to publish', [
        { path: 'id', message: 'claim not reviewed' },
      ]);
    }
    const claimant = await manager.findOneOrFail(Source, { where: { id: claim.sourceId } });
    const document = claim.documentId ? await manager.findOne(Document, { where: { id: claim.documentId } }) : null;
    return claimReview(claim, review, claimant, document, { name: this.env.organizationName, url: this.env.organizationUrl });
  }
}

