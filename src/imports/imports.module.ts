import { Module } from '@nestjs/common';
import { ContradictionsModule } from '../contradictions/contradictions.module';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

@Module({
  imports: [ContradictionsModule],
  controllers: [ImportsController],
  providers: [ImportsService],
})
export class ImportsModule {}
