import { ApiProperty } from '@nestjs/swagger';
import { ATTRIBUTE_KINDS, AttributeKind } from '../../attributes/attribute.entity';
import { TimeScopeResponseDto } from '../../claims/dto/claim.response';
import { PageOf } from '../../common/dto/page.response';
import { CONTRADICTION_KINDS, ContradictionKind, SEVERITIES, Severity, TRIAGE_STATES, TriageState } from '../contradiction.entity';

export class SideResponseDto {
  @ApiProperty({ type: String, nullable: true, description: 'The side\'s value; null for a silent side (omission)' }) value!: string | null;
  @ApiProperty({ type: String, isArray: true, format: 'uuid' }) claimIds!: string[];
  @ApiProperty({ type: String, isArray: true, format: 'uuid' }) sourceIds!: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The earliest statement time among its claims' }) statedAt!: string | null;
  @ApiProperty({ type: TimeScopeResponseDto, nullable: true }) timeScope!: TimeScopeResponseDto | null;
}

export class ContradictionResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() attribute!: string;
  @ApiProperty({ type: String, nullable: true }) subject!: string | null;
  @ApiProperty({ enum: CONTRADICTION_KINDS, enumName: 'ContradictionKind' }) kind!: ContradictionKind;
  @ApiProperty({ enum: SEVERITIES, enumName: 'Severity' }) severity!: Severity;
  @ApiProperty({ enum: TRIAGE_STATES, enumName: 'TriageState' }) status!: TriageState;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ format: 'uuid', description: 'One claim of side A (the earliest)' }) claimAId!: string;
  @ApiProperty({ format: 'uuid', description: 'One claim of side B (the earliest)' }) claimBId!: string;
  @ApiProperty({ type: SideResponseDto }) sideA!: SideResponseDto;
  @ApiProperty({ type: SideResponseDto }) sideB!: SideResponseDto;
  @ApiProperty({ description: 'The conflict in plain words, naming both sides' }) explanation!: string;
  @ApiProperty({ description: '`rule:<kind>` or `person:<user id>`' }) detectedBy!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) triagedById!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) triagedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export const ContradictionPageDto = PageOf(ContradictionResponseDto, 'ContradictionPage');

export class RangeDto {
  @ApiProperty() min!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'null: open ("at least")' }) max!: number | null;
}

export class PositionResponseDto {
  @ApiProperty() value!: string;
  @ApiProperty({ enum: ['asserted', 'denied'] }) polarity!: 'asserted' | 'denied';
  @ApiProperty() exclusive!: boolean;
  @ApiProperty({ type: RangeDto, nullable: true }) range!: RangeDto | null;
  @ApiProperty({ description: 'A quantity in vague words only: shown, never a figure' }) vague!: boolean;
  @ApiProperty({ type: String, isArray: true, format: 'uuid' }) claimIds!: string[];
  @ApiProperty({ type: String, isArray: true, format: 'uuid' }) sourceIds!: string[];
}

export class FiguresDto {
  @ApiProperty({ description: 'ACLED\'s conservative figure: the lowest lower bound no independent source contradicts' }) conservative!: number;
  @ApiProperty() median!: number;
  @ApiProperty() highest!: number;
  @ApiProperty({ description: 'The highest figure is "at least" that many' }) highestOpen!: boolean;
}

export class RevisionDto {
  @ApiProperty({ format: 'uuid' }) sourceId!: string;
  @ApiProperty({ type: [String] }) values!: string[];
}

export class DisputeResponseDto {
  @ApiProperty() attribute!: string;
  @ApiProperty({ type: String, nullable: true }) subject!: string | null;
  @ApiProperty({ enum: ATTRIBUTE_KINDS, enumName: 'AttributeKind' }) kind!: AttributeKind;
  @ApiProperty({ type: String, isArray: true, format: 'uuid' }) contradictionIds!: string[];
  @ApiProperty({ type: [PositionResponseDto] }) positions!: PositionResponseDto[];
  @ApiProperty({ type: FiguresDto, nullable: true }) figures!: FiguresDto | null;
  @ApiProperty({ type: [RevisionDto] }) revisions!: RevisionDto[];
}

export class DisputeListDto {
  @ApiProperty({ type: [DisputeResponseDto] }) items!: DisputeResponseDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: the list is whole' }) nextCursor!: null;
}

export class ClaimsAndSourcesDto {
  @ApiProperty({ type: String, isArray: true, format: 'uuid' }) claimIds!: string[];
  @ApiProperty({ type: String, isArray: true, format: 'uuid' }) sourceIds!: string[];
}

export class CorroborationResponseDto {
  @ApiProperty() attribute!: string;
  @ApiProperty({ type: String, nullable: true }) subject!: string | null;
  @ApiProperty({ description: 'The corroborated value' }) value!: string;
  @ApiProperty({ type: String, isArray: true, format: 'uuid' }) claimIds!: string[];
  @ApiProperty({ type: String, isArray: true, format: 'uuid' }) sourceIds!: string[];
  @ApiProperty({ format: 'uuid' }) claimAId!: string;
  @ApiProperty({ format: 'uuid' }) claimBId!: string;
  @ApiProperty({ type: ClaimsAndSourcesDto }) corroborated!: ClaimsAndSourcesDto;
  @ApiProperty({ type: String, nullable: true }) corroboratingValue!: string | null;
  @ApiProperty({ type: ClaimsAndSourcesDto }) corroborating!: ClaimsAndSourcesDto;
  @ApiProperty({ type: String, isArray: true, format: 'uuid', description: 'Corroborating parties on the other side: admissions against interest' }) admissionsAgainstInterest!: string[];
  @ApiProperty() vague!: boolean;
}

export class CompatibleResponseDto {
  @ApiProperty() attribute!: string;
  @ApiProperty({ type: String, nullable: true }) subject!: string | null;
  @ApiProperty() value!: string;
  @ApiProperty({ type: String, isArray: true, format: 'uuid' }) claimIds!: string[];
  @ApiProperty({ type: String, isArray: true, format: 'uuid' }) sourceIds!: string[];
  @ApiProperty() otherValue!: string;
  @ApiProperty({ type: String, isArray: true, format: 'uuid' }) otherClaimIds!: string[];
  @ApiProperty({ type: String, isArray: true, format: 'uuid' }) otherSourceIds!: string[];
  @ApiProperty({ enum: ['vague', 'less_precise', 'broader', 'one_camp', 'not_independent'] }) why!: string;
}

export class CorroborationListDto {
  @ApiProperty({ type: [CorroborationResponseDto] }) items!: CorroborationResponseDto[];
  @ApiProperty({ type: [CompatibleResponseDto], description: 'Values that can both be true but do not corroborate, and why' }) compatible!: CompatibleResponseDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: the list is whole' }) nextCursor!: null;
}

export class ReviewedGradeDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 6 }) grade!: number;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

export class CredibilityResponseDto {
  @ApiProperty({ format: 'uuid' }) claimId!: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 6, description: 'Admiralty information credibility: 1 confirmed ... 6 cannot be judged' }) suggested!: number;
  @ApiProperty({ type: [String] }) reasons!: string[];
  @ApiProperty({ type: ReviewedGradeDto, nullable: true }) reviewed!: ReviewedGradeDto | null;
}
