import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { SOURCE_KINDS } from '../source.entity';
import { OneOf } from '../../common/one-of';

export class ListSourcesQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name or an alias' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: SOURCE_KINDS })
  @IsOptional()
  @OneOf(SOURCE_KINDS)
  kind?: string;
}
