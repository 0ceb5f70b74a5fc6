import { ApiHideProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
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

/** The path names the event; an `eventId` in the query is still taken, for older clients, and ignored, so it is not documented. */
export class EventClaimsQuery extends OmitType(ListClaimsQuery, ['eventId'] as const) {
  @ApiHideProperty()
  @IsOptional()
  @IsUUID('all')
  eventId?: string;
}
