import { Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Actor, Allow, AnyRole, CurrentActor, Public } from '../auth/access.decorator';
import { ApiRecord, ApiRefusals } from '../common/api-responses';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { PublicationResponseDto } from './dto/publication.response';
import { FACT_CHECK_CSP, renderFactCheck } from './fact-check-page';
import { PublicationsService } from './publications.service';

@ApiTags('publications')
@Controller('claims/:id/publication')
export class PublicationsController {
  constructor(private readonly publications: PublicationsService) {}

  @Post()
  @Allow('reviewer')
  @ApiCreatedResponse({ type: PublicationResponseDto })
  @ApiRecord()
  @ApiRefusals(409)
  @ApiOperation({ operationId: 'publishFactCheck', summary: 'Publish the claim\'s latest verdict on its public page, GET /fact-checks/{id}; 409 before a verdict' })
  publish(@Param('id', ParseIdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.publications.publish(id, actor);
  }

  @Get()
  @AnyRole()
  @ApiOkResponse({ type: PublicationResponseDto })
  @ApiRecord()
  @ApiOperation({ operationId: 'getPublication', summary: 'Whether and which verdict of the claim is published; 404 if it never was' })
  get(@Param('id', ParseIdPipe) id: string) {
    return this.publications.get(id);
  }

  @Delete()
  @Allow('reviewer')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Withdrawn: the public page answers 404' })
  @ApiRecord()
  @ApiOperation({ operationId: 'withdrawFactCheck', summary: 'Withdraw the published fact-check; 404 if it is not published' })
  async withdraw(@Param('id', ParseIdPipe) id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.publications.withdraw(id, actor);
  }
}

@ApiTags('publications')
@Controller('fact-checks')
export class FactChecksController {
  constructor(private readonly publications: PublicationsService) {}

  @Get(':claimId')
  @Public()
  @ApiOkResponse({ description: 'The public page, with the ClaimReview JSON-LD in it', content: { 'text/html': { schema: { type: 'string' } } } })
  @ApiRefusals(400, 404, 503)
  @ApiOperation({ operationId: 'getFactCheckPage', summary: 'The published fact-check of a claim, as a public page (no key); 404 for a verdict not published or withdrawn' })
  async page(@Param('claimId', ParseIdPipe) claimId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const page = renderFactCheck(await this.publications.factCheck(claimId));
    void reply.type('text/html; charset=utf-8').header('Content-Security-Policy', FACT_CHECK_CSP).header('X-Content-Type-Options', 'nosniff');
    return page;
  }
}
