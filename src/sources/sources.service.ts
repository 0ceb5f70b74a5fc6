import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { Claim } from '../claims/claim.entity';
import { Facet } from '../claims/facet.entity';
import { AppError, ErrorCode } from '../common/app-error';
import { chunks } from '../common/chunks';
import { nowIso } from '../common/columns';
import { findOr404, unchangedSince } from '../common/found';
import { newId } from '../common/ids';
import { containsPattern, DEFAULT_PAGE_SIZE, Page, toPage } from '../common/pagination';
import { DetectionService } from '../contradictions/detection.service';
import { lockEvents } from '../database/event-lock';
import { WriteQueue } from '../database/write-queue';
import { Document } from '../documents/document.entity';
import { CreateSourceDto, UpdateSourceDto } from './dto/create-source.dto';
import { ListSourcesQuery } from './dto/list-sources.dto';
import { Source } from './source.entity';
import { cleanAliases, sourceRow } from './source-row';

/** The most sources a claimant picker lists; past that, a page would need a search box. */
export const MAX_SOURCE_CHOICES = 2000;

@Injectable()
export class SourcesService {
  constructor(
    @InjectRepository(Source) private readonly sources: Repository<Source>,
    private readonly writes: WriteQueue,
    private readonly audit: AuditService,
    private readonly detection: DetectionService,
  ) {}

  async create(dto: CreateSourceDto, actor: Actor): Promise<Source> {
    return this.writes.transaction((manager) => this.insert(manager, dto, actor));
  }

  /** Inside a caller's transaction (imports and extraction add sources along with claims). */
  async insert(manager: EntityManager, dto: CreateSourceDto, actor: Actor): Promise<Source> {
    const source = sourceRow(dto, newId(), nowIso());
    await manager.insert(Source, source);
    await this.audit.record(manager, actor, 'create', 'source', source.id, null, source);
    this.detection.forgetVocabulary(manager);
    // A new name may make two category values one (a perpetrator written as this source's alias).
    if (await this.namesCategoryValues(manager, source)) await this.detection.refreshVocabulary(manager, actor);
    return source;
  }

  /** Whether any category or set value already written on a claim is one of this source's names. */
  private async namesCategoryValues(manager: EntityManager, source: Source): Promise<boolean> {
    const names = [source.name, ...source.aliases].map(containsPattern);
    for (const name of names) {
      const found = await manager.createQueryBuilder(Facet, 'f').where("LOWER(f.valueText) LIKE :name ESCAPE '\\'", { name }).getExists();
      if (found) return true;
    }
    return false;
  }

  async get(id: string): Promise<Source> {
    return findOr404(this.sources.manager, Source, id, 'source');
  }

  /** Sources by id (those that exist), in queries of at most 500 ids. */
  async byIds(ids: string[]): Promise<Source[]> {
    const found: Source[] = [];
    for (const part of chunks([...new Set(ids)], 500)) found.push(...(await this.sources.find({ where: { id: In(part) } })));
    return found;
  }

  /** Names of sources by id. */
  async names(ids: string[]): Promise<Map<string, string>> {
    const found: Array<Pick<Source, 'id' | 'name'>> = [];
    for (const part of chunks([...new Set(ids)], 500)) found.push(...(await this.sources.find({ select: { id: true, name: true }, where: { id: In(part) } })));
    return new Map(found.map((source) => [source.id, source.name]));
  }

  /** Claims a source makes or conveys. */
  async claimCount(id: string): Promise<number> {
    return this.sources.manager.count(Claim, { where: [{ sourceId: id }, { conveyedById: id }] });
  }

  /** Sources for a claimant picker, by name. */
  async choices(): Promise<Array<Pick<Source, 'id' | 'name' | 'kind'>>> {
    return this.sources.find({ select: { id: true, name: true, kind: true }, where: { mergedInto: IsNull() }, order: { name: 'ASC', id: 'ASC' }, take: MAX_SOURCE_CHOICES });
  }

  async list(query: ListSourcesQuery): Promise<Page<Source>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    // A merged-away source lives on as an alias of the kept one: it answers GET by id, never a list or a picker.
    const builder = this.sources.createQueryBuilder('source').where('source.mergedInto IS NULL').orderBy('source.id', 'ASC').take(limit + 1);
    if (query.q) {
      builder.andWhere("(LOWER(source.name) LIKE :q ESCAPE '\\' OR LOWER(source.aliases) LIKE :q ESCAPE '\\')", { q: containsPattern(query.q) });
    }
    if (query.kind) builder.andWhere('source.kind = :kind', { kind: query.kind });
    if (query.cursor) builder.andWhere('source.id > :cursor', { cursor: query.cursor });
    return toPage(await builder.getMany(), limit, (source) => source);
  }

  /** `seen`: the `updatedAt` the editor read (the desk's forms send it); a source changed since is not overwritten. */
  async update(id: string, dto: UpdateSourceDto, actor: Actor, seen?: string): Promise<Source> {
    return this.writes.transaction(async (manager) => {
      const before = await findOr404(manager, Source, id, 'source');
      unchangedSince(before, seen, 'source');
      const after: Source = {
        ...before,
        ...(dto.name !== undefined && { name: dto.name.trim() }),
        ...(dto.aliases !== undefined && { aliases: cleanAliases(dto.aliases) }),
        ...(dto.kind !== undefined && { kind: dto.kind }),
        ...(dto.stake !== undefined && { stake: dto.stake }),
        ...(dto.reliability !== undefined && { reliability: dto.reliability }),
        ...(dto.description !== undefined && { description: dto.description }),
        ...(dto.url !== undefined && { url: dto.url }),
        ...(dto.sameAs !== undefined && { sameAs: [...new Set(dto.sameAs)] }),
        ...(dto.side !== undefined && { side: dto.side.trim() || null }),
        updatedAt: nowIso(),
      };
      await manager.save(Source, after);
      await this.audit.record(manager, actor, 'update', 'source', id, before, after);
      // Names and aliases decide which values are one; the stake and the side decide whose silence counts.
      const comparedDifferently = after.name !== before.name || JSON.stringify(after.aliases) !== JSON.stringify(before.aliases)
        || after.stake !== before.stake || after.side !== before.side;
      if (comparedDifferently) await this.detection.refreshVocabulary(manager, actor, id);
      // Its reliability and kind weigh in the analysis of every event it speaks on: those get a new revision.
      else await lockEvents(manager, await this.detection.eventsOf(manager, id));
      return after;
    });
  }

  /** A source that claims, conveys or publishes something stays: deleting it would orphan the record. */
  async remove(id: string, actor: Actor): Promise<void> {
    await this.writes.transaction(async (manager) => {
      const before = await findOr404(manager, Source, id, 'source');
      const claims = await manager.count(Claim, { where: [{ sourceId: id }, { conveyedById: id }] });
      const documents = await manager.count(Document, { where: { publisherId: id } });
      if (claims + documents > 0) {
        throw new AppError(ErrorCode.InUse, `Source ${before.name} is named by ${claims} claim(s) and ${documents} document(s); remove those first`, [
          { path: 'id', message: 'source is in use' },
        ]);
      }
      await manager.delete(Source, { id });
      await this.audit.record(manager, actor, 'delete', 'source', id, before, null);
    });
  }
}
