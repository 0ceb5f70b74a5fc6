import { Module } from '@nestjs/common';
import { ContradictionsModule } from '../contradictions/contradictions.module';
import { DuplicatesService } from './duplicates.service';
import { EventSuggestionsService } from './event-suggestions.service';
import { LinkingController } from './linking.controller';
import { MergesService } from './merges.service';

/** Putting claims on the event they are about: event suggestions, and merging duplicate events and sources. */
@Module({
  imports: [ContradictionsModule],
  controllers: [LinkingController],
  providers: [EventSuggestionsService, MergesService, DuplicatesService],
  exports: [EventSuggestionsService, MergesService, DuplicatesService],
})
export class LinkingModule {}
