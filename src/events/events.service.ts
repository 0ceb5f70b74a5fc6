import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { AppError } from '../common/app-error';
import { chunks } from '../common/chunks';
import { isoTime, nowIso } from '../common/columns';
import { findOr404, unchangedSince } from '../common/found';
import { newId } from '../common/ids';
import { containsPattern, DEFAULT_PAGE_SIZE, Page, toPage } from '../common/pagination';
import { lockEvents } from '../database/event-lock';
import { WriteQueue } from '../database/write-queue';
import { CreateEventDto, UpdateEventDto } from './dto/create-event.dto';
import { ListEventsQuery } from './dto/list-events.dto';
import { Event } from './event.entity';
import { eventRow, locationColumns, orderProblem } from './event-row';

export interface EventView {
  id: string;
  title: string;
  type: Event['type'];
  startsAt: string | null;
  endsAt: string | null;
  timePrecision: Event['timePrecision'];
  location: {
    name: string | null;
    admin1: string | null;
    admin2: string | null;
    country: string | null;
    latitude: number | null;
    longitude: number | null;
    precision: Event['locationPrecision'];
  } | null;
  description: string | null;
  /** The event this one was merged into, if it was: its claims are there now. */
  mergedInto: string | null;
  createdAt: string;
  updatedAt: string;
}

export function presentEvent(event: Event): EventView {
  const hasLocation = event.locationName !== null || event.locationCountry !== null || event.locationLatitude !== null;
  return {
    id: event.id,
    title: event.title,
    type: event.type,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timePrecision: event.timePrecision,
    location: hasLocation
      ? {
          name: event.locationName,
          admin1: event.locationAdmin1,
          admin2: event.locationAdmin2,
          country: event.locationCountry,
          latitude: event.locationLatitude,
          longitude: event.locationLongitude,
          precision: event.locationPrecision,
        }
      : null,
    description: event.description,
    mergedInto: event.mergedInto,
    createdAt: event.createdAt,
    updatedAt: event.updatedAt,
  };
}

/** Times that cannot stand (an end before the start) are refused with the field named. */
function checkOrder(event: Pick<Event, 'startsAt' | 'endsAt'>): void {
  const problem = orderProblem(event);
  if (problem) throw AppError.validation([problem]);
}

@Injectable()
export class EventsService {
  constructor(
    @InjectRepository(Event) private readonly events: Repository<Event>,
    private readonly writes: WriteQueue,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateEventDto, actor: Actor): Promise<EventView> {
    return presentEvent(await this.writes.transaction((manager) => this.insert(manager, dto, actor)));
  }

  async insert(manager: EntityManager, dto: CreateEventDto, actor: Actor): Promise<Event> {
    const event = eventRow(dto, newId(), nowIso());
    checkOrder(event);
    await manager.insert(Event, event);
    await this.audit.record(manager, actor, 'create', 'event', event.id, null, presentEvent(event));
    return event;
  }

  async get(id: string): Promise<EventView> {
    return presentEvent(await this.find(id));
  }

  async find(id: string): Promise<Event> {
    return findOr404(this.events.manager, Event, id, 'event');
  }

  /** Titles of events by id. */
  async titles(ids: string[]): Promise<Map<string, string>> {
    const found: Array<Pick<Event, 'id' | 'title'>> = [];
    for (const part of chunks([...new Set(ids)], 500)) found.push(...(await this.events.find({ select: { id: true, title: true }, where: { id: In(part) } })));
    return new Map(found.map((event) => [event.id, event.title]));
  }

  /** Events matching the search and type filter, as `event`: the list here and the desk's page both start from it. */
  matching(query: Pick<ListEventsQuery, 'q' | 'type'>): SelectQueryBuilder<Event> {
    // A merged-away event is one of the kept event's old names: it answers GET by id, never a list.
    const builder = this.events.createQueryBuilder('event').where('event.mergedInto IS NULL');
    if (query.q) {
      builder.andWhere("(LOWER(event.title) LIKE :q ESCAPE '\\' OR LOWER(event.locationName) LIKE :q ESCAPE '\\')", { q: containsPattern(query.q) });
    }
    if (query.type) builder.andWhere('event.type = :type', { type: query.type });
    return builder;
  }

  async list(query: ListEventsQuery): Promise<Page<EventView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.matching(query).orderBy('event.id', 'ASC').take(limit + 1);
    if (query.cursor) builder.andWhere('event.id > :cursor', { cursor: query.cursor });
    return toPage(await builder.getMany(), limit, presentEvent);
  }

  /** `seen`: the `updatedAt` the editor read; an event changed since is not overwritten. */
  async update(id: string, dto: UpdateEventDto, actor: Actor, seen?: string): Promise<EventView> {
    return this.writes.transaction(async (manager) => {
      // The report shows the event itself: a new revision tells every process's cache.
      await lockEvents(manager, [id]);
      const before = await findOr404(manager, Event, id, 'event');
      unchangedSince(before, seen, 'event');
      const after: Event = {
        ...before,
        ...(dto.title !== undefined && { title: dto.title.trim() }),
        ...(dto.type !== undefined && { type: dto.type }),
        ...(dto.startsAt !== undefined && { startsAt: isoTime(dto.startsAt) }),
        ...(dto.endsAt !== undefined && { endsAt: isoTime(dto.endsAt) }),
        ...(dto.timePrecision !== undefined && { timePrecision: dto.timePrecision }),
        ...(dto.location !== undefined && locationColumns(dto.location)),
        ...(dto.description !== undefined && { description: dto.description }),
        updatedAt: nowIso(),
      };
      checkOrder(after);
      await manager.save(Event, after);
      await this.audit.record(manager, actor, 'update', 'event', id, presentEvent(before), presentEvent(after));
      return presentEvent(after);
    });
  }
}
