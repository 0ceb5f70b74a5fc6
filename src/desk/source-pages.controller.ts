import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Allow, AnyRole, CurrentDeskUser, DeskUser, ViaSession } from '../auth/access.decorator';
import { ClaimsService } from '../claims/claims.service';
import { AppError, ErrorCode } from '../common/app-error';
import { FormBody } from '../common/json-body';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { DocumentsService } from '../documents/documents.service';
import { ListDocumentsQuery } from '../documents/dto/list-documents.dto';
import { EventsService } from '../events/events.service';
import { UpdateSourceDto } from '../sources/dto/create-source.dto';
import { ListSourcesQuery } from '../sources/dto/list-sources.dto';
import { SourcesService } from '../sources/sources.service';
import { DeskAssets } from './desk-assets';
import { draftOfSource, sourceDraft, sourceInput } from './record-forms';
import { checked, field, filled, seeOther, sendPage } from './respond';
import { documentPage, documentsPage } from './views/documents.view';
import { doneMessage, notice } from './views/layout';
import { SourceDraft } from './views/records.view';
import { confirmDeletePage, sourcePage, sourcesPage } from './views/sources.view';

/** Sources (list, view, edit, delete) and documents (list, view): the records a desk looks up every day. */
@ApiExcludeController()
@Controller('desk')
@ViaSession()
export class SourcePagesController {
  constructor(
    private readonly assets: DeskAssets,
    private readonly sources: SourcesService,
    private readonly claims: ClaimsService,
    private readonly events: EventsService,
    private readonly documents: DocumentsService,
  ) {}

  @Get('sources')
  @AnyRole()
  async sourceList(@Query() raw: Record<string, unknown>, @Query('done') done: string | undefined, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const { done: _done, ...rest } = filled(raw);
    const query = await checked(ListSourcesQuery, rest);
    // By name, as a reader looks one up; the API lists by id for its cursor.
    const page = await this.sources.list({ ...query, limit: query.limit ?? 100 });
    page.items.sort((a, b) => a.name.localeCompare(b.name, 'en'));
    sendPage(reply, 200, sourcesPage(this.assets, user, page, query, doneMessage(done)));
  }

  @Get('sources/:id')
  @AnyRole()
  async source(@Param('id', ParseIdPipe) id: string, @Query('done') done: string | undefined, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const source = await this.sources.get(id);
    // A merged-away source's old links lead to the one it joined.
    if (source.mergedInto) return seeOther(reply, `/desk/sources/${source.mergedInto}`);
    await this.showSource(reply, 200, id, user, { draft: draftOfSource(source), seen: source.updatedAt, problem: null, done: doneMessage(done) });
  }

  /** The edit lands only on the source as the editor saw it; on a 409 the page shows the source as it now is, and the form as typed. */
  @Post('sources/:id')
  @Allow('editor')
  async editSource(@Param('id', ParseIdPipe) id: string, @Body() form: FormBody, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const draft = sourceDraft(form);
    const seen = field(form, 'seen');
    try {
      const dto = await checked(UpdateSourceDto, sourceInput(draft, true));
      await this.sources.update(id, dto, user, seen || undefined);
      seeOther(reply, `/desk/sources/${id}?done=source_saved`);
    } catch (error) {
      if (!(error instanceof AppError) || (error.status !== 400 && error.code !== ErrorCode.VersionConflict)) throw error;
      const conflict = error.code === ErrorCode.VersionConflict;
      const message = conflict ? 'Someone changed this source since you opened it. Your changes are still in the form: compare with the details shown, then save again.' : error.message;
      const current = conflict ? (await this.sources.get(id)).updatedAt : seen;
      await this.showSource(reply, error.status, id, user, { draft, seen: current, problem: notice('problem', message, error.details), done: null });
    }
  }

  @Get('sources/:id/delete')
  @Allow('editor')
  async confirmDeleteSource(@Param('id', ParseIdPipe) id: string, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const source = await this.sources.get(id);
    sendPage(reply, 200, confirmDeletePage(this.assets, user, {
      kind: 'source', title: source.name, action: `/desk/sources/${id}/delete`, back: `/desk/sources/${id}`, seen: source.updatedAt,
      warning: 'Only a source that no claim or document names can be deleted.', section: 'sources',
    }));
  }

  @Post('sources/:id/delete')
  @Allow('editor')
  async deleteSource(@Param('id', ParseIdPipe) id: string, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    try {
      await this.sources.remove(id, user);
      seeOther(reply, '/desk/sources?done=source_deleted');
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== ErrorCode.InUse) throw error;
      const source = await this.sources.get(id);
      await this.showSource(reply, 409, id, user, { draft: draftOfSource(source), seen: source.updatedAt, problem: notice('problem', error.message), done: null });
    }
  }

  @Get('documents')
  @AnyRole()
  async documentList(@Query() raw: Record<string, unknown>, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const query = await checked(ListDocumentsQuery, filled(raw));
    const page = await this.documents.list({ ...query, limit: query.limit ?? 100 });
    const names = await this.sources.names(page.items.map((d) => d.publisherId).filter((p): p is string => !!p));
    sendPage(reply, 200, documentsPage(this.assets, user, page, query, names));
  }

  @Get('documents/:id')
  @AnyRole()
  async document(@Param('id', ParseIdPipe) id: string, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const document = await this.documents.get(id);
    const claims = (await this.claims.list({ documentId: id, limit: 200 })).items;
    const names = await this.sources.names([...claims.map((c) => c.sourceId), ...(document.publisherId ? [document.publisherId] : [])]);
    sendPage(reply, 200, documentPage(this.assets, user, document, document.publisherId ? names.get(document.publisherId) ?? null : null, claims, names));
  }

  private async showSource(reply: FastifyReply, status: number, id: string, user: DeskUser, form: { draft: SourceDraft; seen: string; problem: ReturnType<typeof notice> | null; done: string | null }) {
    const source = await this.sources.get(id);
    const claims = await this.claims.list({ sourceId: id, limit: 100 });
    const titles = await this.events.titles(claims.items.map((c) => c.eventId).filter((e): e is string => !!e));
    sendPage(reply, status, sourcePage(this.assets, user, { source, claims, titles }, form));
  }
}
