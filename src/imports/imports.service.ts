import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Attribute } from '../attributes/attribute.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Actor } from '../auth/access.decorator';
import { claimFields, ClaimInput, claimRow, conveyedByItself } from '../claims/claim-row';
import { Claim } from '../claims/claim.entity';
import { facetRows } from '../claims/facet-rows';
import { Facet } from '../claims/facet.entity';
import { fold } from '../claims/fold';
import { anchorQuote, QuoteAnchor } from '../claims/quote-anchor';
import { AppError, ErrorDetail, Problems } from '../common/app-error';
import { chunks } from '../common/chunks';
import { Pacer } from '../common/pacer';
import { nowIso } from '../common/columns';
import { newId, UUID_PATTERN } from '../common/ids';
import { DetectionService } from '../contradictions/detection.service';
import { bulkInsert } from '../database/bulk-insert';
import { lockEvents, lockVocabulary } from '../database/event-lock';
import { WriteQueue } from '../database/write-queue';
import { documentRow } from '../documents/document-row';
import { Document } from '../documents/document.entity';
import { eventRow, orderProblem } from '../events/event-row';
import { Event } from '../events/event.entity';
import { Source } from '../sources/source.entity';
import { sourceRow } from '../sources/source-row';
import { Incoming, PLURAL, prefix, readBundle, recordKey } from './bundle';
import { BUNDLE_KINDS, BundleKind, ImportClaimDto, ImportDocumentDto, ImportEventDto, ImportSourceDto } from './dto/import-bundle.dto';
import { ImportRecord } from './import-record.entity';

/** How many ids one `IN (...)` query asks for. */
const LOOKUP_SIZE = 500;

export interface ImportResult {
  importId: string;
  created: Record<string, number>;
  unchanged: Record<string, number>;
  /** The id each client id has here, by kind. */
  ids: Record<string, Record<string, string>>;
}

type ByKind<T> = Record<BundleKind, T>;
type Referenced = 'source' | 'document' | 'event';

/** Where each client id stands: new (with the id it gets), or imported before with the same content. */
interface Sorted {
  ids: ByKind<Map<string, string>>;
  fresh: ByKind<Incoming[]>;
  unchanged: ByKind<number>;
}

@Injectable()
export class ImportsService {
  constructor(
    private readonly writes: WriteQueue,
    private readonly detection: DetectionService,
  ) {}

