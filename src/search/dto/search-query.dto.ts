import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_SEARCH_LIMIT = 50;

export class SearchQuery {
  @ApiProperty({ maxLength: 200, example: 'rocket launchers', description: 'Words to find; every word must be found (as the start of a word)' })
  @IsString()
  @IsNotEmpty({ message: 'q must hold the words to search for' })
  @MaxLength(200)
  q!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SEARCH_LIMIT, default: 10, description: 'At most this many of each kind' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_LIMIT)
  limit?: number;
}
