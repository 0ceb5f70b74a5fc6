import { ApiProperty } from '@nestjs/swagger';
import { FacetResponseDto } from '../../claims/dto/claim.response';
import { VOICED_BY } from '../../claims/dto/create-claim.dto';
import { ContradictionResponseDto, CorroborationResponseDto, DisputeResponseDto, ReviewedGradeDto } from '../../contradictions/dto/contradiction.response';
import { EventResponseDto } from '../../events/dto/event.response';
import { RELIABILITY_GRADES, SOURCE_KINDS, STAKES } from '../../sources/source.entity';

export class ReportSourceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) aliases!: string[];
  @ApiProperty({ enum: SOURCE_KINDS, enumName: 'SourceKind' }) kind!: string;
  @ApiProperty({ enum: STAKES, enumName: 'Stake' }) stake!: string;
  @ApiProperty({ enum: RELIABILITY_GRADES, enumName: 'Reliability' }) reliability!: string;
  @ApiProperty({ type: String, nullable: true }) side!: string | null;
}

export class ReportDocumentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, format: 'uri', nullable: true }) url!: string | null;
  @ApiProperty({ type: String, nullable: true }) sha256!: string | null;
}

export class ReportCredibilityDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 6 }) suggested!: number;
  @ApiProperty({ type: [String] }) reasons!: string[];
  @ApiProperty({ type: ReviewedGradeDto, nullable: true }) reviewed!: ReviewedGradeDto | null;
}

export class ReportReviewDto {
  @ApiProperty() verdict!: string;
  @ApiProperty() rationale!: string;
  @ApiProperty({ format: 'uuid' }) reviewerId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The reviewer\'s display name' }) reviewer!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** A contradiction as the report gives it: with the display name of whoever triaged it. */
export class ReportContradictionDto extends ContradictionResponseDto {
  @ApiProperty({ type: String, nullable: true }) triagedBy!: string | null;
}

export class ReportReviewsDto {
  @ApiProperty({ type: 'integer' }) count!: number;
  @ApiProperty({ type: [ReportReviewDto], description: 'The three latest, newest first' }) latest!: ReportReviewDto[];
}

export class ReportClaimDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The exact words quoted' }) quote!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The conveying source\'s name' }) conveyedBy!: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 200, description: VOICED_BY }) voicedBy!: string | null;
  @ApiProperty({ type: ReportDocumentDto, nullable: true }) document!: ReportDocumentDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) statedAt!: string | null;
  @ApiProperty({ type: [FacetResponseDto] }) facets!: FacetResponseDto[];
  @ApiProperty() verdict!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) verdictAt!: string | null;
  @ApiProperty({ type: ReportCredibilityDto }) credibility!: ReportCredibilityDto;
  @ApiProperty({ type: ReportReviewsDto }) reviews!: ReportReviewsDto;
}

export class ReportClaimantDto {
  @ApiProperty({ format: 'uuid' }) sourceId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [ReportClaimDto] }) claims!: ReportClaimDto[];
}

/** The event report as JSON; Markdown, CSV and HTML say the same. */
export class ReportResponseDto {
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
  @ApiProperty({ description: 'SHA-256 of the content: the whole JSON without generatedAt and sha256' }) sha256!: string;
  @ApiProperty({ type: EventResponseDto }) event!: EventResponseDto;
  @ApiProperty({ type: [ReportSourceDto] }) sources!: ReportSourceDto[];
  @ApiProperty({ type: [ReportClaimantDto] }) claimants!: ReportClaimantDto[];
  @ApiProperty({ type: [DisputeResponseDto] }) disputes!: DisputeResponseDto[];
  @ApiProperty({ type: [ReportContradictionDto] }) contradictions!: ReportContradictionDto[];
  @ApiProperty({ type: [CorroborationResponseDto] }) corroborations!: CorroborationResponseDto[];
}
