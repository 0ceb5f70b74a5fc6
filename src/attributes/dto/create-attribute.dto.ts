import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ATTRIBUTE_KINDS, AttributeKind } from '../attribute.entity';
import { OneOf } from '../../common/one-of';

export class CreateAttributeDto {
  @ApiProperty({ example: 'displaced', description: 'snake_case, 2 to 64 characters' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{1,63}$/, { message: 'name must be snake_case: a-z, 0-9 and _, starting with a letter' })
  name!: string;

  @ApiProperty({ enum: ATTRIBUTE_KINDS })
  @OneOf(ATTRIBUTE_KINDS)
  kind!: AttributeKind;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({ type: [String], description: 'For a category: the closed list of values it takes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  allowedValues?: string[];
}
