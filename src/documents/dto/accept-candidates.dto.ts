import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { CreateClaimDto } from '../../claims/dto/create-claim.dto';
import { SOURCE_KINDS, SourceKind, Stake, STAKES } from '../../sources/source.entity';
import { OneOf } from '../../common/one-of';

export const MAX_CANDIDATES = 200;

export class SuggestedSourceDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: SOURCE_KINDS })
  @OneOf(SOURCE_KINDS)
  kind!: SourceKind;

  @ApiProperty({ enum: STAKES, description: 'Confirmed by the editor: extraction suggests one, never independent' })
  @OneOf(STAKES)
  stake!: Stake;

  @ApiProperty({ maxLength: 200, description: 'The party or camp it speaks for, confirmed by the editor (its own name if it speaks for no one)' })
  @IsString()
  @IsNotEmpty({ message: 'side must name the party or camp it speaks for (its own name if none)' })
  @MaxLength(200)
  side!: string;

  @ApiPropertyOptional({ maxLength: 200, nullable: true, description: 'The title or function the text gave the speaker, kept as the source description' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  role?: string | null;
}

/** A candidate as extraction returned it, or as the editor changed it: the claim's text, quote and facets, and who says it. */
export class CandidateDto extends PickType(CreateClaimDto, ['text', 'quote', 'facets', 'statedAt'] as const) {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The claimant; or leave out and give suggestedSource' })
  @IsOptional()
  @IsUUID('all', { message: 'sourceId must be the id of a source' })
  sourceId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, description: 'The person through whom the claimant spoke, as extraction gave it ("army spokesman Jules Ngongo"): kept as the claim\'s voicedBy when sourceId is given. Leave it out when you change sourceId from the one extraction found: it was that source\'s voice (a new source keeps its role as its description instead)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  role?: string | null;

  @ApiPropertyOptional({ type: SuggestedSourceDto, description: 'A new source to create for this candidate (with createSources)' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SuggestedSourceDto)
  suggestedSource?: SuggestedSourceDto | null;
}

export class AcceptCandidatesDto {
  @ApiPropertyOptional({ description: 'The event the claims are about' })
  @IsOptional()
  @IsUUID('all', { message: 'eventId must be the id of an event' })
  eventId?: string;

  @ApiPropertyOptional({ default: false, description: 'Create the suggested sources of candidates that have no sourceId' })
  @IsOptional()
  @IsBoolean()
  createSources?: boolean;

  @ApiProperty({ type: [CandidateDto], maxItems: MAX_CANDIDATES })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CANDIDATES, { message: `candidates must hold at most ${MAX_CANDIDATES} candidates` })
  @ValidateNested({ each: true })
  @Type(() => CandidateDto)
  candidates!: CandidateDto[];
}
