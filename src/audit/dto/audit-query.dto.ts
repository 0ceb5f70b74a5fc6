import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { OneOf } from '../../common/one-of';

export const AUDITED_ENTITIES = ['source', 'document', 'event', 'claim', 'attribute', 'user', 'api_key', 'contradiction', 'term', 'review'] as const;

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ enum: AUDITED_ENTITIES })
  @IsOptional()
  @OneOf(AUDITED_ENTITIES)
  entity?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(36)
  actorId?: string;
}
