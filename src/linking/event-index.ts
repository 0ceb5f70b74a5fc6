import MiniSearch from 'minisearch';
import { EntityManager, In, MoreThan } from 'typeorm';
import { chunks } from '../common/chunks';
import { Claim } from '../claims/claim.entity';
import { Event } from '../events/event.entity';
import { EventFeatures, featuresOf } from './event-score';
import { words } from './words';

/** What the index keeps of an event's claims: enough words to find it, bounded per event. */
const CLAIM_TEXT_PER_EVENT = 20_000;
/**
 * The text's most frequent telling words searched for: an article repeats its place, its actors and
 * what happened. More words cost time (each word's events are scored) and found no better event on dev.
 */
const QUERY_WORDS = 12;

interface IndexedEvent { id: string; title: string; body: string }

/**
 * Events by their words (BM25, MiniSearch), their places and times, kept in memory and brought up to
 * date from what changed since the last read: events by `updatedAt`, claims by id (ids grow with
 * time), so a suggestion after a write reads only the write. Merged-away events leave the index.
 */
export class EventIndex {
  private readonly search = new MiniSearch<IndexedEvent>({
    fields: ['title', 'body'],
    storeFields: [],
    processTerm: (term) => words(term)[0] ?? null,
    searchOptions: { boost: { title: 2 } },
  });
  readonly features = new Map<string, EventFeatures>();
  /** How many events each word is in, and each event's words: a word in most events tells none apart. */
  private readonly eventsWith = new Map<string, number>();
  private readonly wordsOf = new Map<string, string[]>();
  /** Place names, lower case, to the events there. */
  readonly places = new Map<string, Set<string>>();
  /** Events by start time, for the ones starting near a time; rebuilt after a change. */
  private byStart: Array<{ at: number; id: string }> | null = null;
  private seenEventsAt = '';
  private seenClaimId = '';

  async refresh(manager: EntityManager): Promise<void> {
    const changed = await manager.find(Event, { where: this.seenEventsAt ? { updatedAt: MoreThan(this.seenEventsAt) } : {}, order: { updatedAt: 'ASC' } });
    const touched = new Set<string>();
    if (changed.length) this.byStart = null;
    for (const event of changed) {
      this.seenEventsAt = event.updatedAt > this.seenEventsAt ? event.updatedAt : this.seenEventsAt;
      this.drop(event.id);
      if (event.mergedInto) continue;
      const features = featuresOf(event);
      this.features.set(event.id, features);
      for (const key of features.placeKeys) {
        if (!this.places.has(key)) this.places.set(key, new Set());
        this.places.get(key)!.add(event.id);
      }
      touched.add(event.id);
    }
    const newClaims = await manager.createQueryBuilder(Claim, 'c').select(['c.id', 'c.eventId'])
      .where(this.seenClaimId ? 'c.id > :seen' : '1 = 1', { seen: this.seenClaimId }).orderBy('c.id', 'ASC').getMany();
    for (const claim of newClaims) {
      this.seenClaimId = claim.id;
      if (claim.eventId && this.features.has(claim.eventId)) touched.add(claim.eventId);
    }
    for (const part of chunks([...touched], 500)) await this.index(manager, part);
  }

  private drop(id: string): void {
    const old = this.features.get(id);
    if (!old) return;
    for (const key of old.placeKeys) this.places.get(key)?.delete(id);
    this.features.delete(id);
    this.forget(id);
  }

  private forget(id: string): void {
    if (this.search.has(id)) this.search.discard(id);
    for (const word of this.wordsOf.get(id) ?? []) this.eventsWith.set(word, (this.eventsWith.get(word) ?? 1) - 1);
    this.wordsOf.delete(id);
  }

  private async index(manager: EntityManager, ids: string[]): Promise<void> {
    const events = await manager.find(Event, { where: { id: In(ids) } });
    const claims = await manager.find(Claim, { where: { eventId: In(ids) }, select: { id: true, eventId: true, text: true }, order: { id: 'ASC' } });
    const bodies = new Map(events.map((e) => [e.id, [e.description, e.locationName, e.locationAdmin1].filter(Boolean).join(' ')]));
    for (const claim of claims) {
      const body = bodies.get(claim.eventId!);
      if (body !== undefined && body.length < CLAIM_TEXT_PER_EVENT) bodies.set(claim.eventId!, `${body} ${claim.text}`);
    }
    for (const event of events) {
      this.forget(event.id);
      const body = bodies.get(event.id) ?? '';
      this.search.add({ id: event.id, title: event.title, body });
      const own = [...new Set(words(`${event.title} ${body}`))];
      for (const word of own) this.eventsWith.set(word, (this.eventsWith.get(word) ?? 0) + 1);
      this.wordsOf.set(event.id, own);
    }
  }

  /** The events that start within `window` milliseconds of a time, or whose span holds it (up to a month). */
  startingNear(at: number, window: number): string[] {
    if (Number.isNaN(at)) return [];
    if (!this.byStart) {
      this.byStart = [...this.features.values()].filter((f) => f.start !== null).map((f) => ({ at: f.start!, id: f.id })).sort((a, b) => a.at - b.at);
    }
    const list = this.byStart;
    // A month back covers the longest precision; an event that began earlier and still runs is found by its words or place.
    const from = at - window - 31 * 24 * 3600_000;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (list[middle].at < from) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let i = low; i < list.length && list[i].at <= at + window; i++) found.push(list[i].id);
    return found;
  }

  /** The events best matching these words, with their BM25 scores and the words they share. */
  match(terms: string[], limit: number): Array<{ id: string; score: number; shared: string[] }> {
    // Words in more than one event in twenty (and more than fifty) weigh almost nothing in BM25 and
    // cost the most to score: they are left out, so a request stays fast as the events grow.
    const common = Math.max(50, this.features.size / 20);
    const telling = terms.filter((term) => (this.eventsWith.get(term) ?? 0) <= common).slice(0, QUERY_WORDS);
    if (!telling.length) return [];
    return this.search.search(telling.join(' '), { combineWith: 'OR' }).slice(0, limit)
      .map((hit) => ({ id: String(hit.id), score: hit.score, shared: hit.terms }));
  }
}
