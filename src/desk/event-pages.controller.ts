import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Allow, AnyRole, CurrentDeskUser, DeskUser, ViaSession } from '../auth/access.decorator';
import { AttributesService } from '../attributes/attributes.service';
import { ClaimsService } from '../claims/claims.service';
import { CreateClaimDto } from '../claims/dto/create-claim.dto';
import { AppError, ErrorDetail } from '../common/app-error';
import { FormBody } from '../common/json-body';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { SEVERITIES, TRIAGE_STATES, TriageState } from '../contradictions/contradiction.entity';
import { ContradictionsService } from '../contradictions/contradictions.service';
import { ContradictionView } from '../contradictions/contradiction-views';
import { UsersService } from '../users/users.service';
import { TriageDto } from '../contradictions/dto/contradiction.dto';
import { AcceptCandidatesService } from '../documents/accept-candidates.service';
import { DocumentsService } from '../documents/documents.service';
import { AcceptCandidatesDto, CandidateDto, MAX_CANDIDATES } from '../documents/dto/accept-candidates.dto';
import { CreateDocumentDto } from '../documents/dto/create-document.dto';
import { EventsService } from '../events/events.service';
import { ReportQuery } from '../reports/dto/report-query.dto';
import { ReportsService } from '../reports/reports.service';
import { Source } from '../sources/source.entity';
import { SourcesService } from '../sources/sources.service';
import { buildBoard } from './board';
import { candidateVoice } from './candidate-voice';
import { collapseBySide, COLLAPSE_OVER, filterBoard } from './board-filter';
import { BoardQuery, ContradictionsQuery } from './dto/filters.query';
import { articleInput, articleText } from './article-form';
import { safeNext } from './desk.controller';
import { DeskAssets } from './desk-assets';
import { facetLines, onLine, parseFacetLines } from './facet-lines';
import { claimDraft, inFormTerms } from './claim-forms';
import { checked, checkedAll, field, fields, filled, given, isValidation, seeOther, sendPage, sendReport } from './respond';
import { buildTimeline } from './timeline';
import { boardPage } from './views/board.view';
import { timelinePage } from './views/timeline.view';
import { ClaimDraft, claimFormPage, EMPTY_CLAIM } from './views/claim-form.view';
import { contradictionsPage } from './views/contradictions.view';
import { ArticleDraft, articlePage, CandidateDraft, candidatesPage, EMPTY_ARTICLE } from './views/extract.view';
import { doneMessage, notice } from './views/layout';

/** One event's pages: the board, its contradictions, adding claims by hand or from an article, and the report. */
@ApiExcludeController()
@Controller('desk')
@ViaSession()
export class EventPagesController {
  constructor(
    private readonly assets: DeskAssets,
    private readonly sources: SourcesService,
    private readonly attributes: AttributesService,
    private readonly events: EventsService,
    private readonly reports: ReportsService,
    private readonly contradictions: ContradictionsService,
    private readonly claims: ClaimsService,
    private readonly documents: DocumentsService,
    private readonly candidates: AcceptCandidatesService,
    private readonly users: UsersService,
  ) {}

  @Get('events/:id')
  @AnyRole()
  async board(@Param('id', ParseIdPipe) id: string, @Query() raw: Record<string, unknown>, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const { mergedInto } = await this.events.find(id);
    if (mergedInto) return seeOther(reply, `/desk/events/${mergedInto}`);
    const { done, ...rest } = filled(raw);
    const filter = await checked(BoardQuery, rest);
    // The board is built once per revision of the event, with the data it is made from; filters narrow it per view.
    const [report, whole] = await this.reports.boardWith(id, 'board', buildBoard);
    const collapsed = filter.view === 'sides' || (!filter.view && !filter.party?.length && whole.parties.length > COLLAPSE_OVER);
    const narrowed = filterBoard(whole, report.contradictions, filter);
    const attributes = [...new Set(whole.rows.map((r) => r.attribute))].sort();
    sendPage(reply, 200, boardPage(this.assets, user, report, {
      board: collapsed ? collapseBySide(narrowed) : narrowed, everyParty: whole.parties, attributes, filter, collapsed,
    }, doneMessage(typeof done === 'string' ? done : undefined)));
  }

