import { Module } from '@nestjs/common';
import { AnalysisModule } from '../analysis/analysis.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Facet } from '../claims/facet.entity';
import { Contradiction } from './contradiction.entity';
import { ContradictionsController, CredibilityController, EventContradictionsController } from './contradictions.controller';
import { ContradictionsService } from './contradictions.service';
import { DetectionService } from './detection.service';
import { VerificationService } from './verification.service';

/**
 * Contradictions, corroborations and credibility, and detection. It depends on no feature module, so
 * the modules whose changes detection follows (claims, sources, terms, imports) import it.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Contradiction, Facet]), AnalysisModule],
  controllers: [EventContradictionsController, ContradictionsController, CredibilityController],
  providers: [DetectionService, ContradictionsService, VerificationService],
  exports: [DetectionService, ContradictionsService, VerificationService],
})
export class ContradictionsModule {}
