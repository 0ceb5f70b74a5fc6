import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { CONTRADICTION_KINDS, ContradictionKind, SEVERITIES, Severity, TRIAGE_STATES, TriageState } from '../contradiction.entity';
import { OneOf } from '../../common/one-of';

export class ListContradictionsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TRIAGE_STATES })
  @IsOptional()
  @OneOf(TRIAGE_STATES)
  status?: TriageState;
}

export class TriageDto {
  @ApiProperty({ enum: TRIAGE_STATES })
  @OneOf(TRIAGE_STATES)
  status!: TriageState;

  @ApiPropertyOptional({ maxLength: 5000, description: 'Why: a reader of the report sees it' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}

export class CreateContradictionDto {
  @ApiProperty({ description: 'A claim on one side' })
  @IsUUID('all', { message: 'claimAId must be the id of a claim' })
  claimAId!: string;

  @ApiProperty({ description: 'A claim on the other side' })
  @IsUUID('all', { message: 'claimBId must be the id of a claim' })
  claimBId!: string;

  @ApiProperty({ example: 'outcome' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  attribute!: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  subject?: string;

  @ApiPropertyOptional({ enum: CONTRADICTION_KINDS, default: 'category_conflict' })
  @IsOptional()
  @OneOf(CONTRADICTION_KINDS)
  kind?: ContradictionKind;

  @ApiProperty({ enum: SEVERITIES })
  @OneOf(SEVERITIES)
  severity!: Severity;

  @ApiProperty({ maxLength: 5000, description: 'The conflict in plain words, naming both sides' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  explanation!: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}
