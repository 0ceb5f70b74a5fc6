import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, AnyRole, CurrentActor } from '../auth/access.decorator';
import { AuditService } from './audit.service';
import { AuditQuery } from './dto/audit-query.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Who changed what and when, oldest first, with the values before and after; user and api_key entries to admins only' })
  list(@Query() query: AuditQuery, @CurrentActor() actor: Actor) {
    return this.audit.list(query, actor.role === 'admin');
  }
}
