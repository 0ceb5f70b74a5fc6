import { ApiProperty } from '@nestjs/swagger';
import { VERDICTS, Verdict } from '../../reviews/review.entity';

export class PublicationResponseDto {
  @ApiProperty({ format: 'uuid' }) claimId!: string;
  @ApiProperty({ format: 'uuid', description: 'The verdict on the page: the latest when it was published' }) reviewId!: string;
  @ApiProperty({ enum: VERDICTS, enumName: 'Verdict' }) verdict!: Verdict;
  @ApiProperty({ format: 'uri', description: 'The public page: GET /fact-checks/{claimId}, no key needed' }) url!: string;
  @ApiProperty({ format: 'uuid' }) publishedById!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) withdrawnById!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set once withdrawn: the page is gone' }) withdrawnAt!: string | null;
}
