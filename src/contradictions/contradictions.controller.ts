import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, AnyRole, CurrentActor } from '../auth/access.decorator';
import { ApiBodyRefusals, ApiRecord, ApiRefusals } from '../common/api-responses';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ContradictionsService } from './contradictions.service';
import { VerificationService } from './verification.service';
import { CreateContradictionDto, ListContradictionsQuery, TriageDto } from './dto/contradiction.dto';
import { ContradictionPageDto, ContradictionResponseDto, CorroborationListDto, CredibilityResponseDto, DisputeListDto } from './dto/contradiction.response';

@ApiTags('contradictions')
@Controller('events/:id')
export class EventContradictionsController {
  constructor(
    private readonly contradictions: ContradictionsService,
    private readonly verification: VerificationService,
  ) {}

  @Post('recompute')
  @HttpCode(200)
  @Allow('admin')
  @ApiOperation({ operationId: 'recomputeEvent', summary: "Recompute the event's holdings and contradictions from its facets; answers what differed (and is now repaired, audited)" })
  @ApiOkResponse({ schema: { type: 'object', additionalProperties: true }, description: 'What differed between the stored and the recomputed holdings and contradictions' })
  @ApiRecord()
  recompute(@Param('id', ParseIdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.verification.verifyEvent(id, true, actor);
  }

  @Get('contradictions')
  @AnyRole()
  @ApiOkResponse({ type: ContradictionPageDto })
  @ApiRecord()
  @ApiOperation({ operationId: 'listEventContradictions', summary: 'Contradictions of an event: two positions that cannot both be true, with every claim and source on each side' })
  list(@Param('id', ParseIdPipe) id: string, @Query() query: ListContradictionsQuery) {
    return this.contradictions.list(id, query);
  }

  @Post('contradictions')
  @Allow('editor')
  @ApiCreatedResponse({ type: ContradictionResponseDto })
  @ApiRecord()
  @ApiRefusals(409)
  @ApiBodyRefusals()
  @ApiOperation({ operationId: 'createContradiction', summary: 'Record a contradiction found by a person; recomputation leaves it alone' })
  create(@Param('id', ParseIdPipe) id: string, @Body() dto: CreateContradictionDto, @CurrentActor() actor: Actor) {
    return this.contradictions.create(id, dto, actor);
  }

  @Get('disputes')
  @AnyRole()
  @ApiOkResponse({ type: DisputeListDto })
  @ApiRecord()
  @ApiOperation({ operationId: 'listEventDisputes', summary: 'Each contested attribute with all its positions; for quantities the conservative figure, median and highest' })
  disputes(@Param('id', ParseIdPipe) id: string) {
    return this.contradictions.disputes(id);
  }

  @Get('corroborations')
  @AnyRole()
  @ApiOkResponse({ type: CorroborationListDto })
  @ApiRecord()
  @ApiOperation({ operationId: 'listEventCorroborations', summary: 'Claims from independent sources that agree on a facet' })
  corroborations(@Param('id', ParseIdPipe) id: string) {
    return this.contradictions.corroborations(id);
  }
}

@ApiTags('contradictions')
@Controller('contradictions')
export class ContradictionsController {
  constructor(private readonly contradictions: ContradictionsService) {}

  @Get(':id')
  @AnyRole()
  @ApiOkResponse({ type: ContradictionResponseDto })
  @ApiRecord()
  @ApiOperation({ operationId: 'getContradiction', summary: 'A contradiction with both sides' })
  get(@Param('id', ParseIdPipe) id: string) {
    return this.contradictions.get(id);
  }

  @Patch(':id')
  @Allow('editor', 'reviewer')
  @ApiOkResponse({ type: ContradictionResponseDto })
  @ApiRecord()
  @ApiBodyRefusals()
  @ApiOperation({ operationId: 'triageContradiction', summary: 'Triage: open, confirmed or dismissed, with a note; it holds while the facets it rests on stay the same' })
  triage(@Param('id', ParseIdPipe) id: string, @Body() dto: TriageDto, @CurrentActor() actor: Actor) {
    return this.contradictions.triage(id, dto, actor);
  }
}

@ApiTags('claims')
@Controller('claims/:id/credibility')
export class CredibilityController {
  constructor(private readonly contradictions: ContradictionsService) {}

  @Get()
  @AnyRole()
  @ApiOkResponse({ type: CredibilityResponseDto })
  @ApiRecord()
  @ApiOperation({ operationId: 'getClaimCredibility', summary: 'Suggested Admiralty information credibility (1 confirmed ... 6 cannot be judged), with reasons' })
  get(@Param('id', ParseIdPipe) id: string) {
    return this.contradictions.credibility(id);
  }
}
