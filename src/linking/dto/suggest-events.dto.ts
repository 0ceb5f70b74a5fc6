import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MAX_DOCUMENT_TEXT } from '../../documents/dto/create-document.dto';
import { IsIsoTime } from '../../common/iso-time';

export class SuggestEventsDto {
  @ApiPropertyOptional({ type: String, maxLength: MAX_DOCUMENT_TEXT, description: 'An article or a statement' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_DOCUMENT_TEXT)
  text?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'An archived document: its text, title and publication time are used' })
  @IsOptional()
  @IsUUID('all', { message: 'documentId must be the id of a document' })
  documentId?: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'When it was published or said' })
  @IsOptional()
  @IsIsoTime('at must be an ISO-8601 date or time')
  at?: string;

  @ApiPropertyOptional({ type: String, maxLength: 200, example: 'Bamako' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  place?: string;

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 20, default: 5 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  limit?: number;
}

export class MergeDto {
  @ApiProperty({ type: [String], description: 'The ids of the records merged into this one (at most 20)', example: ['0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'from must name at least one record' })
  @ArrayMaxSize(20, { message: 'from may name at most 20 records' })
  @IsUUID('all', { each: true, message: 'from must list ids' })
  from!: string[];
}
