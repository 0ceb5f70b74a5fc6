import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { SOURCE_KINDS } from '../source.entity';

export class ListSourcesQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name or an alias' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: SOURCE_KINDS })
  @IsOptional()
  @IsIn(SOURCE_KINDS as unknown as string[])
  kind?: string;
}
