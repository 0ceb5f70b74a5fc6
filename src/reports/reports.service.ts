import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Not, Repository } from 'typeorm';
import { EventAnalysisService, EventMemo } from '../analysis/event-analysis.service';
import { Claim } from '../claims/claim.entity';
import { ClaimsService } from '../claims/claims.service';
import { AppError, ErrorCode } from '../common/app-error';
import { chunks } from '../common/chunks';
import { findOr404 } from '../common/found';
import { groupBy } from '../common/group-by';
import { ENVIRONMENT } from '../config/config.module';
import { Environment } from '../config/environment';
import { Contradiction } from '../contradictions/contradiction.entity';
import { ContradictionsService } from '../contradictions/contradictions.service';
import { DocumentsService } from '../documents/documents.service';
import { EventsService } from '../events/events.service';
import { Review } from '../reviews/review.entity';
import { ReviewsService } from '../reviews/reviews.service';
import { UsersService } from '../users/users.service';
import { inReportOrder } from './report-order';
import { SourcesService } from '../sources/sources.service';
import { claimReview, factCheckUrl } from './claim-review';
import { ExportQuery, ReportFormat } from './dto/report-query.dto';
import { RenderedReport, renderReport } from './render';
import { TimeSlices } from '../analysis/time-slices';
import { Voice } from './voices';
import { BoardData, jsonPieces, Report, ReportClaim, reportClaim, reportClaimant, SEALED_LENGTH, sealedJsonPieces, sealing } from './report';

/** How many contradictions an export reads at a time: memory holds one page, whatever the total. The first page is small, so the first byte leaves soon. */
export const EXPORT_PAGE = 100;
const FIRST_EXPORT_PAGE = 50;

/** Stands for the time in a report rendered once per revision; each answer puts its own time in its place. Random per process, so no text can hold it. */
const GENERATED_AT = `generated${randomBytes(12).toString('hex')}`;

/** About how many characters of a rendered report leave at once; bigger bodies are streamed in parts of this size. */
const PART_CHARS = 512 * 1024;

/** A rendered report as answered: its body a string, or a stream of its parts when it is big. */
export type AnsweredReport = Omit<RenderedReport, 'body'> & { body: string | Readable };

/** Pieces joined into parts of about `size` characters, one part a step. */
function* grouped(pieces: string[], size: number): Generator<void, string[]> {
  const parts: string[] = [];
  let from = 0;
  let length = 0;
  for (let i = 0; i < pieces.length; i += 1) {
    length += pieces[i].length;
    if (length < size && i < pieces.length - 1) continue;
    parts.push(pieces.slice(from, i + 1).join(''));
    from = i + 1;
    length = 0;
    yield;
  }
  return parts;
}

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1);

@Injectable()
export class ReportsService {
  constructor(
    // The export pages through contradictions itself until the contradictions service offers keyset pages.
    @InjectRepository(Contradiction) private readonly contradictions: Repository<Contradiction>,
    private readonly events: EventsService,
    private readonly claims: ClaimsService,
    private readonly sources: SourcesService,
    private readonly documents: DocumentsService,
    private readonly reviews: ReviewsService,
    private readonly contradictionsService: ContradictionsService,
    private readonly users: UsersService,
    @Inject(ENVIRONMENT) private readonly env: Environment,
    private readonly analysis: EventAnalysisService,
  ) {}

  /** The whole report of an event, built once per revision of the event (see analysis/), stamped with the time of the asking. */
  async report(eventId: string): Promise<Report> {
    return (await this.reportWith(eventId, null, () => null))[0];
  }

  /** The report and a view made from it (the desk's board, its timeline), both built once per revision. */
  async reportWith<T>(eventId: string, part: string | null, derive: (report: Report) => T): Promise<[Report, T]> {
    const memo = await this.analysis.at(eventId);
    const sealed = await this.sealed(memo, this.slices());
    const derived = part === null ? derive(sealed) : await memo.get(part, () => derive(sealed));
    return [{ ...sealed, generatedAt: new Date().toISOString() }, derived];
  }

