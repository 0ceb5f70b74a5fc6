import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, AnyRole, CurrentActor } from '../auth/access.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { DocumentsService } from './documents.service';
import { CreateDocumentDto } from './dto/create-document.dto';
import { ListDocumentsQuery } from './dto/list-documents.dto';

@ApiTags('documents')
@Controller('documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

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
}
