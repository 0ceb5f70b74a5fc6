import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClaimsModule } from '../claims/claims.module';
import { ContradictionsModule } from '../contradictions/contradictions.module';
import { Review } from '../reviews/review.entity';
import { Publication } from './publication.entity';
import { FactChecksController, PublicationsController } from './publications.controller';
import { PublicationsService } from './publications.service';

@Module({
  imports: [TypeOrmModule.forFeature([Publication, Review]), ClaimsModule, ContradictionsModule],
  controllers: [PublicationsController, FactChecksController],
  providers: [PublicationsService],
})
export class PublicationsModule {}
