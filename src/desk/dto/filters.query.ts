import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { OneOf } from '../../common/one-of';
import { PageQuery } from '../../common/pagination';
import { CONTRADICTION_KINDS, SEVERITIES, Severity, TRIAGE_STATES, TriageState } from '../../contradictions/contradiction.entity';
import { VERDICTS } from '../../reviews/review.entity';
import { QUEUE_REASONS, QueueReason } from '../../reviews/verdicts';

const list = ({ value }: { value: unknown }) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

/** What the board and the contradictions page may be narrowed by; a value outside the lists is a 400 page naming it. */
export class BoardQuery {
  @IsOptional()
  @Transform(list)
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'party must be the id of a source on this event' })
  party?: string[];

  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[a-z0-9_.-]+$/, { message: 'attribute must be an attribute name such as outcome or fatalities' })
  attribute?: string;

  @IsOptional()
  @OneOf(SEVERITIES)
  severity?: Severity;

  @IsOptional()
  @OneOf(TRIAGE_STATES)
  status?: TriageState;

  @IsOptional()
  @OneOf(['sides', 'parties'])
  view?: 'sides' | 'parties';
}

export class ContradictionsQuery extends BoardQuery {
  @IsOptional()
  @OneOf(CONTRADICTION_KINDS)
  kind?: (typeof CONTRADICTION_KINDS)[number];
}

export class QueueQuery extends PageQuery {
  @IsOptional()
  @IsUUID('all', { message: 'eventId must be the id of an event' })
  eventId?: string;

  @IsOptional()
  @IsUUID('all', { message: 'sourceId must be the id of a source' })
  sourceId?: string;

  @IsOptional()
  @OneOf(['unreviewed', ...VERDICTS])
  verdict?: string;

  @IsOptional()
  @OneOf(QUEUE_REASONS)
  reason?: QueueReason;
}

/** A filter as the query string of a link: only what is set, a repeated key for each party. */
export function filterQuery(filter: object, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    if (Array.isArray(value)) for (const v of value) params.append(name, String(v));
    else if (value !== undefined && value !== '') params.set(name, String(value));
  }
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;

export class AuditPageQuery extends PageQuery {
  @IsOptional()
  @OneOf(AUDIT_ACTIONS)
  action?: string;

  @IsOptional()
  @OneOf(['event', 'claim', 'review', 'contradiction', 'source', 'document'])
  entity?: string;

  @IsOptional()
  @IsUUID('all', { message: 'actorId must be the id of a user' })
  actorId?: string;
}
