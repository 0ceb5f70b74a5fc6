import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Facet } from '../claims/facet.entity';
import { Contradiction } from './contradiction.entity';
import { ContradictionsController, CredibilityController, EventContradictionsController } from './contradictions.controller';
import { ContradictionsService } from './contradictions.service';
import { DetectionService } from './detection.service';

/** Global: claims, sources and terms trigger detection when what it rests on changes. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Contradiction, Facet])],
  controllers: [EventContradictionsController, ContradictionsController, CredibilityController],
  providers: [DetectionService, ContradictionsService],
  exports: [DetectionService, ContradictionsService],
})
export class ContradictionsModule {}
