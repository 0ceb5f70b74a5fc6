import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination';

export class ListClaimsQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all')
  eventId?: string;

  @ApiPropertyOptional({ description: 'The claimant' })
  @IsOptional()
  @IsUUID('all')
  sourceId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all')
  documentId?: string;

  @ApiPropertyOptional({ description: 'Words in the claim text or quote' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class EventClaimsQuery extends ListClaimsQuery {}
