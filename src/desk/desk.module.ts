import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttributesModule } from '../attributes/attributes.module';
import { AuthModule } from '../auth/auth.module';
import { ClaimsModule } from '../claims/claims.module';
import { Contradiction } from '../contradictions/contradiction.entity';
import { ContradictionsModule } from '../contradictions/contradictions.module';
import { DocumentsModule } from '../documents/documents.module';
import { EventsModule } from '../events/events.module';
import { LinkingModule } from '../linking/linking.module';
import { ReportsModule } from '../reports/reports.module';
import { Review } from '../reviews/review.entity';
import { ReviewsModule } from '../reviews/reviews.module';
import { SearchModule } from '../search/search.module';
import { SourcesModule } from '../sources/sources.module';
import { UsersModule } from '../users/users.module';
import { AuditPagesController } from './audit-pages.controller';
import { ClaimEditController } from './claim-edit.controller';
import { ClaimPagesController } from './claim-pages.controller';
import { PAGE_ERRORS } from '../common/error.filter';
import { DeskAssets } from './desk-assets';
import { DeskErrorPages } from './desk-error-pages';
import { DeskController } from './desk.controller';
import { DeskService } from './desk.service';
import { EventPagesController } from './event-pages.controller';
import { LinkingPagesController } from './linking-pages.controller';
import { RecordPagesController } from './record-pages.controller';
import { SearchPageController } from './search-page.controller';
import { SourcePagesController } from './source-pages.controller';
import { UserPagesController } from './user-pages.controller';

/** The desk: pages for fact-checkers and reviewers, on the same services and role rules as the API. */
@Module({
  imports: [TypeOrmModule.forFeature([Contradiction, Review]), AuthModule, AttributesModule, EventsModule, ClaimsModule, ContradictionsModule, DocumentsModule, ReviewsModule,
    ReportsModule, SearchModule, SourcesModule, UsersModule, LinkingModule],
  controllers: [DeskController, AuditPagesController, EventPagesController, ClaimPagesController, ClaimEditController, RecordPagesController, SourcePagesController, SearchPageController,
    UserPagesController, LinkingPagesController],
  providers: [DeskService, DeskAssets, DeskErrorPages, { provide: PAGE_ERRORS, useExisting: DeskErrorPages }],
  exports: [PAGE_ERRORS],
})
export class DeskModule {}
