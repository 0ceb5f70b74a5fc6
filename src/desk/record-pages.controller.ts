import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Allow, CurrentDeskUser, DeskUser, ViaSession } from '../auth/access.decorator';
import { FormBody } from '../common/json-body';
import { CreateEventDto } from '../events/dto/create-event.dto';
import { EventsService } from '../events/events.service';
import { DuplicatesService } from '../linking/duplicates.service';
import { CreateSourceDto } from '../sources/dto/create-source.dto';
import { SourcesService } from '../sources/sources.service';
import { DeskAssets } from './desk-assets';
import { safeNext } from './desk.controller';
import { checked, field, given, isValidation, seeOther, sendPage } from './respond';
import { notice } from './views/layout';
import { duplicateWarning } from './views/linking.view';
import { EMPTY_EVENT, EMPTY_SOURCE, EventDraft, newEventPage, newSourcePage, SourceDraft } from './views/records.view';

/** What a case starts from: a new event, a new source (editors). */
@ApiExcludeController()
@Controller('desk')
@ViaSession()
export class RecordPagesController {
  constructor(
    private readonly assets: DeskAssets,
    private readonly events: EventsService,
    private readonly sources: SourcesService,
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
    const draft: EventDraft = {
      title: field(form, 'title'), type: field(form, 'type'), startsAt: field(form, 'startsAt'), endsAt: field(form, 'endsAt'),
      place: field(form, 'place'), country: field(form, 'country'), description: field(form, 'description'),
    };
    try {
      const place = given(draft.place);
      const dto = await checked(CreateEventDto, {
        title: draft.title, type: draft.type, startsAt: given(draft.startsAt), endsAt: given(draft.endsAt), description: given(draft.description),
        ...(place && { location: { name: place, country: given(draft.country)?.toUpperCase() } }),
      });
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

  @Get('sources/new')
  @Allow('editor')
  sourceForm(@Query('back') back: unknown, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): void {
    sendPage(reply, 200, newSourcePage(this.assets, user, safeNext(back), EMPTY_SOURCE, null));
  }

  @Post('sources')
  @Allow('editor')
  async createSource(@Body() form: FormBody, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const back = safeNext(field(form, 'back'));
    const draft: SourceDraft = {
      name: field(form, 'name'), aliases: field(form, 'aliases'), kind: field(form, 'kind'), stake: field(form, 'stake'),
      reliability: field(form, 'reliability'), description: field(form, 'description'),
    };
    try {
      const aliases = draft.aliases.split(',').map((a) => a.trim()).filter(Boolean);
      const dto = await checked(CreateSourceDto, {
        name: draft.name, kind: draft.kind, stake: given(draft.stake), reliability: given(draft.reliability), description: given(draft.description),
        ...(aliases.length && { aliases }),
      });
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
