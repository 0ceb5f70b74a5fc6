import { Body, Controller, Get, Headers, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, AnyRole, CurrentActor } from '../auth/access.decorator';
import { PageQuery } from '../common/pagination';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { CreateReviewDto, ReviewQueueQuery } from './dto/create-review.dto';
import { ReviewsService } from './reviews.service';
import { ApiBodyRefusals, ApiRecord, ApiRefusals } from '../common/api-responses';
import { CreatedReviewResponseDto, ReviewPageDto, ReviewQueuePageDto } from './dto/review.response';

@ApiTags('reviews')
@Controller('claims/:id/reviews')
export class ClaimReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Post()
  @Allow('reviewer')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The claim version you read (or send it as version)' })
  @ApiOperation({ operationId: 'createReview', summary: 'Give a verdict on the version of the claim you read; a stale or missing version gets 409 and changes nothing' })
  @ApiCreatedResponse({ type: CreatedReviewResponseDto })
  @ApiRecord()
  @ApiRefusals(409)
  @ApiBodyRefusals()
  create(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CreateReviewDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.reviews.create(id, dto, ifMatch, actor);
  }

  @Get()
  @AnyRole()
  @ApiOperation({ operationId: 'listClaimReviews', summary: 'The verdicts on a claim, newest first' })
  @ApiOkResponse({ type: ReviewPageDto })
  @ApiRecord()
  history(@Param('id', ParseIdPipe) id: string, @Query() query: PageQuery) {
    return this.reviews.history(id, query);
  }
}

@ApiTags('reviews')
@Controller('reviews')
export class ReviewQueueController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get('queue')
  @AnyRole()
  @ApiOperation({ operationId: 'getReviewQueue', summary: 'Claims waiting for a reviewer: re-review, disagreement, open high contradictions, unreviewed' })
  @ApiOkResponse({ type: ReviewQueuePageDto })
  queue(@Query() query: ReviewQueueQuery) {
    return this.reviews.queue(query);
  }
}
