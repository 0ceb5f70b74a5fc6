import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Allow, AnyRole, CurrentDeskUser, DeskUser, ViaSession } from '../auth/access.decorator';
import { ClaimsService } from '../claims/claims.service';
import { AppError, ErrorCode } from '../common/app-error';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { FormBody } from '../common/json-body';
import { CreateEventDto, UpdateEventDto } from '../events/dto/create-event.dto';
import { EventsService } from '../events/events.service';
import { DuplicatesService } from '../linking/duplicates.service';
import { CreateSourceDto } from '../sources/dto/create-source.dto';
import { SourcesService } from '../sources/sources.service';
import { DeskAssets } from './desk-assets';
import { safeNext } from './desk.controller';
import { draftOfEvent, eventDraft, eventInput, sourceDraft, sourceInput } from './record-forms';
import { checked, field, isValidation, seeOther, sendPage } from './respond';
import { eventClaimsPage, eventEditPage } from './views/event-records.view';
import { doneMessage, notice } from './views/layout';
import { duplicateWarning } from './views/linking.view';
import { EMPTY_EVENT, EMPTY_SOURCE, newEventPage, newSourcePage } from './views/records.view';

/** What a case starts from: a new event, a new source (editors); an event's claims, and editing the event. */
@ApiExcludeController()
@Controller('desk')
@ViaSession()
export class RecordPagesController {
  constructor(
    private readonly assets: DeskAssets,
    private readonly events: EventsService,
    private readonly sources: SourcesService,
    private readonly claims: ClaimsService,
    private readonly duplicates: DuplicatesService,
  ) {}

  @Get('events/new')
  @Allow('editor')
  eventForm(@CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): void {
    sendPage(reply, 200, newEventPage(this.assets, user, EMPTY_EVENT, null));
  }

  @Post('events')
  @Allow('editor')
  async createEvent(@Body() form: FormBody, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const draft = eventDraft(form);
    try {
      const dto = await checked(CreateEventDto, eventInput(draft, false));
      // Likely duplicates are shown before anything is made twice; "create it" posts again with `anyway`.
      const twins = field(form, 'anyway') === 'yes' ? [] : await this.duplicates.events(dto);
      if (twins.length) return sendPage(reply, 200, newEventPage(this.assets, user, draft, duplicateWarning('event', twins, '/desk/events', { ...draft }, user)));
      const event = await this.events.create(dto, user);
      seeOther(reply, `/desk/events/${event.id}`);
    } catch (error) {
      if (!isValidation(error)) throw error;
      sendPage(reply, 400, newEventPage(this.assets, user, draft, notice('problem', error.message, error.details)));
    }
  }

  @Get('events/:id/claims')
  @AnyRole()
  async eventClaims(@Param('id', ParseIdPipe) id: string, @Query('done') done: string | undefined, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const event = await this.events.get(id);
    const claims = await this.claims.allForEvent(id);
    const names = await this.sources.names(claims.flatMap((c) => [c.sourceId, ...(c.conveyedById ? [c.conveyedById] : [])]));
    sendPage(reply, 200, eventClaimsPage(this.assets, user, event, claims, names, doneMessage(done)));
  }

  @Get('events/:id/edit')
  @Allow('editor')
  async eventEditForm(@Param('id', ParseIdPipe) id: string, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const event = await this.events.get(id);
    sendPage(reply, 200, eventEditPage(this.assets, user, event, draftOfEvent(event), event.updatedAt, null));
  }

  /** Lands only on the event as the editor saw it; on a 409 the form keeps what was typed. */
  @Post('events/:id/edit')
  @Allow('editor')
  async editEvent(@Param('id', ParseIdPipe) id: string, @Body() form: FormBody, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const draft = eventDraft(form);
    const seen = field(form, 'seen');
    try {
      const dto = await checked(UpdateEventDto, eventInput(draft, true));
      await this.events.update(id, dto, user, seen || undefined);
      seeOther(reply, `/desk/events/${id}?done=event_saved`);
    } catch (error) {
      if (!(error instanceof AppError) || (error.status !== 400 && error.code !== ErrorCode.VersionConflict)) throw error;
      const event = await this.events.get(id);
      const conflict = error.code === ErrorCode.VersionConflict;
      const message = conflict ? 'Someone changed this event since you opened it. Your changes are still in the form: check the event as it now stands, then save again.' : error.message;
      sendPage(reply, error.status, eventEditPage(this.assets, user, event, draft, conflict ? event.updatedAt : seen, notice('problem', message, error.details)));
    }
  }

  @Get('sources/new')
  @Allow('editor')
  sourceForm(@Query('back') back: unknown, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): void {
    sendPage(reply, 200, newSourcePage(this.assets, user, safeNext(back), EMPTY_SOURCE, null));
  }

  @Post('sources')
  @Allow('editor')
  async createSource(@Body() form: FormBody, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const back = safeNext(field(form, 'back'));
    const draft = sourceDraft(form);
    try {
      const dto = await checked(CreateSourceDto, sourceInput(draft, false));
      const twins = field(form, 'anyway') === 'yes' ? [] : await this.duplicates.sources(dto);
      if (twins.length) return sendPage(reply, 200, newSourcePage(this.assets, user, back, draft, duplicateWarning('source', twins, '/desk/sources', { ...draft, back }, user)));
      await this.sources.create(dto, user);
      seeOther(reply, `${back}${back.includes('?') ? '&' : '?'}done=source`);
    } catch (error) {
      if (!isValidation(error)) throw error;
      sendPage(reply, 400, newSourcePage(this.assets, user, back, draft, notice('problem', error.message, error.details)));
    }
  }
}
