import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExtractionResult } from './extraction-result.entity';
import { ExtractionRunner } from './extraction-runner';
import { ExtractionService } from './extraction.service';

@Module({
  imports: [TypeOrmModule.forFeature([ExtractionResult])],
  providers: [ExtractionRunner, ExtractionService],
  exports: [ExtractionService],
})
export class ExtractionModule {}
