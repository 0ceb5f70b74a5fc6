import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, AnyRole, CurrentActor } from '../auth/access.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { DuplicatesService } from '../linking/duplicates.service';
import { CreateEventDto, UpdateEventDto } from './dto/create-event.dto';
import { ListEventsQuery } from './dto/list-events.dto';
import { EventsService } from './events.service';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService, private readonly duplicates: DuplicatesService) {}

  @Post()
  @Allow('editor')
  @ApiOperation({ summary: 'Record what happened, independent of who says what' })
  async create(@Body() dto: CreateEventDto, @CurrentActor() actor: Actor) {
    // Looked for before creating, so the new record is not its own duplicate; a warning, the record is made.
    const possibleDuplicates = await this.duplicates.events(dto);
    return { ...(await this.events.create(dto, actor)), possibleDuplicates };
  }

  @Get()
  @AnyRole()
  list(@Query() query: ListEventsQuery) {
    return this.events.list(query);
  }

  @Get(':id')
  @AnyRole()
  get(@Param('id', ParseIdPipe) id: string) {
    return this.events.get(id);
  }

  @Patch(':id')
  @Allow('editor')
  update(@Param('id', ParseIdPipe) id: string, @Body() dto: UpdateEventDto, @CurrentActor() actor: Actor) {
    return this.events.update(id, dto, actor);
  }
}
