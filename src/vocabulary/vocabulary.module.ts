import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContradictionsModule } from '../contradictions/contradictions.module';
import { Term } from './term.entity';
import { TermsController } from './terms.controller';
import { TermsService } from './terms.service';

@Module({
  imports: [TypeOrmModule.forFeature([Term]), ContradictionsModule],
  controllers: [TermsController],
  providers: [TermsService],
})
export class VocabularyModule {}
