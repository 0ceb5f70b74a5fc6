import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { EVENT_TYPES } from '../event.entity';
import { OneOf } from '../../common/one-of';

export class ListEventsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the title or place name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: EVENT_TYPES })
  @IsOptional()
  @OneOf(EVENT_TYPES)
  type?: string;
}
