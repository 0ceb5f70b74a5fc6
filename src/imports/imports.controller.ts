import { Body, Controller, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, CurrentActor } from '../auth/access.decorator';
import { ImportBundleDto } from './dto/import-bundle.dto';
import { ImportsService } from './imports.service';
import { ApiRefusals } from '../common/api-responses';
import { ErrorResponseDto } from '../common/dto/error.response';
import { ImportResponseDto } from './dto/import.response';

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @Allow('editor')
  @ApiConsumes('application/json', 'application/x-ndjson')
  @ApiBody({ type: ImportBundleDto, description: 'JSON, or NDJSON with one record a line and a "record" (source, document, event, claim) on each' })
  @ApiPayloadTooLargeResponse({ type: ErrorResponseDto, description: 'Over 64 MiB, or over 250,000 records' })
  @ApiOperation({ operationId: 'importBundle', summary: 'Import a bundle of sources, documents, events and claims with client ids: all or nothing, idempotent' })
  @ApiCreatedResponse({ type: ImportResponseDto })
  @ApiRefusals(409, 415)
  create(@Body() bundle: unknown, @CurrentActor() actor: Actor) {
    // The body is validated record by record in the service, so that every problem is located.
    return this.imports.import(bundle, actor);
  }
}
