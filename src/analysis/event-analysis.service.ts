import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../common/app-error';
import { ENVIRONMENT } from '../config/config.module';
import { Environment } from '../config/environment';
import { approximateSize } from './approximate-size';
import { SizedLru } from './sized-lru';

/** What is remembered of one event at one revision: each part (reading, disputes, report, board...) built once. */
interface Entry {
  revision: number;
  parts: Map<string, Promise<unknown>>;
  sizes: Map<string, number>;
}

/** One event at the revision a reader just checked: `get` answers a part from memory, or builds it once. */
export interface EventMemo {
  eventId: string;
  revision: number;
  /** `size`: the part's approximate bytes when the builder knows them (a walk of a huge part would hold the loop). */
  get<T>(part: string, build: () => Promise<T> | T, size?: (value: T) => number): Promise<T>;
}

/**
 * The analysis of an event (positions, contradiction views, disputes, corroborations, credibility, the
 * report and the board built from it) kept in memory, keyed by the event's id and revision. A reader
 * reads the revision (one indexed read by primary key); every write on the event raises it in the same
 * transaction (database/event-lock.ts), so a write made by any process is seen by every process's next
 * reader. Memory is bounded by ANALYSIS_CACHE_MB: least recently used events go first.
 *
 * What a part is built from is read after the revision, so it is at least as new as the revision it is
 * kept under; a reader never gets an analysis older than the revision it saw.
 */
@Injectable()
export class EventAnalysisService {
  private readonly cache: SizedLru<string, Entry>;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(ENVIRONMENT) environment: Environment,
  ) {
    this.cache = new SizedLru(environment.analysisCacheBytes);
  }

  /** The event's current revision; 404 when there is no such event. */
  async revision(eventId: string): Promise<number> {
    const numbered = this.dataSource.options.type === 'postgres';
    const rows: Array<{ revision: number | string }> = await this.dataSource.query(`SELECT revision FROM events WHERE id = ${numbered ? '$1' : '?'}`, [eventId]);
    if (!rows.length) throw AppError.notFound('event', eventId);
    return Number(rows[0].revision);
  }

  async at(eventId: string): Promise<EventMemo> {
    const revision = await this.revision(eventId);
    let entry = this.cache.get(eventId);
    if (!entry || entry.revision !== revision) {
      // A reader of an older revision (one that read before a write) does not displace a newer entry.
      if (entry && entry.revision > revision) return this.uncached(eventId, revision);
      entry = { revision, parts: new Map(), sizes: new Map() };
      this.cache.set(eventId, entry, 0);
    }
    const held = entry;
    return {
      eventId,
      revision,
      get: <T>(part: string, build: () => Promise<T> | T, size?: (value: T) => number): Promise<T> => {
        let promise = held.parts.get(part) as Promise<T> | undefined;
        if (promise) return promise;
        promise = Promise.resolve().then(build);
        held.parts.set(part, promise);
        promise.then(
          (value) => this.account(eventId, held, part, size ? size(value) : approximateSize(value)),
          () => held.parts.delete(part),
        );
        return promise;
      },
    };
  }

  /** How much the cache holds: events and approximate bytes. */
  stats(): { events: number; bytes: number; maxBytes: number } {
    return { events: this.cache.size, bytes: this.cache.bytes, maxBytes: this.cache.maxBytes };
  }

  private uncached(eventId: string, revision: number): EventMemo {
    return { eventId, revision, get: async (_part, build) => build() };
  }

  /** A part was built: its size counts against the bound, and the entry becomes the most recently used. */
  private account(eventId: string, entry: Entry, part: string, bytes: number): void {
    if (this.cache.get(eventId) !== entry) return;
    entry.sizes.set(part, bytes);
    this.cache.set(eventId, entry, [...entry.sizes.values()].reduce((a, b) => a + b, 0));
  }
}
