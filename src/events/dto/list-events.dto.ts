import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { EVENT_TYPES } from '../event.entity';

export class ListEventsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the title or place name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: EVENT_TYPES })
  @IsOptional()
  @IsIn(EVENT_TYPES as unknown as string[])
  type?: string;
}
