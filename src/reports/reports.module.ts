import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClaimsModule } from '../claims/claims.module';
import { Contradiction } from '../contradictions/contradiction.entity';
import { ContradictionsModule } from '../contradictions/contradictions.module';
import { EventsModule } from '../events/events.module';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [TypeOrmModule.forFeature([Contradiction]), ClaimsModule, ContradictionsModule, EventsModule],
  controllers: [ReportsController],
  providers: [ReportsService],
  exports: [ReportsService],
})
export class ReportsModule {}
