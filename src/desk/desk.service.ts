import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { ClaimsService } from '../claims/claims.service';
import { chunks } from '../common/chunks';
import { DEFAULT_PAGE_SIZE, Page, toPage } from '../common/pagination';
import { Contradiction } from '../contradictions/contradiction.entity';
import { Event } from '../events/event.entity';
import { EventsService, EventView, presentEvent } from '../events/events.service';
import { ReviewsService } from '../reviews/reviews.service';
import { DeskEventsQuery } from './dto/desk-events.query';

export interface EventSummary {
  event: EventView;
  claims: number;
  openContradictions: number;
  /** The claims the review queue lists for the event (`queueReason`). */
  waitingForReview: number;
}

/** What the events list reads that no API route answers in one call: counts per event, and filters on them. */
@Injectable()
export class DeskService {
  constructor(
    // Open contradictions are counted here until the contradictions service offers counts per event.
    @InjectRepository(Contradiction) private readonly contradictions: Repository<Contradiction>,
    private readonly events: EventsService,
    private readonly claims: ClaimsService,
    private readonly reviews: ReviewsService,
  ) {}

  async eventSummaries(query: DeskEventsQuery): Promise<Page<EventSummary>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    // Newest first: the desk works on what just happened.
    const builder = this.events.matching(query).orderBy('event.id', 'DESC').take(limit + 1);
    if (query.cursor) builder.andWhere('event.id < :cursor', { cursor: query.cursor });
    if (query.has === 'open_contradictions') {
      builder.andWhere((qb: SelectQueryBuilder<Event>) => `EXISTS ${qb.subQuery().select('1').from(Contradiction, 'k')
        .where('k.eventId = event.id').andWhere("k.status = 'open'").getQuery()}`);
    }
    if (query.has === 'waiting_for_review') this.reviews.whereEventHasWaiting(builder, 'event');
    const page = toPage(await builder.getMany(), limit, presentEvent);
    const ids = page.items.map((e) => e.id);
    const [claims, waiting, open] = [await this.claims.countsByEvent(ids), await this.reviews.waitingCounts(ids), await this.openCounts(ids)];
    return {
      items: page.items.map((event) => ({
        event, claims: claims.get(event.id) ?? 0, openContradictions: open.get(event.id) ?? 0, waitingForReview: waiting.get(event.id) ?? 0,
      })),
      nextCursor: page.nextCursor,
    };
  }

  private async openCounts(eventIds: string[]): Promise<Map<string, number>> {
    const open = new Map<string, number>();
    for (const part of chunks(eventIds, 500)) {
      const rows = await this.contradictions.createQueryBuilder('k').select('k.eventId', 'eventId').addSelect('COUNT(*)', 'open')
        .where('k.eventId IN (:...part)', { part }).andWhere("k.status = 'open'").groupBy('k.eventId')
        .getRawMany<{ eventId: string; open: string | number }>();
      for (const row of rows) open.set(row.eventId, Number(row.open));
    }
    return open;
  }
}
