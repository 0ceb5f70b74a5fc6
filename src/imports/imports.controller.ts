import { Body, Controller, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, CurrentActor } from '../auth/access.decorator';
import { ImportBundleDto } from './dto/import-bundle.dto';
import { ImportsService } from './imports.service';

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @Allow('editor')
  @ApiConsumes('application/json', 'application/x-ndjson')
  @ApiBody({ type: ImportBundleDto, description: 'JSON, or NDJSON with one record a line and a "record" (source, document, event, claim) on each' })
  @ApiPayloadTooLargeResponse({ description: 'Over 64 MiB, or over 250,000 records' })
  @ApiOperation({ summary: 'Import a bundle of sources, documents, events and claims with client ids: all or nothing, idempotent' })
  create(@Body() bundle: unknown, @CurrentActor() actor: Actor) {
    // The body is validated record by record in the service, so that every problem is located.
    return this.imports.import(bundle, actor);
  }
}
