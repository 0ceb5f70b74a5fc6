import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Claim } from '../claims/claim.entity';
import { nowIso } from '../common/columns';
import { WriteQueue } from '../database/write-queue';
import { Document } from '../documents/document.entity';
import { Source } from '../sources/source.entity';
import { Candidate, ENGINE_VERSION } from './extract';
import { ExtractionResult } from './extraction-result.entity';
import { ExtractionRunner } from './extraction-runner';

/** Extraction of a document's text, read once and kept: read again only when the text, the sources, the event read for (and its claimants) or the engine changed. */
@Injectable()
export class ExtractionService {
  constructor(
    @InjectRepository(ExtractionResult) private readonly results: Repository<ExtractionResult>,
    private readonly runner: ExtractionRunner,
    private readonly writes: WriteQueue,
  ) {}

  /** With an event, its claimants are marked `inEvent`, and the stored result is kept for that event and those claimants only. */
  async candidates(document: Document & { text: string }, eventId?: string): Promise<Candidate[]> {
    const sources = await this.results.manager.find(Source, { select: { id: true, name: true, aliases: true, kind: true, side: true, updatedAt: true } });
    const latest = sources.reduce((max, s) => (s.updatedAt > max ? s.updatedAt : max), '');
    const claimants = eventId ? await this.claimants(eventId) : new Set<string>();
    // Sources that speak on other events only: a uniqueness rule ("the desk's one armed group") does not pick them for this one.
    const elsewhere = eventId ? await this.claimantsElsewhere(eventId, claimants) : new Set<string>();
    const sourcesStamp = `${sources.length}:${latest}${eventId ? `:${eventStamp(eventId, claimants, elsewhere)}` : ''}`;
    const stored = await this.results.findOne({ where: { documentId: document.id } });
    if (stored && stored.sha256 === document.sha256 && stored.engine === ENGINE_VERSION && stored.sourcesStamp === sourcesStamp) return stored.candidates;
    const items = await this.runner.run({
      text: document.text,
      sources: sources.map((s) => ({ id: s.id, name: s.name, aliases: s.aliases, kind: s.kind, side: s.side, ...(claimants.has(s.id) && { inEvent: true }), ...(elsewhere.has(s.id) && { elsewhere: true }) })),
      publishedAt: document.publishedAt,
    });
    const row: ExtractionResult = { documentId: document.id, sha256: document.sha256, engine: ENGINE_VERSION, sourcesStamp, candidates: items, createdAt: nowIso() };
    await this.writes.transaction((manager) => manager.upsert(ExtractionResult, row as never, ['documentId']));
    return items;
  }

  /** The sources with claims on the event (one query on the claims' event index). */
  private async claimants(eventId: string): Promise<Set<string>> {
    const rows = await this.results.manager.createQueryBuilder(Claim, 'claim')
      .select('DISTINCT claim.sourceId', 'sourceId')
      .where('claim.eventId = :eventId', { eventId })
      .getRawMany<{ sourceId: string }>();
    return new Set(rows.map((r) => r.sourceId));
  }

  /** The sources with claims on other events and none on this one (one query on the claims' event index). */
  private async claimantsElsewhere(eventId: string, claimants: Set<string>): Promise<Set<string>> {
    const rows = await this.results.manager.createQueryBuilder(Claim, 'claim')
      .select('DISTINCT claim.sourceId', 'sourceId')
      .where('claim.eventId IS NOT NULL AND claim.eventId <> :eventId', { eventId })
      .getRawMany<{ sourceId: string }>();
    return new Set(rows.map((r) => r.sourceId).filter((id) => !claimants.has(id)));
  }
}

/** The event and its claimants, short enough for the stamp column: a result read for one event is not served for another. */
function eventStamp(eventId: string, claimants: Set<string>, elsewhere: Set<string>): string {
  return createHash('sha256').update([eventId, ...[...claimants].sort(), '|', ...[...elsewhere].sort()].join(',')).digest('hex').slice(0, 24);
}
