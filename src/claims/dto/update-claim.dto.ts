import { PartialType } from '@nestjs/swagger';
import { CreateClaimDto } from './create-claim.dto';

/** Any field may change; `facets`, when given, replaces the whole list. */
export class UpdateClaimDto extends PartialType(CreateClaimDto) {}
