import { ErrorDetail } from '../common/app-error';
import { isoTime } from '../common/columns';
import { CreateEventDto } from './dto/create-event.dto';
import { Event } from './event.entity';

/** The event's place as columns; absent parts, or no place at all, are null. */
export function locationColumns(location: CreateEventDto['location'] | null) {
  return {
    locationName: location?.name?.trim() ?? null,
    locationAdmin1: location?.admin1 ?? null,
    locationAdmin2: location?.admin2 ?? null,
    locationCountry: location?.country ?? null,
    locationLatitude: location?.latitude ?? null,
    locationLongitude: location?.longitude ?? null,
    locationPrecision: location?.precision ?? null,
  } satisfies Partial<Event>;
}

/**
 * A new event as stored, from a validated input: the title trimmed, times in UTC, a time precision
 * of "day" unless given. The API and bulk imports both write events through it; `orderProblem` says
 * whether the times can stand.
 */
export function eventRow(input: CreateEventDto, id: string, now: string): Event {
  return {
    id,
    title: input.title.trim(),
    type: input.type,
    startsAt: isoTime(input.startsAt),
    endsAt: isoTime(input.endsAt),
    timePrecision: input.timePrecision ?? 'day',
    ...locationColumns(input.location ?? null),
    description: input.description ?? null,
    revision: 0,
    mergedInto: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** An event cannot end before it starts; `path` places the problem (`events[3].` in a bundle). */
export function orderProblem(event: Pick<Event, 'startsAt' | 'endsAt'>, path = ''): ErrorDetail | null {
  return event.startsAt && event.endsAt && event.endsAt < event.startsAt ? { path: `${path}endsAt`, message: 'must not be before startsAt' } : null;
}
