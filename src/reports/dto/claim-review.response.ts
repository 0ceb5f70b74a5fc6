import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class SchemaOrgThingDto {
  @ApiProperty({ name: '@type', example: 'Organization' }) type!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ format: 'uri' }) url?: string;
  @ApiPropertyOptional({ type: String, isArray: true, format: 'uri', description: 'Other pages that identify it' }) sameAs?: string[];
}

export class RatingDto {
  @ApiProperty({ name: '@type', enum: ['Rating'] }) type!: 'Rating';
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 }) ratingValue!: number;
  @ApiProperty({ enum: [5] }) bestRating!: 5;
  @ApiProperty({ enum: [1] }) worstRating!: 1;
  @ApiProperty({ description: 'The verdict in words' }) alternateName!: string;
  @ApiProperty({ description: 'The reviewer\'s rationale' }) ratingExplanation!: string;
}

export class CreativeWorkDto {
  @ApiProperty({ name: '@type', enum: ['CreativeWork'] }) type!: 'CreativeWork';
  @ApiPropertyOptional({ format: 'uri' }) url?: string;
  @ApiProperty() headline!: string;
  @ApiPropertyOptional({ format: 'date-time' }) datePublished?: string;
}

export class ReviewedClaimDto {
  @ApiProperty({ name: '@type', enum: ['Claim'] }) type!: 'Claim';
  @ApiProperty({ type: SchemaOrgThingDto, description: 'The claimant' }) author!: SchemaOrgThingDto;
  @ApiPropertyOptional({ format: 'date-time', description: 'The statement time, or the document\'s date; left out when unknown' }) datePublished?: string;
  @ApiPropertyOptional({ type: [CreativeWorkDto] }) appearance?: CreativeWorkDto[];
  @ApiPropertyOptional({ type: CreativeWorkDto }) firstAppearance?: CreativeWorkDto;
}

/** schema.org ClaimReview, as JSON-LD. */
export class ClaimReviewResponseDto {
  @ApiProperty({ name: '@context', enum: ['https://schema.org'] }) context!: string;
  @ApiProperty({ name: '@type', enum: ['ClaimReview'] }) type!: 'ClaimReview';
  @ApiProperty({ format: 'uri', description: 'The public page of the fact-check' }) url!: string;
  @ApiProperty({ format: 'date-time' }) datePublished!: string;
  @ApiProperty() claimReviewed!: string;
  @ApiProperty({ type: SchemaOrgThingDto }) author!: SchemaOrgThingDto;
  @ApiProperty({ type: RatingDto }) reviewRating!: RatingDto;
  @ApiProperty({ type: ReviewedClaimDto }) itemReviewed!: ReviewedClaimDto;
}