  /**
   * The desk's board: the board data (lighter than the report: no credibility grades, disputes, reviews
   * or digest) and the board drawn from it, both built once per revision. After a write, the board is
   * drawn without building the whole report.
   */
  async boardWith<T>(eventId: string, part: string, derive: (data: BoardData) => T): Promise<[BoardData, T]> {
    const memo = await this.analysis.at(eventId);
    const data = await memo.get('board-data', () => this.boardData(eventId));
    return [data, await memo.get(part, () => derive(data))];
  }

  /**
   * The report rendered in one format, once per revision; only the time of the asking changes between
   * answers. Built and rendered in slices (analysis/time-slices.ts): a big event's report does not hold
   * the event loop, and past REPORT_TIME_LIMIT_MS it is stopped with 503.
   */
  async rendered(eventId: string, format: ReportFormat, bom: boolean): Promise<{ sha256: string; rendered: AnsweredReport }> {
    const slices = this.slices();
    const memo = await this.analysis.at(eventId);
    const sealed = await this.sealed(memo, slices);
    const stamped = { ...sealed, generatedAt: GENERATED_AT };
    const once = await memo.get(`render:${format}:${bom}`, async () => {
      // JSON (the biggest) is written one claimant at a time; the text formats at once.
      const { body, ...rest } = format === 'json'
        ? { ...renderReport({ ...stamped, claimants: [], contradictions: [], corroborations: [], disputes: [] }, format, bom), body: '' }
        : renderReport(stamped, format, bom);
      // A sealed report's JSON is kept in the parts it was hashed from (and its stamps); otherwise written in parts here.
      const sealedParts = format === 'json' ? sealedJsonPieces(sealed, GENERATED_AT) : undefined;
      const parts = sealedParts ?? (format === 'json' ? await slices.run(grouped(await slices.run(jsonPieces(stamped)), PART_CHARS)) : [body]);
      // Where the time goes, found once (near the end of a JSON report): each answer puts its own time there, with no search of the body.
      return { ...rest, parts, stampAt: parts.findLastIndex((part) => part.includes(GENERATED_AT)), length: parts.reduce((n, part) => n + part.length, 0) };
      // Counted by its length (two bytes a character), not walked. Its parts are those of the sealed report when it has them.
    }, (once) => 2 * once.length + 1024);
    const { parts, stampAt, length, ...rest } = once;
    const now = new Date().toISOString();
    const answered = stampAt < 0 ? parts : parts.map((part, i) => (i === stampAt ? part.replace(GENERATED_AT, now) : part));
    // A big body leaves as a stream of its texts, a part a turn: the event loop is never held for the whole. Texts, not
    // buffers: the socket writes a text as bytes without a buffer the heap must account for (124 MB of them made full collections).
    const body = length > PART_CHARS ? Readable.from((async function* () {
      for (const part of answered) {
        yield part;
        await nextTurn();
      }
    })()) : answered.join('');
    return { sha256: sealed.sha256, rendered: { ...rest, body } };
  }

  private slices(): TimeSlices {
    return new TimeSlices(this.env.reportTimeLimitMs, 'report of this event', 'REPORT_TIME_LIMIT_MS');
  }

  /** The sealed report, once per revision; counted in the cache by its JSON length (a walk of it would hold the loop). */
  private sealed(memo: EventMemo, slices: TimeSlices): Promise<Report> {
    // Twice its JSON: the report, and its JSON kept in pieces for the JSON rendering.
    return memo.get('report', () => this.build(memo.eventId, slices), (report) => 4 * (SEALED_LENGTH.get(report) ?? 0) + 1024);
  }

