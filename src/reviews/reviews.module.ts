import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Claim } from '../claims/claim.entity';
import { ClaimsModule } from '../claims/claims.module';
import { ContradictionsModule } from '../contradictions/contradictions.module';
import { Review } from './review.entity';
import { ClaimReviewsController, ReviewQueueController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [TypeOrmModule.forFeature([Review, Claim]), ClaimsModule, ContradictionsModule],
  controllers: [ClaimReviewsController, ReviewQueueController],
  providers: [ReviewsService],
  exports: [ReviewsService],
})
export class ReviewsModule {}
