import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  Allow, ArrayMaxSize, IsArray, IsBoolean, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID,
  Matches, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { LANGUAGE_TAG } from '../../documents/dto/create-document.dto';
import { Polarity, POLARITIES } from '../facet.entity';
import { OneOf } from '../../common/one-of';
import { IsIsoTime } from '../../common/iso-time';

export const MAX_FACETS = 50;
export const MAX_CLAIM_TEXT = 10_000;
export const MAX_QUOTE = 5_000;

export class QuoteDto {
  @ApiProperty({ maxLength: MAX_QUOTE, description: 'The exact words, as they appear in the document text' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_QUOTE)
  exact!: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'A little text before the quote, to find it again' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  prefix?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  suffix?: string;

  @ApiPropertyOptional({ description: 'Offset of the first character in the document text (UTF-16 code units)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  start?: number;

  @ApiPropertyOptional({ description: 'Offset just past the last character' })
  @IsOptional()
  @IsInt()
  @Min(0)
  end?: number;
}

export class TimeScopeDto {
  @ApiPropertyOptional({ example: '2024-09-17T05:00:00Z' })
  @IsOptional()
  @IsIsoTime('from must be an ISO-8601 date or time')
  from?: string;

  @ApiPropertyOptional({ example: '2024-09-17T15:00:00Z' })
  @IsOptional()
  @IsIsoTime('to must be an ISO-8601 date or time')
  to?: string;
}

export class FacetDto {
  @ApiProperty({ example: 'fatalities', description: 'A name from GET /attributes' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  attribute!: string;

  @ApiPropertyOptional({ type: String, example: 'military aircraft', nullable: true, description: 'What the attribute is about' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  subject?: string | null;

  @ApiPropertyOptional({
    description: 'A number, words ("about 20"), { "min": 100, "max": 300 }, a list for sets, or true/false; booleans default to true',
    oneOf: [{ type: 'number' }, { type: 'string' }, { type: 'object' }, { type: 'array', items: { type: 'string' } }, { type: 'boolean' }],
  })
  @Allow()
  value?: unknown;

  @ApiPropertyOptional({ enum: POLARITIES, default: 'asserted' })
  @IsOptional()
  @OneOf(POLARITIES, { message: 'polarity must be asserted or denied' })
  polarity?: Polarity;

  @ApiPropertyOptional({ default: false, description: 'For sets: the values are the whole list ("only the school")' })
  @IsOptional()
  @IsBoolean()
  exclusive?: boolean;

  @ApiPropertyOptional({ type: TimeScopeDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TimeScopeDto)
  timeScope?: TimeScopeDto | null;
}

/** What `voicedBy` means, said alike in requests and responses. */
export const VOICED_BY = 'The person or office through whom the claimant spoke (its spokesperson, minister, commander), trimmed; null when none is named';

export class CreateClaimDto {
  @ApiProperty({ description: 'The claimant: the source that asserts it' })
  @IsUUID('all', { message: 'sourceId must be the id of a source' })
  sourceId!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The event it is about; may be linked later' })
  @IsOptional()
  @IsUUID('all', { message: 'eventId must be the id of an event' })
  eventId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The source that conveys it second-hand (AFP reporting what JNIM said)' })
  @IsOptional()
  @IsUUID('all', { message: 'conveyedById must be the id of a source' })
  conveyedById?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The document it appears in' })
  @IsOptional()
  @IsUUID('all', { message: 'documentId must be the id of a document' })
  documentId?: string | null;

  @ApiProperty({ maxLength: MAX_CLAIM_TEXT, description: 'What is asserted, in the desk’s words' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_CLAIM_TEXT)
  text!: string;

  @ApiPropertyOptional({ type: QuoteDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => QuoteDto)
  quote?: QuoteDto | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_CLAIM_TEXT, description: 'The words in the original language' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CLAIM_TEXT)
  originalText?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'fr' })
  @IsOptional()
  @IsString()
  @Matches(LANGUAGE_TAG, { message: 'language must be a language tag such as en or fr' })
  @MaxLength(35)
  language?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2024-09-17T10:00:00Z', description: 'When the claimant said it: an ISO-8601 date or time' })
  @IsOptional()
  @IsIsoTime('statedAt must be an ISO-8601 date or time')
  statedAt?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, example: 'Army spokesman Idris Bako', description: VOICED_BY })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  voicedBy?: string | null;

  @ApiPropertyOptional({ type: [FacetDto], maxItems: MAX_FACETS })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_FACETS, { message: `facets must hold at most ${MAX_FACETS} facets` })
  @ValidateNested({ each: true })
  @Type(() => FacetDto)
  facets?: FacetDto[];
}
