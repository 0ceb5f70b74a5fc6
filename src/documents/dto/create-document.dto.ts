import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsIsoTime } from '../../common/iso-time';

export const MAX_DOCUMENT_TEXT = 200_000;
/** BCP 47 language tags, as "en", "fr", "bm-Latn". */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

export class CreateDocumentDto {
  @ApiProperty({ maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'url must be an http(s) URL' })
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ description: 'The source that published it' })
  @IsOptional()
  @IsUUID('all', { message: 'publisherId must be the id of a source' })
  publisherId?: string;

  @ApiPropertyOptional({ example: '2024-09-17T14:00:00Z' })
  @IsOptional()
  @IsIsoTime('publishedAt must be an ISO-8601 date or time')
  publishedAt?: string;

  @ApiPropertyOptional({ example: 'en' })
  @IsOptional()
  @IsString()
  @Matches(LANGUAGE_TAG, { message: 'language must be a language tag such as en or fr' })
  @MaxLength(35)
  language?: string;

  @ApiPropertyOptional({ maxLength: MAX_DOCUMENT_TEXT, description: 'Full text as archived; its SHA-256 is kept' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_DOCUMENT_TEXT)
  text?: string;
}
