import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { TERM_RELATIONS, TermRelation } from '../term.entity';
import { OneOf } from '../../common/one-of';

export class CreateTermDto {
  @ApiPropertyOptional({ example: 'perpetrator', description: 'The attribute it applies to; leave out for all' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{1,63}$/, { message: 'attribute must be the name of an attribute' })
  attribute?: string;

  @ApiProperty({ example: 'jihadists' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  term!: string;

  @ApiProperty({ enum: TERM_RELATIONS, description: 'equivalent: the same thing; broader: term covers `of`' })
  @OneOf(TERM_RELATIONS, { message: 'relation must be equivalent or broader' })
  relation!: TermRelation;

  @ApiProperty({ example: 'JNIM' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  of!: string;
}
