import { IsOptional } from 'class-validator';
import { ListEventsQuery } from '../../events/dto/list-events.dto';
import { OneOf } from '../../common/one-of';

export const EVENT_FILTERS = ['open_contradictions', 'waiting_for_review'] as const;
export type EventFilter = (typeof EVENT_FILTERS)[number];

/** The events list of the desk: the API's search and type filter, and "only those that need work". */
export class DeskEventsQuery extends ListEventsQuery {
  @IsOptional()
  @OneOf(['', ...EVENT_FILTERS], { message: `has must be one of ${EVENT_FILTERS.join(', ')}` })
  has?: EventFilter | '';
}
