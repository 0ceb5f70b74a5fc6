import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../auth/access.decorator';
import { AuditService } from './audit.service';
import { AuditQuery } from './dto/audit-query.dto';

import { AuditPageDto } from './dto/audit-entry.response';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @AnyRole()
  @ApiOperation({ operationId: 'listAuditEntries', summary: 'Who changed what and when, oldest first, with the values before and after' })
  @ApiOkResponse({ type: AuditPageDto })
  list(@Query() query: AuditQuery) {
    return this.audit.list(query);
  }
}
