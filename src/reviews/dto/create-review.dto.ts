import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min, MinLength,
  ValidateIf, ValidateNested,
} from 'class-validator';
import { ListClaimsQuery } from '../../claims/dto/list-claims.dto';
import { Verdict, VERDICTS } from '../review.entity';
import { OneOf } from '../../common/one-of';

export const MAX_EVIDENCE = 50;

export class EvidenceDto {
  @ApiPropertyOptional({ type: [String], maxItems: MAX_EVIDENCE })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_EVIDENCE)
  @IsUUID('all', { each: true, message: 'claimIds must hold claim ids' })
  claimIds?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: MAX_EVIDENCE })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_EVIDENCE)
  @IsUUID('all', { each: true, message: 'documentIds must hold document ids' })
  documentIds?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: MAX_EVIDENCE })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_EVIDENCE)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { each: true, message: 'urls must hold http(s) URLs' })
  @MaxLength(2000, { each: true })
  urls?: string[];
}

export class CreateReviewDto {
  @ApiProperty({ enum: VERDICTS })
  @OneOf(VERDICTS)
  verdict!: Verdict;

  @ApiProperty({ minLength: 10, maxLength: 10000, description: 'Why, in words a reader can follow' })
  @IsString()
  @MinLength(10, { message: 'rationale must say why, in at least 10 characters' })
  @MaxLength(10000)
  rationale!: string;

  @ApiPropertyOptional({ type: EvidenceDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EvidenceDto)
  evidence?: EvidenceDto;

  @ApiPropertyOptional({ description: 'The claim version you read (or send If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 6, description: 'Admiralty information credibility, overriding the suggested grade' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(6)
  credibility?: number;

  @ApiPropertyOptional({ maxLength: 5000, description: 'Why this credibility grade; required with credibility' })
  @ValidateIf((review: CreateReviewDto) => review.credibility !== undefined)
  @IsString()
  @IsNotEmpty({ message: 'credibilityReason must say why the grade differs from the suggested one' })
  @MaxLength(5000)
  credibilityReason?: string;
}

/** The queue pages like the claims list and filters by event and claimant as it does. */
export class ReviewQueueQuery extends PickType(ListClaimsQuery, ['limit', 'cursor', 'eventId', 'sourceId'] as const) {}