  /** The whole report of an event, in a deterministic order: the same data gives the same bytes but for `generatedAt`. */
  private async build(eventId: string, slices: TimeSlices): Promise<Report> {
    // The reads are synchronous on SQLite: the loop is let run between them.
    const pause = () => slices.tick();
    const event = await this.events.get(eventId);
    // The claims and their facets as the event's reading holds them (the same rows, in id order): read once, not twice.
    const reading = await this.contradictionsService.read(eventId, pause);
    const claims = reading.claims.map((c) => ({
      id: c.id, sourceId: c.sourceId, conveyedById: c.conveyedById, documentId: c.documentId, text: c.text, quote: c.quoteExact === null ? null : { exact: c.quoteExact },
      statedAt: c.statedAt, voicedBy: c.voicedBy, facets: reading.facetViews.get(c.id) ?? [], status: c.status, verdictAt: c.verdictAt,
    }));
    await pause();
    const sources = await this.sources.byIds(claims.flatMap((c) => [c.sourceId, c.conveyedById].filter((id): id is string => !!id)));
    const documents = new Map((await this.documents.byIds(claims.map((c) => c.documentId).filter((id): id is string => !!id))).map((d) => [d.id, d]));
    const reviews = new Map<string, Review[]>();
    for (const part of chunks(claims.map((c) => c.id), 2000)) {
      for (const [id, list] of await this.reviews.byClaims(part)) reviews.set(id, list);
      await pause();
    }
    await pause();
    const credibility = await this.contradictionsService.credibilities(eventId, reading, pause);
    const people = await this.users.names([...[...reviews.values()].flatMap((h) => h.slice(0, 3).map((r) => r.reviewerId)), ...reading.views.map((c) => c.triagedById).filter((u): u is string => !!u)]);

    const sourceNames = new Map(sources.map((s) => [s.id, s.name]));
    const claimants: Report['claimants'] = [];
    for (const [sourceId, own] of groupBy(claims, (c) => c.sourceId)) {
      await slices.tick();
      // In canonical order already (report.ts): sealing neither copies them nor writes their shared reasons again.
      claimants.push(reportClaimant(sourceId, sourceNames.get(sourceId)!, own.map((c): ReportClaim => {
        const document = c.documentId ? documents.get(c.documentId)! : null;
        const history = reviews.get(c.id) ?? [];
        const grade = credibility.get(c.id)!;
        return reportClaim({
          id: c.id, text: c.text, quote: c.quote?.exact ?? null, conveyedBy: c.conveyedById, voicedBy: c.voicedBy, statedAt: c.statedAt, facets: c.facets,
          document: document && { id: document.id, title: document.title, url: document.url, sha256: document.sha256 },
          verdict: c.status, verdictAt: c.verdictAt,
          credibility: { suggested: grade.suggested, reasons: grade.reasons, reviewed: grade.reviewed },
          reviews: { count: history.length, latest: history.slice(0, 3).map((r) => ({ verdict: r.verdict, rationale: r.rationale, reviewerId: r.reviewerId, reviewer: people.get(r.reviewerId) ?? null, createdAt: r.createdAt })) },
        });
      })));
    }
    claimants.sort((a, b) => byName({ name: a.name, id: a.sourceId }, { name: b.name, id: b.sourceId }));

    return slices.run(sealing({
      title: `Crosscheck report: ${event.title}`,
      event,
      sources: sources.map(({ id, name, aliases, kind, stake, reliability, side }) => ({ id, name, aliases, kind, stake, reliability, side })).sort(byName),
      claimants,
      disputes: (await this.contradictionsService.disputes(eventId, reading, pause)).items,
      contradictions: inReportOrder(reading.views).map((c) => ({ ...c, triagedBy: c.triagedById ? people.get(c.triagedById) ?? null : null })),
      corroborations: (await this.contradictionsService.corroborations(eventId, reading, pause)).items,
    }, new Date().toISOString()));
  }

