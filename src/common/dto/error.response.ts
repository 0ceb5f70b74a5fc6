import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ErrorCode } from '../app-error';

export class ErrorDetailDto {
  @ApiProperty({ description: 'Where: a field path such as `facets[2].value`, `body`, `id`, `content-type`', example: 'facets[0].value' })
  path!: string;

  @ApiProperty({ description: 'What is wrong there', example: 'must be a number, words, { min, max } or a list' })
  message!: string;

  @ApiPropertyOptional({ description: 'The value refused, when it helps', oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'object' }, { type: 'array', items: {} }] })
  value?: unknown;
}

/** A review's version conflict names the verdict that came in between. */
export class ConflictingReviewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() verdict!: string;
  @ApiProperty({ format: 'uuid' }) reviewerId!: string;
  @ApiProperty() rationale!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** The one shape of every error: the code is the contract, the message is for people. */
export class ErrorResponseDto {
  @ApiProperty({ type: Number, example: 400 })
  statusCode!: number;

  @ApiProperty({ enum: ErrorCode, enumName: 'ErrorCode', example: ErrorCode.ValidationFailed })
  code!: ErrorCode;

  @ApiProperty({ example: 'facets[0].value: must be a number, words, { min, max } or a list' })
  message!: string;

  @ApiProperty({ type: [ErrorDetailDto] })
  details!: ErrorDetailDto[];

  @ApiPropertyOptional({ type: 'integer', description: 'VERSION_CONFLICT: the claim\'s version now; read it again and retry' })
  currentVersion?: number;

  @ApiPropertyOptional({ description: 'VERSION_CONFLICT: the claim\'s status now' })
  status?: string;

  @ApiPropertyOptional({ type: ConflictingReviewDto, nullable: true, description: 'VERSION_CONFLICT on a review: the latest verdict now' })
  latestReview?: ConflictingReviewDto | null;

  @ApiPropertyOptional({ description: 'VERSION_CONFLICT on a review: whether the claim waits for a re-review' })
  needsReReview?: boolean;

  @ApiPropertyOptional({ type: 'integer', description: 'TOO_MANY_REQUESTS: seconds until the next window, as in Retry-After' })
  retryAfterSeconds?: number;

  @ApiPropertyOptional({ type: 'integer', description: 'VALIDATION_FAILED with more than 100 problems: how many more there are beyond the details shown' })
  moreProblems?: number;
}
