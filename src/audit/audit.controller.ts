import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, AnyRole, CurrentActor } from '../auth/access.decorator';
import { AuditService } from './audit.service';
import { AuditQuery } from './dto/audit-query.dto';

import { AuditPageDto } from './dto/audit-entry.response';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @AnyRole()
  @ApiOperation({ operationId: 'listAuditEntries', summary: 'Who changed what and when, oldest first, with the values before and after; user and api_key entries to admins only' })
  @ApiOkResponse({ type: AuditPageDto })
  list(@Query() query: AuditQuery, @CurrentActor() actor: Actor) {
    return this.audit.list(query, actor.role === 'admin');
  }
}
