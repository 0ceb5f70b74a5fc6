import { Global, Module } from '@nestjs/common';
import { EventAnalysisService } from './event-analysis.service';

/** The in-memory analysis of events, by revision; every feature that reads an event's analysis goes through it. */
@Global()
@Module({
  providers: [EventAnalysisService],
  exports: [EventAnalysisService],
})
export class AnalysisModule {}
