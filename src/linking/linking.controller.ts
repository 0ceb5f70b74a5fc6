import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiBodyRefusals, ApiRecord, ApiRefusals } from '../common/api-responses';
import { EventResponseDto } from '../events/dto/event.response';
import { SourceResponseDto } from '../sources/dto/source.response';
import { EventSuggestionsDto } from './dto/linking.response';
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
  @ApiOkResponse({ type: EventSuggestionsDto })
  @ApiRecord()
  @ApiBodyRefusals()
  suggest(@Body() dto: SuggestEventsDto) {
    return this.suggestions.suggest(dto);
  }

  @Post('events/:id/merge')
  @HttpCode(200)
  @Allow('editor')
  @ApiOperation({ summary: 'Merge duplicate events into this one: their claims move here and detection runs again', operationId: 'mergeEvents' })
  @ApiOkResponse({ type: EventResponseDto, description: 'The kept event' })
  @ApiRecord()
  @ApiRefusals(409)
  @ApiBodyRefusals()
  mergeEvents(@Param('id', ParseIdPipe) id: string, @Body() dto: MergeDto, @CurrentActor() actor: Actor) {
    return this.merges.mergeEvents(id, dto.from, actor);
  }

  @Post('events/:id/merge/preview')
  @HttpCode(200)
  @Allow('editor')
  @ApiOperation({ summary: 'What merging these events into this one would move and what detection would change; nothing is stored', operationId: 'previewEventMerge' })
  @ApiOkResponse({ schema: { type: 'object', additionalProperties: true }, description: 'The claims that would move and the contradictions that would be found, gone or kept' })
  @ApiRecord()
  @ApiRefusals(409)
  @ApiBodyRefusals()
  previewEvents(@Param('id', ParseIdPipe) id: string, @Body() dto: MergeDto, @CurrentActor() actor: Actor) {
    return this.merges.previewEvents(id, dto.from, actor);
  }

  @Post('sources/:id/merge/preview')
  @HttpCode(200)
  @Allow('editor')
  @ApiOperation({ summary: 'What merging these sources into this one would move and what detection would change; nothing is stored', operationId: 'previewSourceMerge' })
  @ApiOkResponse({ schema: { type: 'object', additionalProperties: true }, description: 'The claims that would move and the contradictions that would be found, gone or kept' })
  @ApiRecord()
  @ApiRefusals(409)
  @ApiBodyRefusals()
  previewSources(@Param('id', ParseIdPipe) id: string, @Body() dto: MergeDto, @CurrentActor() actor: Actor) {
    return this.merges.previewSources(id, dto.from, actor);
  }

  @Post('sources/:id/merge')
  @HttpCode(200)
  @Allow('editor')
  @ApiOperation({ summary: 'Merge duplicate sources into this one: their names become aliases and their claims move here', operationId: 'mergeSources' })
  @ApiOkResponse({ type: SourceResponseDto, description: 'The kept source, with the merged names as aliases' })
  @ApiRecord()
  @ApiRefusals(409)
  @ApiBodyRefusals()
  mergeSources(@Param('id', ParseIdPipe) id: string, @Body() dto: MergeDto, @CurrentActor() actor: Actor) {
    return this.merges.mergeSources(id, dto.from, actor);
  }
}
