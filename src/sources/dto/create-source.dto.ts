import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { RELIABILITY_GRADES, Reliability, SOURCE_KINDS, SourceKind, Stake, STAKES } from '../source.entity';
import { OneOf } from '../../common/one-of';

export const MAX_ALIASES = 50;
export const MAX_SAME_AS = 20;

export class CreateSourceDto {
  @ApiProperty({ maxLength: 200, example: "Jama'at Nusrat al-Islam wal-Muslimin" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ type: [String], maxItems: MAX_ALIASES, example: ['JNIM', 'GSIM'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ALIASES)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];

  @ApiProperty({ enum: SOURCE_KINDS })
  @OneOf(SOURCE_KINDS)
  kind!: SourceKind;

  @ApiPropertyOptional({ enum: STAKES, default: 'unknown' })
  @IsOptional()
  @OneOf(STAKES)
  stake?: Stake;

  @ApiPropertyOptional({ enum: RELIABILITY_GRADES, default: 'F', description: 'Admiralty grade: A completely reliable ... E unreliable, F cannot be judged' })
  @IsOptional()
  @OneOf(RELIABILITY_GRADES, { message: 'reliability must be an Admiralty grade A, B, C, D, E or F' })
  reliability?: Reliability;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'url must be an http(s) URL' })
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ type: String, isArray: true, format: 'uri', maxItems: MAX_SAME_AS, example: ['https://www.wikidata.org/wiki/Q40464'], description: 'Pages that identify the same party (Wikidata, its own site): the ClaimReview\'s sameAs' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SAME_AS)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { each: true, message: 'sameAs must be a list of http(s) URLs' })
  @MaxLength(2000, { each: true })
  sameAs?: string[];

  @ApiPropertyOptional({ maxLength: 200, example: 'Malian government', description: 'The party or camp it speaks for; sources of one side never corroborate each other' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  side?: string;
}

export class UpdateSourceDto extends PartialType(CreateSourceDto) {}
