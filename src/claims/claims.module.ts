import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContradictionsModule } from '../contradictions/contradictions.module';
import { Claim } from './claim.entity';
import { ClaimsController, EventClaimsController } from './claims.controller';
import { ClaimsService } from './claims.service';
import { Facet } from './facet.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Claim, Facet]), ContradictionsModule],
  controllers: [ClaimsController, EventClaimsController],
  providers: [ClaimsService],
  exports: [ClaimsService],
})
export class ClaimsModule {}
