import { ApiProperty } from '@nestjs/swagger';
import { ClaimResponseDto } from '../../claims/dto/claim.response';
import { PageOf } from '../../common/dto/page.response';
import { VERDICTS, Verdict } from '../review.entity';
import { QUEUE_REASONS, QueueReason } from '../verdicts';

export class EvidenceResponseDto {
  @ApiProperty({ type: String, isArray: true, format: 'uuid' }) claimIds!: string[];
  @ApiProperty({ type: String, isArray: true, format: 'uuid' }) documentIds!: string[];
  @ApiProperty({ type: String, isArray: true, format: 'uri' }) urls!: string[];
}

export class ReviewResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) claimId!: string;
  @ApiProperty({ format: 'uuid' }) reviewerId!: string;
  @ApiProperty({ enum: VERDICTS, enumName: 'Verdict' }) verdict!: Verdict;
  @ApiProperty() rationale!: string;
  @ApiProperty({ type: EvidenceResponseDto }) evidence!: EvidenceResponseDto;
  @ApiProperty({ type: 'integer', description: 'The claim version the reviewer saw' }) claimVersion!: number;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 1, maximum: 6, description: 'The reviewer\'s Admiralty credibility grade, when given' }) credibility!: number | null;
  @ApiProperty({ type: String, nullable: true }) credibilityReason!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ReviewedClaimStateDto {
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty() status!: string;
  @ApiProperty() reviewDisagreement!: boolean;
  @ApiProperty() needsReReview!: boolean;
}

/** A verdict just given, with the claim's state after it. */
export class CreatedReviewResponseDto extends ReviewResponseDto {
  @ApiProperty({ type: ReviewedClaimStateDto }) claim!: ReviewedClaimStateDto;
}

export const ReviewPageDto = PageOf(ReviewResponseDto, 'ReviewPage');

export class QueuedClaimDto extends ClaimResponseDto {
  @ApiProperty({ enum: QUEUE_REASONS, enumName: 'QueueReason' }) queueReason!: QueueReason;
}

export const ReviewQueuePageDto = PageOf(QueuedClaimDto, 'ReviewQueuePage');
