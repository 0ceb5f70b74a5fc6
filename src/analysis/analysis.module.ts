import { Module } from '@nestjs/common';
import { EventAnalysisService } from './event-analysis.service';

/**
 * The in-memory analysis of events, by revision; every feature that reads an event's analysis goes
 * through it, importing this module (one instance per process: Nest makes a module once).
 */
@Module({
  providers: [EventAnalysisService],
  exports: [EventAnalysisService],
})
export class AnalysisModule {}
