import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, AnyRole, CurrentActor } from '../auth/access.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { CreateEventDto, UpdateEventDto } from './dto/create-event.dto';
import { ListEventsQuery } from './dto/list-events.dto';
import { EventsService } from './events.service';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Post()
  @Allow('editor')
  @ApiOperation({ summary: 'Record what happened, independent of who says what' })
  create(@Body() dto: CreateEventDto, @CurrentActor() actor: Actor) {
    return this.events.create(dto, actor);
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
