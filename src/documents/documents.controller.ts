import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, AnyRole, CurrentActor } from '../auth/access.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { AcceptCandidatesService } from './accept-candidates.service';
import { DocumentsService } from './documents.service';
import { AcceptCandidatesDto } from './dto/accept-candidates.dto';
import { CreateDocumentDto } from './dto/create-document.dto';
import { ExtractDocumentDto } from './dto/extract-document.dto';
import { ListDocumentsQuery } from './dto/list-documents.dto';
import { ApiBodyRefusals, ApiRecord, ApiRefusals } from '../common/api-responses';
import { AcceptedCandidatesResponseDto, DocumentPageDto, DocumentResponseDto, ExtractionResponseDto } from './dto/document.response';

@ApiTags('documents')
@Controller('documents')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly candidates: AcceptCandidatesService,
  ) {}

  @Post()
  @Allow('editor')
  @ApiOperation({ operationId: 'createDocument', summary: 'Archive a document (communiqué, statement, article); the SHA-256 of its text is kept' })
  @ApiCreatedResponse({ type: DocumentResponseDto })
  @ApiRecord()
  @ApiBodyRefusals()
  create(@Body() dto: CreateDocumentDto, @CurrentActor() actor: Actor) {
    return this.documents.create(dto, actor);
  }

  @Get()
  @AnyRole()
  @ApiOperation({ operationId: 'listDocuments', summary: 'List documents, without their text' })
  @ApiOkResponse({ type: DocumentPageDto })
  list(@Query() query: ListDocumentsQuery) {
    return this.documents.list(query);
  }

  @Get(':id')
  @AnyRole()
  @ApiOperation({ operationId: 'getDocument', summary: 'A document with its text' })
  @ApiOkResponse({ type: DocumentResponseDto })
  @ApiRecord()
  get(@Param('id', ParseIdPipe) id: string) {
    return this.documents.get(id);
  }

  @Post(':id/extract')
  @Allow('editor')
  @HttpCode(200)
  @ApiOperation({ operationId: 'extractCandidates', summary: 'Attributed statements found in the text, as candidate claims (speaker, source, statement, anchor, facets, confidence); English only. With eventId, read for that event: its claimants are preferred where a rule takes the one party of a kind' })
  @ApiOkResponse({ type: ExtractionResponseDto })
  @ApiRecord()
  @ApiRefusals(422)
  @ApiBodyRefusals()
  extract(@Param('id', ParseIdPipe) id: string, @Body() dto: ExtractDocumentDto) {
    return this.documents.extract(id, dto.eventId);
  }

  @Post(':id/claims')
  @Allow('editor')
  @ApiOperation({ operationId: 'acceptCandidates', summary: 'Accept candidates (as returned or edited) into claims on an event, in one transaction; a candidate accepted before (same quote, same claimant) answers that claim, and one changed since is refused (409) with the claim to change' })
  @ApiCreatedResponse({ type: AcceptedCandidatesResponseDto })
  @ApiRecord()
  @ApiRefusals(409)
  @ApiBodyRefusals()
  accept(@Param('id', ParseIdPipe) id: string, @Body() dto: AcceptCandidatesDto, @CurrentActor() actor: Actor) {
    return this.candidates.accept(id, dto, actor);
  }
}
