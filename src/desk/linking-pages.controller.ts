import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Allow, AnyRole, CurrentDeskUser, DeskUser, ViaSession } from '../auth/access.decorator';
import { AppError } from '../common/app-error';
import { FormBody } from '../common/json-body';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { DocumentsService } from '../documents/documents.service';
import { CreateDocumentDto } from '../documents/dto/create-document.dto';
import { EventsService } from '../events/events.service';
import { DuplicatesService } from '../linking/duplicates.service';
import { EventSuggestionsService } from '../linking/event-suggestions.service';
import { MergePreview } from '../linking/merge-preview';
import { MergesService } from '../linking/merges.service';
import { SourcesService } from '../sources/sources.service';
import { articleInput, articleText } from './article-form';
import { DeskAssets } from './desk-assets';
import { checked, field, fields, given, seeOther, sendPage } from './respond';
import { notice } from './views/layout';
import {
  claimEventsPage, eventMergeHeader, MergeCandidate, mergePage, newArticlePage, sourceHeader, sourcePage, suggestionsPage,
} from './views/linking.view';
import { EMPTY_ARTICLE_TEXT } from './views/article-fields';

/** The ids chosen to merge, as a GET form or a post sends them: empty fields dropped, each checked to be an id. */
function chosenIds(values: string[]): string[] {
  const ids = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
  const bad = ids.findIndex((id) => !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id));
  if (bad >= 0) throw AppError.invalid('from', `${ids[bad].slice(0, 40)} is not the id of a record`);
  return ids;
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');

/** Linking on the desk: an article's event chosen from suggestions, and merging duplicate events and sources with a preview. */
@ApiExcludeController()
@Controller('desk')
@ViaSession()
export class LinkingPagesController {
  constructor(
    private readonly assets: DeskAssets,
    private readonly events: EventsService,
    private readonly sources: SourcesService,
    private readonly documents: DocumentsService,
    private readonly suggestions: EventSuggestionsService,
    private readonly duplicates: DuplicatesService,
    private readonly merges: MergesService,
  ) {}

  @Get('articles/new')
  @Allow('editor')
  articleForm(@CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): void {
    sendPage(reply, 200, newArticlePage(this.assets, user, EMPTY_ARTICLE_TEXT, null));
  }

  /** The article is archived first; its event is chosen on the next page, so a reload does not archive it twice. */
  @Post('articles')
  @Allow('editor')
  async archiveArticle(@Body() form: FormBody, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const draft = articleText(form);
    try {
      const dto = await checked(CreateDocumentDto, articleInput(draft));
      const document = await this.documents.create(dto, user);
      seeOther(reply, `/desk/documents/${document.id}/events`);
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      sendPage(reply, error.status, newArticlePage(this.assets, user, draft, notice('problem', error.message, error.details)));
    }
  }

  @Get('documents/:id/events')
  @Allow('editor')
  async suggest(@Param('id', ParseIdPipe) id: string, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const document = await this.documents.get(id);
    const { items } = await this.suggestions.suggest({ documentId: id, limit: 5 });
    sendPage(reply, 200, suggestionsPage(this.assets, user, document, items));
  }

  /** From the add-a-claim form: the events its text is about, each one click from adding the claim there. */
  @Post('claims/which-event')
  @Allow('editor')
  async claimEvents(@Body() form: FormBody, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const draft = Object.fromEntries(['sourceId', 'conveyedById', 'text', 'quote', 'statedAt', 'voicedBy', 'facets'].map((name) => [name, field(form, name)]));
    const current = given(field(form, 'eventId')) ?? '';
    const text = `${draft.text}\n${draft.quote}`.trim();
    if (!text) throw AppError.invalid('text', 'write what is claimed first: the events are suggested from it');
    const { items } = await this.suggestions.suggest({ text, at: /^\d{4}-\d{2}-\d{2}/.test(draft.statedAt) ? draft.statedAt : undefined, limit: 5 });
    sendPage(reply, 200, claimEventsPage(this.assets, user, current, draft, items));
  }

  @Get('events/:id/merge')
  @Allow('editor')
  async eventMerge(@Param('id', ParseIdPipe) id: string, @Query('from') from: unknown, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const event = await this.events.get(id);
    if (event.mergedInto) return seeOther(reply, `/desk/events/${event.mergedInto}/merge`);
    const candidates: MergeCandidate[] = (await this.duplicates.events(event))
      .filter((d) => d.id !== id);
    await this.mergeStep(reply, user, 'event', { id, name: event.title }, eventMergeHeader(event, user), candidates, asList(from),
      (ids) => this.merges.previewEvents(id, ids, user));
  }

  @Post('events/:id/merge')
  @Allow('editor')
  async mergeEvents(@Param('id', ParseIdPipe) id: string, @Body() form: FormBody, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    await this.merges.mergeEvents(id, chosenIds(fields(form, 'from')), user);
    seeOther(reply, `/desk/events/${id}`);
  }

  @Get('sources/:id/merge')
  @Allow('editor')
  async sourceMerge(@Param('id', ParseIdPipe) id: string, @Query('from') from: unknown, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const source = await this.sources.get(id);
    if (source.mergedInto) return seeOther(reply, `/desk/sources/${source.mergedInto}/merge`);
    const likely = (await this.duplicates.sources(source)).filter((d) => d.id !== id);
    // Every other source is offered too (a picker, like the claim form's): a duplicate under another name is found by a person.
    const others = (await this.sources.choices()).filter((s) => s.id !== id && !likely.some((d) => d.id === s.id)).map((s) => ({ id: s.id, name: s.name, reasons: [] }));
    await this.mergeStep(reply, user, 'source', { id, name: source.name }, sourceHeader(source), [...likely, ...others], asList(from),
      (ids) => this.merges.previewSources(id, ids, user));
  }

  @Post('sources/:id/merge')
  @Allow('editor')
  async mergeSources(@Param('id', ParseIdPipe) id: string, @Body() form: FormBody, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    await this.merges.mergeSources(id, chosenIds(fields(form, 'from')), user);
    seeOther(reply, `/desk/sources/${id}?done=merged`);
  }

  /** The choosing page, with the preview once duplicates are chosen; a refused choice is shown with what is wrong. */
  private async mergeStep(
    reply: FastifyReply, user: DeskUser, kind: 'event' | 'source', kept: { id: string; name: string }, header: ReturnType<typeof sourceHeader>,
    candidates: MergeCandidate[], from: string[], preview: (ids: string[]) => Promise<MergePreview>,
  ): Promise<void> {
    let chosen: string[] = [];
    try {
      chosen = chosenIds(from);
      const found = chosen.length ? await preview(chosen) : null;
      sendPage(reply, 200, mergePage(this.assets, user, kind, kept, header, candidates, chosen, found, null));
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      sendPage(reply, error.status, mergePage(this.assets, user, kind, kept, header, candidates, chosen, null, notice('problem', error.message, error.details)));
    }
  }
}
