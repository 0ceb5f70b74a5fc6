import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { nowIso } from '../common/columns';
import { WriteQueue } from '../database/write-queue';
import { Document } from '../documents/document.entity';
import { Source } from '../sources/source.entity';
import { Candidate, ENGINE_VERSION } from './extract';
import { ExtractionResult } from './extraction-result.entity';
import { ExtractionRunner } from './extraction-runner';

/** Extraction of a document's text, read once and kept: read again only when the text, the sources or the engine changed. */
@Injectable()
export class ExtractionService {
  constructor(
    @InjectRepository(ExtractionResult) private readonly results: Repository<ExtractionResult>,
    private readonly runner: ExtractionRunner,
    private readonly writes: WriteQueue,
  ) {}

  async candidates(document: Document & { text: string }): Promise<Candidate[]> {
    const sources = await this.results.manager.find(Source, { select: { id: true, name: true, aliases: true, kind: true, updatedAt: true } });
    const latest = sources.reduce((max, s) => (s.updatedAt > max ? s.updatedAt : max), '');
    const sourcesStamp = `${sources.length}:${latest}`;
    const stored = await this.results.findOne({ where: { documentId: document.id } });
    if (stored && stored.sha256 === document.sha256 && stored.engine === ENGINE_VERSION && stored.sourcesStamp === sourcesStamp) return stored.candidates;
    const items = await this.runner.run({
      text: document.text,
      sources: sources.map((s) => ({ id: s.id, name: s.name, aliases: s.aliases, kind: s.kind })),
      publishedAt: document.publishedAt,
    });
    const row: ExtractionResult = { documentId: document.id, sha256: document.sha256, engine: ENGINE_VERSION, sourcesStamp, candidates: items, createdAt: nowIso() };
    await this.writes.transaction((manager) => manager.upsert(ExtractionResult, row as never, ['documentId']));
    return items;
  }
}
