import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, AnyRole, CurrentActor } from '../auth/access.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { AcceptCandidatesService } from './accept-candidates.service';
import { DocumentsService } from './documents.service';
import { AcceptCandidatesDto } from './dto/accept-candidates.dto';
import { CreateDocumentDto } from './dto/create-document.dto';
import { ListDocumentsQuery } from './dto/list-documents.dto';

@ApiTags('documents')
@Controller('documents')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly candidates: AcceptCandidatesService,
  ) {}

  @Post()
  @Allow('editor')
  @ApiOperation({ summary: 'Archive a document (communiqué, statement, article); the SHA-256 of its text is kept' })
  create(@Body() dto: CreateDocumentDto, @CurrentActor() actor: Actor) {
    return this.documents.create(dto, actor);
  }

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'List documents, without their text' })
  list(@Query() query: ListDocumentsQuery) {
    return this.documents.list(query);
  }

  @Get(':id')
  @AnyRole()
  get(@Param('id', ParseIdPipe) id: string) {
    return this.documents.get(id);
  }

  @Post(':id/extract')
  @Allow('editor')
  @HttpCode(200)
  @ApiOperation({ summary: 'Attributed statements found in the text, as candidate claims (speaker, source, statement, anchor, facets, confidence); English only' })
  extract(@Param('id', ParseIdPipe) id: string) {
    return this.documents.extract(id);
  }

  @Post(':id/claims')
  @Allow('editor')
  @ApiOperation({ summary: 'Accept candidates (as returned or edited) into claims on an event, in one transaction' })
  accept(@Param('id', ParseIdPipe) id: string, @Body() dto: AcceptCandidatesDto, @CurrentActor() actor: Actor) {
    return this.candidates.accept(id, dto, actor);
  }
}