  /**
   * A bundle of sources, documents, events and claims, all or nothing: validated whole (every problem
   * named by record and field) before anything is written, then written in one transaction with
   * multi-row inserts, then detection for the events it touched. Records already imported under the
   * same client id and content are left as they are. Rows are built by the same functions the API uses.
   */
  async import(body: unknown, actor: Actor, progress: (step: string) => void = () => undefined): Promise<ImportResult> {
    // Every problem in one answer: field errors of some records do not stop the reference and facet
    // checks of the others (capped: the first 100, and a count of the rest).
    const problems = new Problems();
    const { incoming, invalid } = await readBundle(body, problems);
    progress(`${incoming.length.toLocaleString('en')} records valid; checking references`);
    return this.writes.transaction(async (manager) => {
      const importId = newId();
      const now = nowIso();
      const { ids, fresh, unchanged } = await this.sortOut(manager, incoming, problems);
      const existing = await this.existingIds(manager, incoming, ids);
      const resolve = (kind: Referenced, ref: string | undefined | null, path: string): string | null => {
        if (ref === undefined || ref === null) return null;
        const id = ids[kind].get(ref) ?? (existing[kind].has(ref) ? ref : undefined);
        // A reference to a record refused for its own fields is not a second problem.
        if (!id && !invalid.has(recordKey(kind, ref))) problems.push({ path, message: `no ${kind} with client id "${ref}" in the bundle, and no ${kind} with this id here` });
        return id ?? null;
      };
      const idOf = (kind: BundleKind, record: { clientId: string }) => ids[kind].get(record.clientId)!;

      const sources = fresh.source.map(({ record }) => sourceRow(record as ImportSourceDto, idOf('source', record), now));
      const documents = fresh.document.map(({ record, at }) => {
        const r = record as ImportDocumentDto;
        const publisherId = resolve('source', r.publisherId, `${prefix(at)}publisherId`) ?? undefined;
        return documentRow({ ...r, publisherId }, idOf('document', r), now);
      });
      const events = fresh.event.map(({ record, at }) => {
        const event = eventRow(record as ImportEventDto, idOf('event', record), now);
        const problem = orderProblem(event, prefix(at));
        if (problem) problems.push(problem);
        return event;
      });

      // Facets are read with the vocabulary this bundle brings too: its sources' names count.
      const vocabulary = await this.detection.vocabulary(manager);
      const withBundle = { ...vocabulary, sources: new Map(vocabulary.sources) };
      for (const s of sources) for (const name of [s.name, ...s.aliases]) if (!withBundle.sources.has(fold(name))) withBundle.sources.set(fold(name), s.id);
      const rules = new Map((await manager.find(Attribute)).map((a) => [a.name, a]));
      const texts = await this.documentTexts(manager, documents, existing.document);

      const claims: Claim[] = [];
      const facets: Facet[] = [];
      const pacer = new Pacer();
      for (const { record, at } of fresh.claim) {
        await pacer.breathe();
        const r = record as ImportClaimDto;
        const path = prefix(at);
        const input: ClaimInput = {
          ...r,
          sourceId: resolve('source', r.sourceId, `${path}sourceId`) ?? '',
          conveyedById: resolve('source', r.conveyedById, `${path}conveyedById`),
          documentId: resolve('document', r.documentId, `${path}documentId`),
          eventId: resolve('event', r.eventId, `${path}eventId`),
        };
        const itself = conveyedByItself(input, path);
        if (itself) problems.push(itself);
        let quote: QuoteAnchor | null = null;
        if (r.quote) {
          const anchored = anchorQuote(r.quote, input.documentId ? texts.get(input.documentId) ?? null : null);
          if ('problem' in anchored) problems.push({ path: `${path}${anchored.problem.path}`, message: anchored.problem.message });
          else quote = anchored.anchor;
        }
        const claim = claimRow(claimFields(input, quote), idOf('claim', r), now);
        const built = facetRows(claim, r.facets ?? [], rules, withBundle, path);
        problems.push(...built.problems);
        claims.push(claim);
        facets.push(...built.rows);
      }
      problems.throwIfAny();
      progress(`writing ${claims.length.toLocaleString('en')} claims and ${facets.length.toLocaleString('en')} facets`);

      const records: ImportRecord[] = [];
      const audit: AuditEntry[] = [];
      for (const kind of BUNDLE_KINDS) {
        for (const r of fresh[kind]) {
          const entityId = idOf(kind, r.record);
          records.push({ kind, clientId: r.record.clientId, entityId, digest: r.digest, importId, createdAt: now });
          audit.push({ id: newId(), actorId: actor.userId, action: 'create', entity: kind, entityId, before: null, after: { importId, clientId: r.record.clientId }, at: now });
        }
      }
      // The vocabulary token when sources are written, then the existing events the bundle adds claims to, in id
      // order, before anything is written (the one order: event-lock.ts).
      if (sources.length) await lockVocabulary(manager);
      await lockEvents(manager, claims.map((c) => c.eventId));
      await bulkInsert(manager, Source, sources);
      await bulkInsert(manager, Document, documents);
      await bulkInsert(manager, Event, events);
      await bulkInsert(manager, Claim, claims);
      await bulkInsert(manager, Facet, facets);
      await bulkInsert(manager, ImportRecord, records);
      await bulkInsert(manager, AuditEntry, audit);

      this.detection.forgetVocabulary(manager);
      const touched = [...new Set(claims.map((c) => c.eventId).filter((id): id is string => !!id))].sort();
      for (const [i, eventId] of touched.entries()) {
        progress(`detection: event ${i + 1} of ${touched.length}`);
        await this.detection.recomputeEvent(manager, eventId, actor);
      }
      const count = (of: ByKind<number>) => Object.fromEntries(BUNDLE_KINDS.map((k) => [PLURAL[k], of[k]]));
      return {
        importId,
        created: count({ source: sources.length, document: documents.length, event: events.length, claim: claims.length }),
        unchanged: count(unchanged),
        ids: Object.fromEntries(BUNDLE_KINDS.map((k) => [PLURAL[k], Object.fromEntries(ids[k])])),
      };
    });
  }

