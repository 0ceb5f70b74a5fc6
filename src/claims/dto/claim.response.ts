import { ApiProperty } from '@nestjs/swagger';
import { VOICED_BY } from './create-claim.dto';
import { PageOf } from '../../common/dto/page.response';
import { POLARITIES, Polarity } from '../facet.entity';

export class QuoteAnchorDto {
  @ApiProperty({ description: 'The exact words quoted' }) exact!: string;
  @ApiProperty({ type: String, nullable: true }) prefix!: string | null;
  @ApiProperty({ type: String, nullable: true }) suffix!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Offset in the document text' }) start!: number | null;
  @ApiProperty({ type: Number, nullable: true }) end!: number | null;
}

export class TimeScopeResponseDto {
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) from!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) to!: string | null;
}


export class FacetResponseDto {
  @ApiProperty() attribute!: string;
  @ApiProperty({ type: String, nullable: true }) subject!: string | null;
  @ApiProperty({
    description: 'A number, words, { min, max }, a list for sets, or true/false',
    oneOf: [
      { type: 'number' },
      { type: 'string' },
      { type: 'boolean' },
      { type: 'array', items: { type: 'string' } },
      { type: 'object', properties: { min: { type: 'number' }, max: { type: 'number', nullable: true } }, required: ['min'] },
    ],
  })
  value!: unknown;
  @ApiProperty({ enum: POLARITIES, enumName: 'Polarity' }) polarity!: Polarity;
  @ApiProperty() exclusive!: boolean;
  @ApiProperty({ type: TimeScopeResponseDto, nullable: true }) timeScope!: TimeScopeResponseDto | null;
}

export class ClaimResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The claimant' }) sourceId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) conveyedById!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) documentId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) eventId!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ type: QuoteAnchorDto, nullable: true }) quote!: QuoteAnchorDto | null;
  @ApiProperty({ type: String, nullable: true }) originalText!: string | null;
  @ApiProperty({ type: String, nullable: true }) language!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) statedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 200, description: VOICED_BY }) voicedBy!: string | null;
  @ApiProperty({ type: [FacetResponseDto] }) facets!: FacetResponseDto[];
  @ApiProperty({ type: 'integer', description: 'Grows with every change to the claim or its verdict' }) version!: number;
  @ApiProperty({ description: '`unreviewed` or the latest verdict' }) status!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) verdictById!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) verdictAt!: string | null;
  @ApiProperty() reviewDisagreement!: boolean;
  @ApiProperty() needsReReview!: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) reReviewContradictionId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export const ClaimPageDto = PageOf(ClaimResponseDto, 'ClaimPage');
