import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Actor, Allow, AnyRole, CurrentActor } from '../auth/access.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ClaimsService, parseVersion } from './claims.service';
import { CreateClaimDto } from './dto/create-claim.dto';
import { EventClaimsQuery, ListClaimsQuery } from './dto/list-claims.dto';
import { UpdateClaimDto } from './dto/update-claim.dto';

@ApiTags('claims')
@Controller('claims')
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Post()
  @Allow('editor')
  @ApiOperation({ summary: 'Record a claim with its facets' })
  create(@Body() dto: CreateClaimDto, @CurrentActor() actor: Actor) {
    return this.claims.create(dto, actor);
  }

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'List claims; filter by event, claimant, document or words' })
  list(@Query() query: ListClaimsQuery) {
    return this.claims.list(query);
  }

  @Get(':id')
  @AnyRole()
  @ApiOperation({ summary: 'A claim; its ETag is its version' })
  async get(@Param('id', ParseIdPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const claim = await this.claims.get(id);
    void reply.header('ETag', `"${claim.version}"`);
    return claim;
  }

  @Patch(':id')
  @Allow('editor')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version you read; a stale one gets 409' })
  @ApiOperation({ summary: 'Change a claim; facets, when given, replace the list' })
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateClaimDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.claims.update(id, dto, actor, parseVersion(ifMatch));
  }

  @Delete(':id')
  @Allow('editor')
  @HttpCode(204)
  @ApiHeader({ name: 'If-Match', required: false })
  async remove(@Param('id', ParseIdPipe) id: string, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor) {
    await this.claims.remove(id, actor, parseVersion(ifMatch));
  }
}

@ApiTags('events')
@Controller('events/:id/claims')
export class EventClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'The claims about one event' })
  list(@Param('id', ParseIdPipe) id: string, @Query() query: EventClaimsQuery) {
    return this.claims.listForEvent(id, query);
  }
}
