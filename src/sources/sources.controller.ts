import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, AnyRole, CurrentActor } from '../auth/access.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { DuplicatesService } from '../linking/duplicates.service';
import { CreateSourceDto, UpdateSourceDto } from './dto/create-source.dto';
import { ListSourcesQuery } from './dto/list-sources.dto';
import { SourcesService } from './sources.service';

@ApiTags('sources')
@Controller('sources')
export class SourcesController {
  constructor(private readonly sources: SourcesService, private readonly duplicates: DuplicatesService) {}

  @Post()
  @Allow('editor')
  @ApiOperation({ summary: 'Record a party that makes or conveys claims' })
  async create(@Body() dto: CreateSourceDto, @CurrentActor() actor: Actor) {
    // Looked for before creating, so the new record is not its own duplicate; a warning, the record is made.
    const possibleDuplicates = await this.duplicates.sources(dto);
    return { ...(await this.sources.create(dto, actor)), possibleDuplicates };
  }

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'List sources; q matches the name and aliases' })
  list(@Query() query: ListSourcesQuery) {
    return this.sources.list(query);
  }

  @Get(':id')
  @AnyRole()
  get(@Param('id', ParseIdPipe) id: string) {
    return this.sources.get(id);
  }

  @Patch(':id')
  @Allow('editor')
  update(@Param('id', ParseIdPipe) id: string, @Body() dto: UpdateSourceDto, @CurrentActor() actor: Actor) {
    return this.sources.update(id, dto, actor);
  }

  @Delete(':id')
  @Allow('editor')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a source that nothing refers to' })
  async remove(@Param('id', ParseIdPipe) id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.sources.remove(id, actor);
  }
}