  /** Already imported: the same record is skipped; another record under a used client id is refused. */
  private async sortOut(manager: EntityManager, incoming: Incoming[], problems: Problems): Promise<Sorted> {
    const sorted: Sorted = {
      ids: { source: new Map(), document: new Map(), event: new Map(), claim: new Map() },
      fresh: { source: [], document: [], event: [], claim: [] },
      unchanged: { source: 0, document: 0, event: 0, claim: 0 },
    };
    for (const kind of BUNDLE_KINDS) {
      const mine = incoming.filter((r) => r.kind === kind);
      const known = new Map<string, ImportRecord>();
      for (const part of chunks(mine.map((r) => r.record.clientId), LOOKUP_SIZE)) {
        for (const row of await manager.find(ImportRecord, { where: { kind, clientId: In(part) } })) known.set(row.clientId, row);
      }
      for (const r of mine) {
        const before = known.get(r.record.clientId);
        if (!before) {
          sorted.fresh[kind].push(r);
          sorted.ids[kind].set(r.record.clientId, newId());
        } else if (before.digest === r.digest) {
          sorted.unchanged[kind] += 1;
          sorted.ids[kind].set(r.record.clientId, before.entityId);
        } else {
          problems.push({ path: `${prefix(r.at)}clientId`, message: `${kind} "${r.record.clientId}" was imported before with other content; use a new clientId, or change the record through the API` });
        }
      }
    }
    return sorted;
  }

  /** Which references that are not client ids of the bundle name records already here. */
  private async existingIds(manager: EntityManager, incoming: Incoming[], ids: ByKind<Map<string, string>>): Promise<Record<Referenced, Set<string>>> {
    const wanted: Record<Referenced, Set<string>> = { source: new Set(), document: new Set(), event: new Set() };
    const want = (kind: Referenced, ref: string | undefined) => {
      if (ref && !ids[kind].has(ref) && UUID_PATTERN.test(ref)) wanted[kind].add(ref);
    };
    for (const { kind, record } of incoming) {
      if (kind === 'document') want('source', (record as ImportDocumentDto).publisherId);
      if (kind === 'claim') {
        const c = record as ImportClaimDto;
        want('source', c.sourceId);
        want('source', c.conveyedById);
        want('document', c.documentId);
        want('event', c.eventId);
      }
    }
    const found = async (entity: typeof Source | typeof Document | typeof Event, set: Set<string>) => {
      const out = new Set<string>();
      for (const part of chunks([...set], LOOKUP_SIZE)) {
        for (const row of await manager.find(entity, { where: { id: In(part) }, select: { id: true } })) out.add(row.id);
      }
      return out;
    };
    return { source: await found(Source, wanted.source), document: await found(Document, wanted.document), event: await found(Event, wanted.event) };
  }

  /** The text of every document a claim may quote: those of the bundle, and those already here it names. */
  private async documentTexts(manager: EntityManager, documents: Document[], existing: Set<string>): Promise<Map<string, string | null>> {
    const texts = new Map<string, string | null>(documents.map((d) => [d.id, d.text]));
    const missing = [...existing].filter((id) => !texts.has(id));
    for (const part of chunks(missing, LOOKUP_SIZE)) {
      for (const d of await manager.find(Document, { where: { id: In(part) }, select: { id: true, text: true } })) texts.set(d.id, d.text);
    }
    return texts;
  }
}
