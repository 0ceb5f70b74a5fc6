import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, SelectQueryBuilder } from 'typeorm';
import { AttributeKind } from '../attributes/attribute.entity';
import { attributeKinds } from '../attributes/attribute-kinds';
import { Claim } from '../claims/claim.entity';
import { DEFAULT_PAGE_SIZE, Page, toPage } from '../common/pagination';
import { Contradiction } from '../contradictions/contradiction.entity';
import { Event } from '../events/event.entity';
import { EventsService, EventView, presentEvent } from '../events/events.service';
import { Source } from '../sources/source.entity';
import { User } from '../users/user.entity';
import { DeskEventsQuery } from './dto/desk-events.query';

export interface EventSummary {
  event: EventView;
  claims: number;
  openContradictions: number;
  /** Unreviewed, flagged for re-review, or with reviewers disagreeing. */
  waitingForReview: number;
}

/** A claim waiting for review, as the events list counts and filters it (`:yes` is bound to true). */
const waiting = (alias: string) => `(${alias}.status = 'unreviewed' OR ${alias}.needsReReview = :yes OR ${alias}.reviewDisagreement = :yes)`;

/** The most sources a claimant picker lists; past that, the desk would need a search box (noted in the README). */
export const MAX_SOURCE_CHOICES = 2000;

/** What the desk's pages read that no API route answers in one call: counts per event, pickers. */
@Injectable()
export class DeskService {
  constructor(
    @InjectRepository(Event) private readonly events: Repository<Event>,
    private readonly eventsService: EventsService,
  ) {}

  async eventSummaries(query: DeskEventsQuery): Promise<Page<EventSummary>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    // Newest first: the desk works on what just happened.
    const builder = this.eventsService.matching(query).orderBy('event.id', 'DESC').take(limit + 1);
    if (query.cursor) builder.andWhere('event.id < :cursor', { cursor: query.cursor });
    if (query.has === 'open_contradictions') {
      builder.andWhere((qb: SelectQueryBuilder<Event>) => `EXISTS ${qb.subQuery().select('1').from(Contradiction, 'k')
        .where('k.eventId = event.id').andWhere("k.status = 'open'").getQuery()}`);
    }
    if (query.has === 'waiting_for_review') {
      builder.andWhere((qb: SelectQueryBuilder<Event>) => `EXISTS ${qb.subQuery().select('1').from(Claim, 'w')
        .where('w.eventId = event.id').andWhere(waiting('w')).getQuery()}`, { yes: true });
    }
    const page = toPage(await builder.getMany(), limit, presentEvent);
    const ids = page.items.map((e) => e.id);
    const claims = new Map<string, { claims: number; waiting: number }>();
    const open = new Map<string, number>();
    if (ids.length) {
      const claimCounts = await this.events.manager.createQueryBuilder(Claim, 'c')
        .select('c.eventId', 'eventId').addSelect('COUNT(*)', 'claims')
        .addSelect(`SUM(CASE WHEN ${waiting('c')} THEN 1 ELSE 0 END)`, 'waiting')
        .where('c.eventId IN (:...ids)', { ids, yes: true }).groupBy('c.eventId')
        .getRawMany<{ eventId: string; claims: string | number; waiting: string | number }>();
      for (const row of claimCounts) claims.set(row.eventId, { claims: Number(row.claims), waiting: Number(row.waiting) });
      const openCounts = await this.events.manager.createQueryBuilder(Contradiction, 'k')
        .select('k.eventId', 'eventId').addSelect('COUNT(*)', 'open')
        .where('k.eventId IN (:...ids)', { ids }).andWhere("k.status = 'open'").groupBy('k.eventId')
        .getRawMany<{ eventId: string; open: string | number }>();
      for (const row of openCounts) open.set(row.eventId, Number(row.open));
    }
    return {
      items: page.items.map((event) => ({
        event, claims: claims.get(event.id)?.claims ?? 0, openContradictions: open.get(event.id) ?? 0, waitingForReview: claims.get(event.id)?.waiting ?? 0,
      })),
      nextCursor: page.nextCursor,
    };
  }

  /** Sources for a claimant picker, by name. */
  async sourceChoices(): Promise<Array<Pick<Source, 'id' | 'name' | 'kind'>>> {
    return this.events.manager.find(Source, { select: { id: true, name: true, kind: true }, order: { name: 'ASC', id: 'ASC' }, take: MAX_SOURCE_CHOICES });
  }

  /** Names of sources by id, in one query. */
  async sourceNames(ids: string[]): Promise<Map<string, string>> {
    return this.names(Source, ids);
  }

  /** The claims already made from a document, by the offsets of their quotes (`start:end`). */
  async claimedQuotes(documentId: string): Promise<Map<string, string>> {
    const rows = await this.events.manager.find(Claim, { select: { id: true, quoteStart: true, quoteEnd: true }, where: { documentId } });
    return new Map(rows.filter((c) => c.quoteStart !== null).map((c) => [`${c.quoteStart}:${c.quoteEnd}`, c.id]));
  }

  async userNames(ids: string[]): Promise<Map<string, string>> {
    return this.names(User, ids);
  }

  /** Titles of events by id, in one query. */
  async eventTitles(ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const rows = unique.length ? await this.events.find({ select: { id: true, title: true }, where: { id: In(unique) } }) : [];
    return new Map(rows.map((e) => [e.id, e.title]));
  }

  private async names(entity: typeof Source | typeof User, ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const rows: Array<{ id: string; name: string }> = unique.length ? await this.events.manager.find(entity, { select: { id: true, name: true }, where: { id: In(unique) } }) : [];
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  async attributeKinds(): Promise<Map<string, AttributeKind>> {
    return attributeKinds(this.events.manager);
  }
}
