import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClaimsModule } from '../claims/claims.module';
import { SourcesModule } from '../sources/sources.module';
import { ExtractionModule } from '../extraction/extraction.module';
import { AcceptCandidatesService } from './accept-candidates.service';
import { Document } from './document.entity';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

@Module({
  imports: [TypeOrmModule.forFeature([Document]), ClaimsModule, SourcesModule, ExtractionModule],
  controllers: [DocumentsController],
  providers: [DocumentsService, AcceptCandidatesService],
  exports: [DocumentsService, AcceptCandidatesService],
})
export class DocumentsModule {}
