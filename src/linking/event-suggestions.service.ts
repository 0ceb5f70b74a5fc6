import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Claim } from '../claims/claim.entity';
import { AppError } from '../common/app-error';
import { chunks } from '../common/chunks';
import { findOr404 } from '../common/found';
import { Document } from '../documents/document.entity';
import { Event } from '../events/event.entity';
import { EventView, presentEvent } from '../events/events.service';
import { SuggestEventsDto } from './dto/suggest-events.dto';
import { EventIndex } from './event-index';
import { scoreEvent } from './event-score';
import { LONGEST_NAME, SourceNames } from './source-names';
import { keyWords, phrases } from './words';

export interface EventSuggestion { eventId: string; event: EventView; score: number; reasons: string[] }

/** How many events the words alone may bring in; time and place bring in the rest. */
const WORD_CANDIDATES = 200;
/** Distinctive words of the text offered to the index, which keeps the telling ones. */
const QUERY_WORDS = 30;
/** Place names of up to this many words are looked up in a text. */
const LONGEST_PLACE = 4;
const NO_WORDS = { score: 0, shared: [] };
const NO_ACTORS: string[] = [];
/** Events starting this close to the query's time are scored even when nothing else points to them. */
const TIME_CANDIDATES = 21 * 24 * 3600_000;

/** The newest event and source changes and the newest claim: each one lookup in an index. */
const NEWEST = 'SELECT (SELECT MAX("updatedAt") FROM events) AS events, (SELECT MAX(id) FROM claims) AS claims, (SELECT MAX("updatedAt") FROM sources) AS sources';

/**
 * Which events an article or a statement is about, best first, with reasons a desk can judge: its
 * time against each event's span, its place, the parties it names that already speak on an event,
 * and the words it shares with the event's title and claims.
 */
@Injectable()
export class EventSuggestionsService {
  private readonly index = new EventIndex();
  private readonly sourceNames = new SourceNames();
  /** Refreshes run one at a time: two at once would index the same change twice. */
  private refreshing: Promise<void> = Promise.resolve();
  /** The newest change when the index was last brought up to date. */
  private seen = '';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every live source by its names, up to date. */
  async knownSources(): Promise<ReadonlyMap<string, { name: string; aliases: string[] }>> {
    await this.refresh();
    return this.sourceNames.known;
  }

  /**
   * Brings the index and the names up to date. One indexed read of the newest change (events and
   * sources by `updatedAt`, claims by id) tells whether anything changed since the last refresh; only
   * then are the changes read. A write after that read is seen by the next request.
   */
  private refresh(): Promise<void> {
    const next = this.refreshing.then(async () => {
      const [newest] = await this.dataSource.query<Array<Record<string, string | null>>>(NEWEST);
      const mark = JSON.stringify(newest);
      if (mark === this.seen) return;
      await this.index.refresh(this.dataSource.manager);
      await this.sourceNames.refresh(this.dataSource.manager);
      this.seen = mark;
    });
    this.refreshing = next.catch(() => undefined);
    return next;
  }

  async suggest(dto: SuggestEventsDto): Promise<{ items: EventSuggestion[] }> {
    let text = dto.text ?? '';
    let at: string | null = dto.at ?? null;
    if (dto.documentId) {
      const document = await findOr404(this.dataSource.manager, Document, dto.documentId, 'document');
      text = text || `${document.title}\n${document.text ?? ''}`;
      at = at ?? document.publishedAt;
    }
    if (!text.trim() && !at && !dto.place?.trim()) {
      throw AppError.validation([{ path: 'text', message: 'give a text, a documentId, a time (at) or a place to match events against' }]);
    }
    await this.refresh();
    // The text's phrases, read once: places are looked up among those of up to four words, parties among all.
    const said = text ? phrases(text, LONGEST_NAME) : new Set<string>();
    const places = new Set<string>();
    if (dto.place?.trim()) places.add(dto.place.trim().toLowerCase());
    for (const phrase of said) if (this.index.places.has(phrase) && phrase.split(' ').length <= LONGEST_PLACE) places.add(phrase);

    const hits = text ? this.index.match(keyWords(text, QUERY_WORDS), WORD_CANDIDATES) : [];
    const byWords = new Map(hits.map((h) => [h.id, h]));
    const actorsOn = await this.actorsOn(said);

    // Only events something points to are scored: the words, a place, the parties, or a start within
    // weeks of the time. Any other event could score only on a time weeks away, below all of these.
    const candidates = new Set<string>([...byWords.keys(), ...actorsOn.keys()]);
    for (const place of places) for (const id of this.index.places.get(place) ?? []) candidates.add(id);
    const query = { at: at ? Date.parse(at) : null, places };
    if (query.at !== null) for (const id of this.index.startingNear(query.at, TIME_CANDIDATES)) candidates.add(id);
    // Every candidate is ranked by its score alone; only the ones answered with are explained.
    const signalsOf = (id: string) => ({ words: text ? byWords.get(id) ?? NO_WORDS : null, actors: actorsOn.get(id) ?? NO_ACTORS });
    const ranked: Array<{ id: string; score: number }> = [];
    for (const id of candidates) {
      const features = this.index.features.get(id);
      if (!features) continue;
      const { score } = scoreEvent(features, query, signalsOf(id), false);
      if (score > 0) ranked.push({ id, score });
    }
    // Ids are lower-case UUIDs: comparing them as strings orders them as localeCompare did, at a fraction of its cost.
    ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const top = ranked.slice(0, dto.limit ?? 5).map(({ id }) => ({ eventId: id, ...scoreEvent(this.index.features.get(id)!, query, signalsOf(id)) }));
    const events = new Map((await this.dataSource.manager.find(Event, { where: { id: In(top.map((t) => t.eventId)) } })).map((e) => [e.id, presentEvent(e)]));
    return { items: top.filter((t) => events.has(t.eventId)).map((t) => ({ ...t, event: events.get(t.eventId)! })) };
  }

  /** For each event, the names of the parties the text names that already have claims on it. */
  private async actorsOn(said: Set<string>): Promise<Map<string, string[]>> {
    const named = [...this.sourceNames.named(said)];
    const on = new Map<string, string[]>();
    for (const part of chunks(named, 200)) {
      const rows = await this.dataSource.manager.createQueryBuilder(Claim, 'c').select('c.eventId', 'eventId').addSelect('c.sourceId', 'sourceId').distinct(true)
        .where({ sourceId: In(part) }).andWhere('c.eventId IS NOT NULL').getRawMany<{ eventId: string; sourceId: string }>();
      for (const row of rows) {
        const name = this.sourceNames.names.get(row.sourceId);
        if (!name) continue;
        if (!on.has(row.eventId)) on.set(row.eventId, []);
        if (!on.get(row.eventId)!.includes(name)) on.get(row.eventId)!.push(name);
      }
    }
    return on;
  }
}
