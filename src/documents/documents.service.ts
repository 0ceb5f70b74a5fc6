import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { AppError, ErrorCode } from '../common/app-error';
import { chunks } from '../common/chunks';
import { nowIso } from '../common/columns';
import { findOr404 } from '../common/found';
import { newId } from '../common/ids';
import { containsPattern, DEFAULT_PAGE_SIZE, Page, toPage } from '../common/pagination';
import { WriteQueue } from '../database/write-queue';
import { Event } from '../events/event.entity';
import { Source } from '../sources/source.entity';
import { Document } from './document.entity';
import { documentRow } from './document-row';
import { CreateDocumentDto } from './dto/create-document.dto';
import { ListDocumentsQuery } from './dto/list-documents.dto';
import { Candidate } from '../extraction/extract';
import { ExtractionService } from '../extraction/extraction.service';

/** Lists leave the full text out; `GET /documents/:id` has it. */
export type DocumentSummary = Omit<Document, 'text'> & { textLength: number | null };

@Injectable()
export class DocumentsService {
  constructor(
    @InjectRepository(Document) private readonly documents: Repository<Document>,
    private readonly writes: WriteQueue,
    private readonly audit: AuditService,
    private readonly extraction: ExtractionService,
  ) {}

  async create(dto: CreateDocumentDto, actor: Actor): Promise<Document> {
    return this.writes.transaction((manager) => this.insert(manager, dto, actor));
  }

  async insert(manager: EntityManager, dto: CreateDocumentDto, actor: Actor): Promise<Document> {
    if (dto.publisherId && !(await manager.exists(Source, { where: { id: dto.publisherId } }))) {
      throw AppError.invalid('publisherId', 'no source with this id');
    }
    const document = documentRow(dto, newId(), nowIso());
    await manager.insert(Document, document);
    await this.audit.record(manager, actor, 'create', 'document', document.id, null, { ...document, text: undefined });
    return document;
  }

  /** Candidate claims in the document's text: who said what, anchored in the text; read for an event, its claimants first. English only, for now. */
  async extract(id: string, eventId?: string): Promise<{ documentId: string; sha256: string | null; publishedAt: string | null; items: Candidate[]; message: string }> {
    const document = await this.get(id);
    if (document.text === null || document.text.trim() === '') {
      throw new AppError(ErrorCode.NoText, 'The document has no text to read; archive it with its text first', [{ path: 'text', message: 'is empty' }]);
    }
    if (document.language && !/^en\b/i.test(document.language)) {
      throw new AppError(ErrorCode.UnsupportedLanguage,
        `Extraction reads English text; this document is in "${document.language}". Record its claims by hand, or add an English translation as a document`,
        [{ path: 'language', message: `"${document.language}" is not supported; en is` }]);
    }
    if (eventId && !(await this.documents.manager.exists(Event, { where: { id: eventId } }))) {
      throw AppError.invalid('eventId', 'no event with this id');
    }
    const items = await this.extraction.candidates({ ...document, text: document.text }, eventId);
    const message = items.length
      ? `${items.length} attributed statement${items.length === 1 ? '' : 's'} found; check each speaker, statement and facet before accepting`
      : 'No attributed statement was found: nothing in the text says who said what. Record claims by hand if the text holds any';
    return { documentId: id, sha256: document.sha256, publishedAt: document.publishedAt, items, message };
  }

  async get(id: string): Promise<Document> {
    return findOr404(this.documents.manager, Document, id, 'document');
  }

  /** Documents by id (those that exist), text included. */
  async byIds(ids: string[]): Promise<Document[]> {
    const found: Document[] = [];
    for (const part of chunks([...new Set(ids)], 500)) found.push(...(await this.documents.find({ where: { id: In(part) } })));
    return found;
  }

  async list(query: ListDocumentsQuery): Promise<Page<DocumentSummary>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.documents
      .createQueryBuilder('document')
      .select(['document.id', 'document.title', 'document.url', 'document.publisherId', 'document.publishedAt',
        'document.language', 'document.sha256', 'document.createdAt', 'document.updatedAt'])
      .addSelect('LENGTH(document.text)', 'textLength')
      .orderBy('document.id', 'ASC')
      .limit(limit + 1);
    if (query.q) builder.andWhere("LOWER(document.title) LIKE :q ESCAPE '\\'", { q: containsPattern(query.q) });
    if (query.publisherId) builder.andWhere('document.publisherId = :publisherId', { publisherId: query.publisherId });
    if (query.cursor) builder.andWhere('document.id > :cursor', { cursor: query.cursor });
    const { entities, raw } = await builder.getRawAndEntities<{ textLength: number | string | null }>();
    const rows = entities.map((document, index) => {
      const length = raw[index]?.textLength;
      const { text: _omitted, ...summary } = document;
      return { ...summary, textLength: length === null || length === undefined ? null : Number(length) };
    });
    return toPage(rows, limit, (row) => row);
  }
}
