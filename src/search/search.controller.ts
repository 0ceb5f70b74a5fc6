import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../auth/access.decorator';
import { SearchQuery } from './dto/search-query.dto';
import { SearchResponseDto } from './dto/search.response';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @AnyRole()
  @ApiOperation({ operationId: 'search', summary: 'Claims (by text, quote, original text or who voiced them), sources (by name or alias), events and documents matching every word; best first within each kind' })
  @ApiOkResponse({ type: SearchResponseDto, description: 'The matches grouped by kind: claims, sources, events, documents' })
  find(@Query() query: SearchQuery) {
    return this.search.search(query.q, query.limit ?? 10);
  }
}
