import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, AnyRole, CurrentActor } from '../auth/access.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { DuplicatesService } from '../linking/duplicates.service';
import { CreateEventDto, UpdateEventDto } from './dto/create-event.dto';
import { ListEventsQuery } from './dto/list-events.dto';
import { EventsService } from './events.service';
import { ApiBodyRefusals, ApiRecord } from '../common/api-responses';
import { EventPageDto, EventResponseDto, CreatedEventResponseDto } from './dto/event.response';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService, private readonly duplicates: DuplicatesService) {}

  @Post()
  @Allow('editor')
  @ApiOperation({ operationId: 'createEvent', summary: 'Record what happened, independent of who says what' })
  @ApiCreatedResponse({ type: CreatedEventResponseDto })
  @ApiBodyRefusals()
  async create(@Body() dto: CreateEventDto, @CurrentActor() actor: Actor) {
    // Looked for before creating, so the new record is not its own duplicate; a warning, the record is made.
    const possibleDuplicates = await this.duplicates.events(dto);
    return { ...(await this.events.create(dto, actor)), possibleDuplicates };
  }

  @Get()
  @AnyRole()
  @ApiOperation({ operationId: 'listEvents', summary: 'List events; filter by words, type, country or time' })
  @ApiOkResponse({ type: EventPageDto })
  list(@Query() query: ListEventsQuery) {
    return this.events.list(query);
  }

  @Get(':id')
  @AnyRole()
  @ApiOperation({ operationId: 'getEvent', summary: 'An event' })
  @ApiOkResponse({ type: EventResponseDto })
  @ApiRecord()
  get(@Param('id', ParseIdPipe) id: string) {
    return this.events.get(id);
  }

  @Patch(':id')
  @Allow('editor')
  @ApiOperation({ operationId: 'updateEvent', summary: 'Change an event; fields left out stay as they are' })
  @ApiOkResponse({ type: EventResponseDto })
  @ApiRecord()
  @ApiBodyRefusals()
  update(@Param('id', ParseIdPipe) id: string, @Body() dto: UpdateEventDto, @CurrentActor() actor: Actor) {
    return this.events.update(id, dto, actor);
  }
}