  @Get('events/:id/timeline')
  @AnyRole()
  async timeline(@Param('id', ParseIdPipe) id: string, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const [report, timeline] = await this.reports.reportWith(id, 'timeline', buildTimeline);
    sendPage(reply, 200, timelinePage(this.assets, user, report.event, timeline));
  }

  @Get('events/:id/report')
  @AnyRole()
  async report(@Param('id', ParseIdPipe) id: string, @Query() query: ReportQuery, @Res() reply: FastifyReply): Promise<void> {
    const { rendered } = await this.reports.rendered(id, query.format ?? 'json', query.bom ?? false);
    sendReport(reply, rendered);
  }

  @Get('events/:id/contradictions')
  @AnyRole()
  async contradictionList(@Param('id', ParseIdPipe) id: string, @Query() raw: Record<string, unknown>, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const { done, ...rest } = filled(raw);
    const filter = await checked(ContradictionsQuery, rest);
    const event = await this.events.get(id);
    const reading = await this.contradictions.read(id);
    const parties = new Set(filter.party ?? []);
    const onSide = (c: ContradictionView) => [...c.sideA.sourceIds, ...c.sideB.sourceIds].some((s) => parties.has(s));
    // Open first, then confirmed, then dismissed; the most severe first within each.
    const items = reading.views
      .filter((c) => (!filter.status || c.status === filter.status) && (!filter.severity || c.severity === filter.severity)
        && (!filter.kind || c.kind === filter.kind) && (!filter.attribute || c.attribute === filter.attribute) && (!parties.size || onSide(c)))
      .sort((a, b) => TRIAGE_STATES.indexOf(a.status) - TRIAGE_STATES.indexOf(b.status) || SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
    const claimIds = [...new Set(items.flatMap((c) => [...c.sideA.claimIds, ...c.sideB.claimIds]))];
    const claims = await this.claims.views(claimIds);
    const names = await this.sources.names([...items.flatMap((c) => [...c.sideA.sourceIds, ...c.sideB.sourceIds]), ...parties]);
    const triagers = await this.users.names(items.map((c) => c.triagedById).filter((u): u is string => !!u));
    const attributes = [...new Set(reading.views.map((c) => c.attribute))].sort();
    sendPage(reply, 200, contradictionsPage(this.assets, user, event, {
      items, filter, attributes, names: new Map([...names, ...triagers]), texts: new Map(claims.map((c) => [c.id, c.text])),
    }, doneMessage(typeof done === 'string' ? done : undefined)));
  }

  /** After triage the desk comes back to the page it triaged from, with its filters. */
  @Post('contradictions/:id/triage')
  @Allow('editor', 'reviewer')
  async triage(@Param('id', ParseIdPipe) id: string, @Body() form: FormBody, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    // An emptied note clears it: the form always sends the note as it now reads.
    const dto = await checked(TriageDto, { status: field(form, 'status'), note: field(form, 'note').trim() });
    const triaged = await this.contradictions.triage(id, dto, user);
    const back = safeNext(field(form, 'back'));
    const page = back.startsWith(`/desk/events/${triaged.eventId}`) ? back.split('#')[0] : `/desk/events/${triaged.eventId}/contradictions`;
    seeOther(reply, `${page}${page.includes('?') ? '&' : '?'}done=triaged#c-${id}`);
  }

  @Get('events/:id/claims/new')
  @Allow('editor')
  async claimForm(@Param('id', ParseIdPipe) id: string, @Query('done') done: string | undefined, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    await this.showClaimForm(reply, 200, id, user, EMPTY_CLAIM, [], '', doneMessage(done));
  }

  @Post('events/:id/claims')
  @Allow('editor')
  async addClaim(@Param('id', ParseIdPipe) id: string, @Body() form: FormBody, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const draft = claimDraft(form);
    let lines: number[] = [];
    try {
      const { facets, problems, lines: read } = parseFacetLines(draft.facets, await this.attributes.kinds());
      lines = read;
      // Every mistake in one answer: the facet lines' and the fields'.
      const dto = await checkedAll(CreateClaimDto, {
        sourceId: draft.sourceId, eventId: id, text: draft.text,
        conveyedById: given(draft.conveyedById), statedAt: given(draft.statedAt), voicedBy: given(draft.voicedBy),
        ...(given(draft.quote) && { quote: { exact: draft.quote.trim() } }),
        facets,
      }, problems);
      const claim = await this.claims.create(dto, user);
      seeOther(reply, `/desk/claims/${claim.id}?done=added`);
    } catch (error) {
      if (!isValidation(error)) throw error;
      await this.showClaimForm(reply, 400, id, user, draft, inFormTerms(error.details.map((d) => ({ ...d, path: onLine(d.path, lines) }))), error.message);
    }
  }

  @Get('events/:id/extract')
  @Allow('editor')
  async articleForm(@Param('id', ParseIdPipe) id: string, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    sendPage(reply, 200, articlePage(this.assets, user, await this.events.get(id), await this.sources.choices(), EMPTY_ARTICLE, null));
  }

  /** The article is archived as a document; the candidates are read from it on the next page, so a reload does not archive it twice. */
  @Post('events/:id/extract')
  @Allow('editor')
  async archiveArticle(@Param('id', ParseIdPipe) id: string, @Body() form: FormBody, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const event = await this.events.get(id);
    const draft: ArticleDraft = { ...articleText(form), publisherId: field(form, 'publisherId') };
    try {
      const dto = await checked(CreateDocumentDto, articleInput(draft, draft.publisherId));
      const document = await this.documents.create(dto, user);
      seeOther(reply, `/desk/events/${event.id}/documents/${document.id}/candidates`);
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      sendPage(reply, error.status, articlePage(this.assets, user, event, await this.sources.choices(), draft, notice('problem', error.message, error.details)));
    }
  }

  @Get('events/:id/documents/:documentId/candidates')
  @Allow('editor')
  async candidateList(
    @Param('id', ParseIdPipe) id: string, @Param('documentId', ParseIdPipe) documentId: string, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply,
  ): Promise<void> {
    const event = await this.events.get(id);
    let extraction;
    try {
      extraction = await this.documents.extract(documentId, event.id);
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      return sendPage(reply, error.status, articlePage(this.assets, user, event, await this.sources.choices(), EMPTY_ARTICLE, notice('problem', error.message, error.details)));
    }
    const claimed = await this.claims.quotedIn(documentId);
    const drafts = extraction.items.slice(0, MAX_CANDIDATES).map((c): CandidateDraft => ({
      claimId: claimed.get(`${c.quote.start}:${c.quote.end}`) ?? null,
      accepted: false, speaker: c.speaker, confidence: c.confidence.toFixed(2), quote: c.quote.exact,
      quoteStart: String(c.quote.start ?? ''), quoteEnd: String(c.quote.end ?? ''),
      sourceId: c.sourceId ?? (c.suggestedSource ? 'new' : ''), extractedSourceId: c.sourceId ?? '', suggestedName: c.suggestedSource?.name ?? '', alternatives: (c.alternatives ?? []).join(' '), suggestedKind: c.suggestedSource?.kind ?? '',
      suggestedRole: c.suggestedSource?.role ?? '', role: c.role ?? '', suggestedStake: c.suggestedSource?.stake ?? 'unknown', suggestedSide: c.suggestedSource?.side ?? '',
      statedAt: c.statedAt ?? '', text: c.statement, facets: facetLines(c.facets),
    }));
    await this.showCandidates(reply, 200, event.id, documentId, user, drafts, null);
  }

  @Post('documents/:id/accept')
  @Allow('editor')
  async accept(@Param('id', ParseIdPipe) documentId: string, @Body() form: FormBody, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const eventId = new ParseIdPipe().transform(field(form, 'eventId'));
    const ticked = new Set(fields(form, 'accept').map(Number));
    // A candidate already accepted (the page reloaded, or Back after accepting) is not accepted twice.
    const claimed = await this.claims.quotedIn(documentId);
    const drafts: CandidateDraft[] = [];
    for (let i = 0; i < MAX_CANDIDATES && form[`c${i}.text`] !== undefined; i += 1) {
      const get = (name: string) => field(form, `c${i}.${name}`);
      drafts.push({
        claimId: claimed.get(`${get('quoteStart')}:${get('quoteEnd')}`) ?? null,
        accepted: ticked.has(i), speaker: get('speaker'), confidence: get('confidence'), quote: get('quote'), quoteStart: get('quoteStart'), quoteEnd: get('quoteEnd'),
        sourceId: get('sourceId'), extractedSourceId: get('extractedSourceId'), suggestedName: get('suggestedName'), alternatives: get('alternatives'), suggestedKind: get('suggestedKind'), suggestedRole: get('suggestedRole'), role: get('role'),
        suggestedStake: get('suggestedStake'), suggestedSide: get('suggestedSide'), statedAt: get('statedAt'), text: get('text'), facets: get('facets'),
      });
    }
    const chosen = drafts.map((draft, index) => ({ draft, index })).filter(({ draft }) => draft.accepted);
    const lines: number[][] = [];
    try {
      if (!chosen.length) throw AppError.validation([{ path: 'accept', message: 'tick at least one candidate' }]);
      const again = chosen.filter(({ draft }) => draft.claimId);
      if (again.length) throw AppError.validation(again.map(({ index }) => ({ path: `Candidate ${index + 1}`, message: 'is already a claim from this document' })));
      const kinds = await this.attributes.kinds();
      const problems: ErrorDetail[] = [];
      const candidates = chosen.map(({ draft, index }): Partial<CandidateDto> => {
        const parsed = parseFacetLines(draft.facets, kinds, `Candidate ${index + 1} facets`);
        lines.push(parsed.lines);
        problems.push(...parsed.problems);
        const start = Number(draft.quoteStart);
        return {
          text: draft.text,
          quote: { exact: draft.quote, ...(draft.quoteStart !== '' && { start, end: Number(draft.quoteEnd) }) },
          facets: parsed.facets,
          ...(given(draft.statedAt) && { statedAt: draft.statedAt }),
          ...(draft.sourceId === 'new'
            ? { suggestedSource: { name: draft.suggestedName, kind: draft.suggestedKind as Source['kind'], stake: draft.suggestedStake as Source['stake'], side: draft.suggestedSide, role: given(draft.suggestedRole) ?? null } }
            : { sourceId: draft.sourceId, ...(candidateVoice(draft) && { role: candidateVoice(draft) }) }),
        };
      });
      if (problems.length) throw AppError.validation(problems);
      const dto = await checked(AcceptCandidatesDto, { eventId, createSources: chosen.some(({ draft }) => draft.sourceId === 'new'), candidates });
      await this.candidates.accept(documentId, dto, user);
      seeOther(reply, `/desk/events/${eventId}?done=accepted`);
    } catch (error) {
      if (!isValidation(error)) throw error;
      // Paths name candidates among the ticked ones; the page numbers them all.
      const details = error.details.map((d) => {
        const at = /^candidates\[(\d+)\]\.?(.*)$/.exec(d.path);
        if (!at) return d;
        const k = Number(at[1]);
        return { ...d, path: `Candidate ${chosen[k].index + 1} ${onLine(at[2], lines[k] ?? [])}`.trim() };
      });
      await this.showCandidates(reply, 400, eventId, documentId, user, drafts, notice('problem', error.message, details));
    }
  }

  private async showClaimForm(
    reply: FastifyReply, status: number, eventId: string, user: DeskUser, draft: ClaimDraft, details: ErrorDetail[] = [], message = '', done: string | null = null,
  ): Promise<void> {
    const [event, sources, kinds] = await Promise.all([this.events.get(eventId), this.sources.choices(), this.attributes.kinds()]);
    const problem = details.length ? notice('problem', details.length === 1 ? `${details[0].path}: ${details[0].message}` : `${details.length} problems in the form:`, details) : null;
    sendPage(reply, status, claimFormPage(this.assets, user, event, sources, [...kinds.keys()], draft, problem, done));
  }

  private async showCandidates(
    reply: FastifyReply, status: number, eventId: string, documentId: string, user: DeskUser, drafts: CandidateDraft[], problem: ReturnType<typeof notice> | null,
  ): Promise<void> {
    const [event, sources, kinds] = await Promise.all([this.events.get(eventId), this.sources.choices(), this.attributes.kinds()]);
    sendPage(reply, status, candidatesPage(this.assets, user, event, documentId, sources, [...kinds.keys()], drafts, problem));
  }
}
