import { Module } from '@nestjs/common';
import { AnalysisModule } from '../analysis/analysis.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClaimsModule } from '../claims/claims.module';
import { Contradiction } from '../contradictions/contradiction.entity';
import { ContradictionsModule } from '../contradictions/contradictions.module';
import { DocumentsModule } from '../documents/documents.module';
import { EventsModule } from '../events/events.module';
import { ReviewsModule } from '../reviews/reviews.module';
import { SourcesModule } from '../sources/sources.module';
import { UsersModule } from '../users/users.module';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [TypeOrmModule.forFeature([Contradiction]), AnalysisModule, ClaimsModule, ContradictionsModule, DocumentsModule, EventsModule, ReviewsModule, SourcesModule, UsersModule],
  controllers: [ReportsController],
  providers: [ReportsService],
  exports: [ReportsService],
})
export class ReportsModule {}
