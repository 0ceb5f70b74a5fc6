import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, AnyRole, CurrentActor } from '../auth/access.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { DuplicatesService } from '../linking/duplicates.service';
import { CreateSourceDto, UpdateSourceDto } from './dto/create-source.dto';
import { ListSourcesQuery } from './dto/list-sources.dto';
import { SourcesService } from './sources.service';
import { ApiBodyRefusals, ApiRecord, ApiRefusals } from '../common/api-responses';
import { SourcePageDto, SourceResponseDto, CreatedSourceResponseDto } from './dto/source.response';

@ApiTags('sources')
@Controller('sources')
export class SourcesController {
  constructor(private readonly sources: SourcesService, private readonly duplicates: DuplicatesService) {}

  @Post()
  @Allow('editor')
  @ApiOperation({ operationId: 'createSource', summary: 'Record a party that makes or conveys claims' })
  @ApiCreatedResponse({ type: CreatedSourceResponseDto })
  @ApiBodyRefusals()
  async create(@Body() dto: CreateSourceDto, @CurrentActor() actor: Actor) {
    // Looked for before creating, so the new record is not its own duplicate; a warning, the record is made.
    const possibleDuplicates = await this.duplicates.sources(dto);
    return { ...(await this.sources.create(dto, actor)), possibleDuplicates };
  }

  @Get()
  @AnyRole()
  @ApiOperation({ operationId: 'listSources', summary: 'List sources; q matches the name and aliases' })
  @ApiOkResponse({ type: SourcePageDto })
  list(@Query() query: ListSourcesQuery) {
    return this.sources.list(query);
  }

  @Get(':id')
  @AnyRole()
  @ApiOperation({ operationId: 'getSource', summary: 'A source' })
  @ApiOkResponse({ type: SourceResponseDto })
  @ApiRecord()
  get(@Param('id', ParseIdPipe) id: string) {
    return this.sources.get(id);
  }

  @Patch(':id')
  @Allow('editor')
  @ApiOperation({ operationId: 'updateSource', summary: 'Change a source; fields left out stay as they are' })
  @ApiOkResponse({ type: SourceResponseDto })
  @ApiRecord()
  @ApiBodyRefusals()
  update(@Param('id', ParseIdPipe) id: string, @Body() dto: UpdateSourceDto, @CurrentActor() actor: Actor) {
    return this.sources.update(id, dto, actor);
  }

  @Delete(':id')
  @Allow('editor')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteSource', summary: 'Delete a source that nothing refers to' })
  @ApiNoContentResponse({ description: 'Done; no body' })
  @ApiRecord()
  @ApiRefusals(409)
  async remove(@Param('id', ParseIdPipe) id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.sources.remove(id, actor);
  }
}