  /**
   * What the desk's board reads, without what only the report needs (credibility grades, disputes,
   * reviews, the digest): the board of a large event is drawn from this in a fraction of the time.
   */
  async boardData(eventId: string): Promise<BoardData> {
    const event = await this.events.get(eventId);
    // The claims, their facets and their sources as the event's reading holds them: read once, not twice.
    const reading = await this.contradictionsService.read(eventId);
    const { claims } = reading;
    const sources = [...reading.sources.values()];
    const names = new Map(sources.map((s) => [s.id, s.name]));
    const claimants = [...groupBy(claims, (c) => c.sourceId)].map(([sourceId, own]) => ({
      sourceId, name: names.get(sourceId) ?? sourceId,
      claims: own.map((c) => ({ id: c.id, facets: reading.facetViews.get(c.id) ?? [], verdict: c.status, conveyedBy: c.conveyedById, statedAt: c.statedAt })),
    })).sort((a, b) => byName({ name: a.name, id: a.sourceId }, { name: b.name, id: b.sourceId }));
    return {
      event, claimants,
      sources: sources.map(({ id, name, aliases, kind, stake, reliability, side }) => ({ id, name, aliases, kind, stake, reliability, side })).sort(byName),
      contradictions: inReportOrder(reading.views).map((c) => ({ ...c, triagedBy: null })),
      corroborations: (await this.contradictionsService.corroborations(eventId, reading)).items,
    };
  }

  /**
   * Contradictions across events as rows, read in keyset pages of EXPORT_PAGE: a stream that pulls the
   * next page only when the client has taken the last, and stops reading when the client goes away.
   */
  exportRows(query: ExportQuery, signal: AbortSignal): Readable {
    const contradictions = this.contradictions;
    const { contradictionsService: service, events, sources, users } = this;
    async function* rows() {
      let after: string | null = null;
      const titles = new Map<string, string>();
      const names = new Map<string, string>();
      const people = new Map<string, string>();
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
        for (const [id, title] of await events.titles(missingEvents)) titles.set(id, title);
        const missingSources = [...new Set(views.flatMap((v) => [...v.sideA.sourceIds, ...v.sideB.sourceIds]))].filter((id) => !names.has(id));
        for (const [id, name] of await sources.names(missingSources)) names.set(id, name);
        // Names and titles are kept for the export; they grow with the sources, not the contradictions.
        const missingPeople = [...new Set(views.map((v) => v.triagedById).filter((u): u is string => !!u && !people.has(u)))];
        for (const [id, person] of await users.names(missingPeople)) people.set(id, person);
        // Who voiced the claims this page's sides stand on (only claims that name one), read for the page and
        // dropped with it: the export holds one page, however many voiced claims the database has.
        const voices = new Map<string, Voice>();
        const sideClaims = [...new Set(views.flatMap((v) => [...v.sideA.claimIds, ...v.sideB.claimIds]))];
        for (const part of chunks(sideClaims, 500)) {
          const voiced = await contradictions.manager.find(Claim, { select: { id: true, sourceId: true, voicedBy: true }, where: { id: In(part), voicedBy: Not(IsNull()) } });
          for (const c of voiced) voices.set(c.id, { sourceId: c.sourceId, voicedBy: c.voicedBy! });
        }
        for (const view of views) {
          yield { view: { ...view, triagedBy: view.triagedById ? people.get(view.triagedById) ?? null : null }, eventTitle: titles.get(view.eventId) ?? '', name: (id: string) => names.get(id) ?? id, voices };
        }
        if (page.length < size) return;
      }
    }
    return Readable.from(rows(), { objectMode: true, highWaterMark: 64 });
  }

  async claimReview(claimId: string) {
    const claim = await this.claims.get(claimId);
    const review = await this.reviews.latest(claimId);
    if (!review) {
      throw new AppError(ErrorCode.Conflict, 'This claim has no verdict yet, so there is no ClaimReview to publish', [
        { path: 'id', message: 'claim not reviewed' },
      ]);
    }
    const claimant = await this.sources.get(claim.sourceId);
    const document = claim.documentId ? await this.documents.get(claim.documentId) : null;
    return claimReview(claim, review, claimant, document, { name: this.env.organizationName, url: this.env.organizationUrl }, factCheckUrl(this.env.publicBaseUrl, claim.id));
  }
}

