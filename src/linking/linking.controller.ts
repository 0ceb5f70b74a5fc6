import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, AnyRole, CurrentActor } from '../auth/access.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { MergeDto, SuggestEventsDto } from './dto/suggest-events.dto';
import { EventSuggestionsService } from './event-suggestions.service';
import { MergesService } from './merges.service';

@ApiTags('events')
@Controller()
export class LinkingController {
  constructor(private readonly suggestions: EventSuggestionsService, private readonly merges: MergesService) {}

  @Post('events/suggestions')
  @HttpCode(200)
  @AnyRole()
  @ApiOperation({ summary: 'Which events a text, a document, a time or a place is about, best first, with reasons', operationId: 'suggestEvents' })
  suggest(@Body() dto: SuggestEventsDto) {
    return this.suggestions.suggest(dto);
  }

  @Post('events/:id/merge')
  @HttpCode(200)
  @Allow('editor')
  @ApiOperation({ summary: 'Merge duplicate events into this one: their claims move here and detection runs again', operationId: 'mergeEvents' })
  mergeEvents(@Param('id', ParseIdPipe) id: string, @Body() dto: MergeDto, @CurrentActor() actor: Actor) {
    return this.merges.mergeEvents(id, dto.from, actor);
  }

  @Post('events/:id/merge/preview')
  @HttpCode(200)
  @Allow('editor')
  @ApiOperation({ summary: 'What merging these events into this one would move and what detection would change; nothing is stored', operationId: 'previewEventMerge' })
  previewEvents(@Param('id', ParseIdPipe) id: string, @Body() dto: MergeDto, @CurrentActor() actor: Actor) {
    return this.merges.previewEvents(id, dto.from, actor);
  }

  @Post('sources/:id/merge/preview')
  @HttpCode(200)
  @Allow('editor')
  @ApiOperation({ summary: 'What merging these sources into this one would move and what detection would change; nothing is stored', operationId: 'previewSourceMerge' })
  previewSources(@Param('id', ParseIdPipe) id: string, @Body() dto: MergeDto, @CurrentActor() actor: Actor) {
    return this.merges.previewSources(id, dto.from, actor);
  }

  @Post('sources/:id/merge')
  @HttpCode(200)
  @Allow('editor')
  @ApiOperation({ summary: 'Merge duplicate sources into this one: their names become aliases and their claims move here', operationId: 'mergeSources' })
  mergeSources(@Param('id', ParseIdPipe) id: string, @Body() dto: MergeDto, @CurrentActor() actor: Actor) {
    return this.merges.mergeSources(id, dto.from, actor);
  }
}
