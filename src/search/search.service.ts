import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Claim } from '../claims/claim.entity';
import { AppError } from '../common/app-error';
import { Document } from '../documents/document.entity';
import { Event } from '../events/event.entity';
import { Source } from '../sources/source.entity';
import { fts5Query, searchTerms, tsQuery } from './search-terms';

export const SEARCH_KINDS = ['claim', 'source', 'event', 'document'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchHit {
  kind: SearchKind;
  id: string;
  /** What the record is called: a claim's text, a source's or event's name, a document's title. */
  title: string;
  /** A line more: who claims it (and who voiced it) and about what, a source's aliases, when and where, the publisher. */
  detail: string;
}

/**
 * One search box over claims, sources (aliases included), events and documents, answered by the
 * database's full-text index (kept by triggers, see the Search migration), best matches first within
 * each kind.
 */
@Injectable()
export class SearchService {
  constructor(private readonly dataSource: DataSource) {}

  async search(q: string, limit = 10): Promise<{ items: SearchHit[]; nextCursor: null }> {
    const terms = searchTerms(q);
    if (!terms.length) throw AppError.invalid('q', 'must hold at least one word (letters or digits)');
    const items: SearchHit[] = [];
    for (const kind of SEARCH_KINDS) items.push(...(await this.hits(kind, await this.matching(kind, terms, limit))));
    return { items, nextCursor: null };
  }

  private async matching(kind: SearchKind, terms: string[], limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = this.dataSource.options.type === 'postgres'
      ? await this.dataSource.query(
        `SELECT "recordId" AS id FROM "search_entries" WHERE "kind" = $1 AND "document" @@ to_tsquery('simple', $2)
         ORDER BY ts_rank("document", to_tsquery('simple', $2)) DESC, "recordId" LIMIT $3`, [kind, tsQuery(terms), limit])
      : await this.dataSource.query(
        `SELECT e."recordId" AS id FROM "search_text" t INNER JOIN "search_entries" e ON e."id" = t."rowid"
         WHERE "search_text" MATCH ? AND e."kind" = ? ORDER BY t."rank", e."recordId" LIMIT ?`, [fts5Query(terms), kind, limit]);
    return rows.map((row) => row.id);
  }

  private async hits(kind: SearchKind, ids: string[]): Promise<SearchHit[]> {
    if (!ids.length) return [];
    const manager = this.dataSource.manager;
    const order = <T extends { id: string }>(rows: T[]) => ids.map((id) => rows.find((r) => r.id === id)).filter((r): r is T => !!r);
    if (kind === 'source') {
      return order(await manager.find(Source, { where: { id: In(ids) } }))
        .map((s) => ({ kind, id: s.id, title: s.name, detail: [s.aliases.join(', '), s.kind.replace(/_/g, ' ')].filter(Boolean).join(' · ') }));
    }
    if (kind === 'event') {
      return order(await manager.find(Event, { where: { id: In(ids) } }))
        .map((e) => ({ kind, id: e.id, title: e.title, detail: [e.startsAt?.slice(0, 10), e.locationName, e.locationCountry].filter(Boolean).join(' · ') }));
    }
    if (kind === 'document') {
      const documents = order(await manager.find(Document, { select: { id: true, title: true, publisherId: true, publishedAt: true }, where: { id: In(ids) } }));
      const names = await this.names(documents.map((d) => d.publisherId));
      return documents.map((d) => ({ kind, id: d.id, title: d.title, detail: [d.publisherId && names.get(d.publisherId), d.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ') }));
    }
    const claims = order(await manager.find(Claim, { select: { id: true, text: true, sourceId: true, voicedBy: true, eventId: true }, where: { id: In(ids) } }));
    const names = await this.names(claims.map((c) => c.sourceId));
    const titles = new Map((await manager.find(Event, { select: { id: true, title: true }, where: { id: In(claims.map((c) => c.eventId).filter((e): e is string => !!e)) } })).map((e) => [e.id, e.title]));
    // The claimant with who voiced it ("Malian army, voiced by Army spokesman Idris Bako"): a claim found by the spokesman's name says why.
    const claimant = (c: Claim) => names.get(c.sourceId) && (c.voicedBy ? `${names.get(c.sourceId)}, voiced by ${c.voicedBy}` : names.get(c.sourceId));
    return claims.map((c) => ({ kind, id: c.id, title: c.text, detail: [claimant(c), c.eventId && titles.get(c.eventId)].filter(Boolean).join(' · ') }));
  }

  private async names(ids: Array<string | null>): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (!wanted.length) return new Map();
    return new Map((await this.dataSource.manager.find(Source, { select: { id: true, name: true }, where: { id: In(wanted) } })).map((s) => [s.id, s.name]));
  }
}
