import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AnalysisModule } from './analysis/analysis.module';
import { AttributesModule } from './attributes/attributes.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ClaimsModule } from './claims/claims.module';
import { ContradictionsModule } from './contradictions/contradictions.module';
import { ErrorFilter } from './common/error.filter';
import { createValidationPipe } from './common/validation';
import { ConfigModule } from './config/config.module';
import { Environment } from './config/environment';
import { DatabaseModule } from './database/database.module';
import { DeskModule } from './desk/desk.module';
import { DocumentsModule } from './documents/documents.module';
import { EventsModule } from './events/events.module';
import { HealthController } from './health/health.controller';
import { ImportsModule } from './imports/imports.module';
import { LinkingModule } from './linking/linking.module';
import { PublicationsModule } from './publications/publications.module';
import { ReportsModule } from './reports/reports.module';
import { ReviewsModule } from './reviews/reviews.module';
import { SearchModule } from './search/search.module';
import { SourcesModule } from './sources/sources.module';
import { UsersModule } from './users/users.module';
import { VocabularyModule } from './vocabulary/vocabulary.module';

@Module({})
export class AppModule {
  /** The whole application; tests build exactly this, with their own environment. */
  static forRoot(environment: Environment): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(environment),
        DatabaseModule,
        AnalysisModule,
        AuditModule,
        AuthModule,
        UsersModule,
        AttributesModule,
        SourcesModule,
        DocumentsModule,
        EventsModule,
        SearchModule,
        ClaimsModule,
        ContradictionsModule,
        VocabularyModule,
        ReviewsModule,
        ReportsModule,
        PublicationsModule,
        ImportsModule,
        LinkingModule,
        DeskModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}
