import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Actor, Allow, AnyRole, CurrentActor } from '../auth/access.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ClaimsService, parseVersion } from './claims.service';
import { CreateClaimDto } from './dto/create-claim.dto';
import { EventClaimsQuery, ListClaimsQuery } from './dto/list-claims.dto';
import { UpdateClaimDto } from './dto/update-claim.dto';
import { ApiBodyRefusals, ApiRecord, ApiRefusals } from '../common/api-responses';
import { ClaimPageDto, ClaimResponseDto } from './dto/claim.response';

@ApiTags('claims')
@Controller('claims')
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Post()
  @Allow('editor')
  @ApiOperation({ operationId: 'createClaim', summary: 'Record a claim with its facets' })
  @ApiCreatedResponse({ type: ClaimResponseDto })
  @ApiRecord()
  @ApiBodyRefusals()
  create(@Body() dto: CreateClaimDto, @CurrentActor() actor: Actor) {
    return this.claims.create(dto, actor);
  }

  @Get()
  @AnyRole()
  @ApiOperation({ operationId: 'listClaims', summary: 'List claims; filter by event, claimant, document or words' })
  @ApiOkResponse({ type: ClaimPageDto })
  list(@Query() query: ListClaimsQuery) {
    return this.claims.list(query);
  }

  @Get(':id')
  @AnyRole()
  @ApiOperation({ operationId: 'getClaim', summary: 'A claim; its ETag is its version' })
  @ApiOkResponse({ type: ClaimResponseDto })
  @ApiRecord()
  async get(@Param('id', ParseIdPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const claim = await this.claims.get(id);
    void reply.header('ETag', `"${claim.version}"`);
    return claim;
  }

  @Patch(':id')
  @Allow('editor')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version you read; a stale one gets 409' })
  @ApiOperation({ operationId: 'updateClaim', summary: 'Change a claim; facets, when given, replace the list' })
  @ApiOkResponse({ type: ClaimResponseDto })
  @ApiRecord()
  @ApiRefusals(409)
  @ApiBodyRefusals()
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
  @ApiOperation({ operationId: 'deleteClaim', summary: 'Delete a claim; its contradictions are recomputed' })
  @ApiNoContentResponse({ description: 'Done; no body' })
  @ApiRecord()
  @ApiRefusals(409)
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
  @ApiOperation({ operationId: 'listEventClaims', summary: 'The claims about one event' })
  @ApiOkResponse({ type: ClaimPageDto })
  @ApiRecord()
  list(@Param('id', ParseIdPipe) id: string, @Query() query: EventClaimsQuery) {
    return this.claims.listForEvent(id, query);
  }
}
