import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/dto/page.response';
import { RELIABILITY_GRADES, Reliability, SOURCE_KINDS, SourceKind, Stake, STAKES } from '../source.entity';

export class SourceResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) aliases!: string[];
  @ApiProperty({ enum: SOURCE_KINDS, enumName: 'SourceKind' }) kind!: SourceKind;
  @ApiProperty({ enum: STAKES, enumName: 'Stake' }) stake!: Stake;
  @ApiProperty({ enum: RELIABILITY_GRADES, enumName: 'Reliability', description: 'Admiralty grade: A completely reliable ... E unreliable, F cannot be judged' }) reliability!: Reliability;
  @ApiProperty({ type: String, nullable: true, description: 'The party or camp it speaks for' }) side!: string | null;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: String, format: 'uri', nullable: true }) url!: string | null;
  @ApiProperty({ type: String, isArray: true, format: 'uri', description: 'Pages that identify the same party' }) sameAs!: string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The source this one was merged into: its claims and names are there now' }) mergedInto!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class PossibleDuplicateDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String], description: 'Why it looks like the same record' }) reasons!: string[];
}

/** A new source, with the existing ones it closely matches (it is made all the same). */
export class CreatedSourceResponseDto extends SourceResponseDto {
  @ApiProperty({ type: [PossibleDuplicateDto] }) possibleDuplicates!: PossibleDuplicateDto[];
}

export const SourcePageDto = PageOf(SourceResponseDto, 'SourcePage');
