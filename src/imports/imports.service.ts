import { createHash } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EntityManager, In } from 'typeorm';
import { Attribute } from '../attributes/attribute.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Actor } from '../auth/access.decorator';
import { Claim } from '../claims/claim.entity';
import { facetRows } from '../claims/facet-rows';
import { fold } from '../claims/fold';
import { Facet } from '../claims/facet.entity';
import { anchorQuote } from '../claims/quote-anchor';
import { AppError, ErrorCode, ErrorDetail } from '../common/app-error';
import { isoTime, nowIso } from '../common/columns';
import { newId, UUID_PATTERN } from '../common/ids';
import { validationDetails } from '../common/validation';
import { DetectionService } from '../contradictions/detection.service';
import { bulkInsert } from '../database/bulk-insert';
import { WriteQueue } from '../database/write-queue';
import { Document } from '../documents/document.entity';
import { sha256Hex } from '../documents/documents.service';
import { Event } from '../events/event.entity';
import { locationColumns } from '../events/events.service';
import { Source } from '../sources/source.entity';
import { cleanAliases } from '../sources/sources.service';
import { BUNDLE_KINDS, BundleKind, ImportClaimDto, ImportDocumentDto, ImportEventDto, ImportSourceDto } from './dto/import-bundle.dto';
import { ImportRecord } from './import-record.entity';

/** The most records one import takes; the body limit usually comes first. */
export const MAX_IMPORT_RECORDS = 250_000;

const DTOS = { source: ImportSourceDto, document: ImportDocumentDto, event: ImportEventDto, claim: ImportClaimDto } as const;
const PLURAL: Record<BundleKind, string> = { source: 'sources', document: 'documents', event: 'events', claim: 'claims' };

type Dto = ImportSourceDto | ImportDocumentDto | ImportEventDto | ImportClaimDto;

/** One record of a bundle, with where it was: `claims[12]` in JSON, `line 37` in NDJSON. */
interface Incoming<T extends Dto = Dto> {
  kind: BundleKind;
  at: string;
  record: T;
  digest: string;
}

export interface ImportResult {
  importId: string;
  created: Record<string, number>;
  unchanged: Record<string, number>;
  /** The id each client id has here, by kind. */
  ids: Record<string, Record<string, string>>;
}

function prefix(at: string): string {
  return at.startsWith('line ') ? `${at}: ` : `${at}.`;
}

function digest(raw: unknown): string {
  return createHash('sha256').update(JSON.stringify(raw)).digest('hex');
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
   * same client id and content are left as they are.
   */
  async import(body: unknown, actor: Actor, progress: (step: string) => void = () => undefined): Promise<ImportResult> {
    const incoming = this.read(body);
    progress(`${incoming.length.toLocaleString('en')} records valid; checking references`);
    return this.writes.transaction(async (manager) => {
      const importId = newId();
      const now = nowIso();
      const problems: ErrorDetail[] = [];
      const ids: Record<BundleKind, Map<string, string>> = { source: new Map(), document: new Map(), event: new Map(), claim: new Map() };
      const fresh: Record<BundleKind, Incoming[]> = { source: [], document: [], event: [], claim: [] };
      const unchanged: Record<BundleKind, number> = { source: 0, document: 0, event: 0, claim: 0 };

      // Already imported: the same record is skipped; another record under a used client id is refused.
      for (const kind of BUNDLE_KINDS) {
        const mine = incoming.filter((r) => r.kind === kind);
        const known = new Map<string, ImportRecord>();
        for (let i = 0; i < mine.length; i += 500) {
          const part = mine.slice(i, i + 500).map((r) => r.record.clientId);
          for (const row of await manager.find(ImportRecord, { where: { kind, clientId: In(part) } })) known.set(row.clientId, row);
        }
        for (const r of mine) {
          const before = known.get(r.record.clientId);
          if (!before) {
            fresh[kind].push(r);
            ids[kind].set(r.record.clientId, newId());
          } else if (before.digest === r.digest) {
            unchanged[kind] += 1;
            ids[kind].set(r.record.clientId, before.entityId);
          } else {
            problems.push({ path: `${prefix(r.at)}clientId`, message: `${kind} "${r.record.clientId}" was imported before with other content; use a new clientId, or change the record through the API` });
          }
        }
      }

      const existing = await this.existingIds(manager, incoming, ids);
      const resolve = (kind: BundleKind, ref: string | undefined | null, path: string): string | null => {
        if (ref === undefined || ref === null) return null;
        const id = ids[kind].get(ref) ?? (existing[kind].has(ref) ? ref : undefined);
        if (!id) problems.push({ path, message: `no ${kind} with client id "${ref}" in the bundle, and no ${kind} with this id here` });
        return id ?? null;
      };

      const sources = fresh.source.map(({ record }) => {
        const r = record as ImportSourceDto;
        return {
          id: ids.source.get(r.clientId)!, name: r.name.trim(), aliases: cleanAliases(r.aliases),
          kind: r.kind, stake: r.stake ?? 'unknown', reliability: r.reliability ?? 'F', description: r.description ?? null, url: r.url ?? null,
          side: null, createdAt: now, updatedAt: now,
        } satisfies Source;
      });
      const documents = fresh.document.map(({ record, at }) => {
        const r = record as ImportDocumentDto;
        return {
          id: ids.document.get(r.clientId)!, title: r.title.trim(), url: r.url ?? null, publisherId: resolve('source', r.publisherId, `${prefix(at)}publisherId`),
          publishedAt: isoTime(r.publishedAt), language: r.language ?? null, text: r.text ?? null, sha256: r.text === undefined ? null : sha256Hex(r.text),
          createdAt: now, updatedAt: now,
        } satisfies Document;
      });
      const events = fresh.event.map(({ record, at }) => {
        const r = record as ImportEventDto;
        const event = {
          id: ids.event.get(r.clientId)!, title: r.title.trim(), type: r.type, startsAt: isoTime(r.startsAt), endsAt: isoTime(r.endsAt), timePrecision: r.timePrecision ?? 'day',
          ...locationColumns(r.location ?? null), description: r.description ?? null, createdAt: now, updatedAt: now,
        } as Event;
        if (event.startsAt && event.endsAt && event.endsAt < event.startsAt) problems.push({ path: `${prefix(at)}endsAt`, message: 'must not be before startsAt' });
        return event;
      });

      // Facets are read with the vocabulary this bundle brings too: its sources' names count.
      const vocabulary = await this.detection.vocabulary(manager);
      const withBundle = { ...vocabulary, sources: new Map(vocabulary.sources) };
      for (const s of sources) for (const name of [s.name, ...s.aliases]) if (!withBundle.sources.has(fold(name))) withBundle.sources.set(fold(name), s.id);
      const rules = new Map((await manager.find(Attribute)).map((a) => [a.name, a]));
      const texts = new Map<string, string | null>(documents.map((d) => [d.id, d.text]));
      const missingTexts = [...existing.document].filter((id) => !texts.has(id));
      if (missingTexts.length) for (const d of await manager.find(Document, { where: { id: In(missingTexts) }, select: { id: true, text: true } })) texts.set(d.id, d.text);

      const claims: Claim[] = [];
      const facets: Facet[] = [];
      for (const { record, at } of fresh.claim) {
        const r = record as ImportClaimDto;
        const sourceId = resolve('source', r.sourceId, `${prefix(at)}sourceId`);
        const conveyedById = resolve('source', r.conveyedById, `${prefix(at)}conveyedById`);
        const documentId = resolve('document', r.documentId, `${prefix(at)}documentId`);
        const eventId = resolve('event', r.eventId, `${prefix(at)}eventId`);
        if (conveyedById && conveyedById === sourceId) problems.push({ path: `${prefix(at)}conveyedById`, message: 'is the claimant itself' });
        let quote = null;
        if (r.quote) {
          const anchored = anchorQuote(r.quote, documentId ? texts.get(documentId) ?? null : null);
          if ('problem' in anchored) problems.push({ path: `${prefix(at)}${anchored.problem.path}`, message: anchored.problem.message });
          else quote = anchored.anchor;
        }
        const claim: Claim = {
          id: ids.claim.get(r.clientId)!, sourceId: sourceId ?? '', conveyedById, documentId, eventId, text: r.text.trim(),
          quoteExact: quote?.exact ?? null, quotePrefix: quote?.prefix ?? null, quoteSuffix: quote?.suffix ?? null, quoteStart: quote?.start ?? null,
          quoteEnd: quote?.end ?? null, originalText: r.originalText ?? null, language: r.language ?? null, statedAt: isoTime(r.statedAt), version: 1,
          status: 'unreviewed', verdictById: null, verdictAt: null, reviewDisagreement: false, needsReReview: false, reReviewContradictionId: null,
          credibilityOverride: null, credibilityReason: null, createdAt: now, updatedAt: now,
        };
        const built = facetRows(claim, r.facets ?? [], rules, withBundle, prefix(at));
        problems.push(...built.problems);
        claims.push(claim);
        facets.push(...built.rows);
      }
      if (problems.length) throw AppError.validation(problems);
      progress(`writing ${claims.length.toLocaleString('en')} claims and ${facets.length.toLocaleString('en')} facets`);

      const records: ImportRecord[] = [];
      const audit: AuditEntry[] = [];
      for (const kind of BUNDLE_KINDS) {
        for (const r of fresh[kind]) {
          const entityId = ids[kind].get(r.record.clientId)!;
          records.push({ kind, clientId: r.record.clientId, entityId, digest: r.digest, importId, createdAt: now });
          audit.push({ id: newId(), actorId: actor.userId, action: 'create', entity: kind, entityId, before: null, after: { importId, clientId: r.record.clientId }, at: now });
        }
      }
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
      const count = (of: Record<BundleKind, number>) => Object.fromEntries(BUNDLE_KINDS.map((k) => [PLURAL[k], of[k]]));
      return {
        importId,
        created: count({ source: sources.length, document: documents.length, event: events.length, claim: claims.length }),
        unchanged: count(unchanged),
        ids: Object.fromEntries(BUNDLE_KINDS.map((k) => [PLURAL[k], Object.fromEntries(ids[k])])),
      };
    });
  }

  /** The records of a JSON or NDJSON bundle, each validated on its own; every problem is collected. */
  private read(body: unknown): Incoming[] {
    const raws: Array<{ kind: BundleKind; at: string; raw: unknown }> = [];
    const problems: ErrorDetail[] = [];
    const ndjson = body && typeof body === 'object' && 'ndjson' in body ? (body as { ndjson: Array<{ line: number; value: unknown }> }).ndjson : null;
    if (ndjson) {
      for (const { line, value } of ndjson) {
        // "record" says what a line is ("type" and "kind" are fields of events and sources).
        const record = (value as { record?: unknown })?.record;
        if (!BUNDLE_KINDS.includes(record as BundleKind)) {
          problems.push({ path: `line ${line}: record`, message: `must be one of ${BUNDLE_KINDS.join(', ')}` });
          continue;
        }
        const { record: _record, ...raw } = value as Record<string, unknown>;
        raws.push({ kind: record as BundleKind, at: `line ${line}`, raw });
      }
    } else if (body && typeof body === 'object' && !Array.isArray(body)) {
      for (const key of Object.keys(body)) {
        const kind = BUNDLE_KINDS.find((k) => PLURAL[k] === key);
        const list = (body as Record<string, unknown>)[key];
        if (!kind) problems.push({ path: key, message: 'is not a known field; a bundle has sources, documents, events and claims' });
        else if (!Array.isArray(list)) problems.push({ path: key, message: 'must be a list' });
        else list.forEach((raw, i) => raws.push({ kind, at: `${key}[${i}]`, raw }));
      }
    } else {
      problems.push({ path: 'body', message: 'must be a bundle { sources, documents, events, claims } or NDJSON lines, each with "record": source, document, event or claim' });
    }
    if (raws.length > MAX_IMPORT_RECORDS) {
      throw new AppError(HttpStatus.PAYLOAD_TOO_LARGE, ErrorCode.PayloadTooLarge, `A bundle holds at most ${MAX_IMPORT_RECORDS} records; this one has ${raws.length}`, [
        { path: 'body', message: `over ${MAX_IMPORT_RECORDS} records` },
      ]);
    }
    if (raws.length === 0 && problems.length === 0) problems.push({ path: 'body', message: 'holds no records' });

    const incoming: Incoming[] = [];
    const seen = new Map<string, string>();
    for (const { kind, at, raw } of raws) {
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
        problems.push({ path: at, message: 'must be an object' });
        continue;
      }
      const record = plainToInstance(DTOS[kind] as new () => Dto, raw);
      const errors = validateSync(record, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
      if (errors.length) {
        problems.push(...validationDetails(errors).map((d) => ({ ...d, path: `${prefix(at)}${d.path}` })));
        continue;
      }
      const key = `${kind}\u0000${record.clientId}`;
      if (seen.has(key)) problems.push({ path: `${prefix(at)}clientId`, message: `"${record.clientId}" is used by ${seen.get(key)} too` });
      seen.set(key, at);
      incoming.push({ kind, at, record, digest: digest(raw) });
    }
    if (problems.length) throw AppError.validation(problems);
    return incoming;
  }

  /** Which references that are not client ids of the bundle name records already here. */
  private async existingIds(manager: EntityManager, incoming: Incoming[], ids: Record<BundleKind, Map<string, string>>) {
    const wanted: Record<'source' | 'document' | 'event', Set<string>> = { source: new Set(), document: new Set(), event: new Set() };
    const want = (kind: 'source' | 'document' | 'event', ref: string | undefined) => {
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
      const list = [...set];
      for (let i = 0; i < list.length; i += 500) {
        for (const row of await manager.find(entity, { where: { id: In(list.slice(i, i + 500)) }, select: { id: true } })) out.add(row.id);
      }
      return out;
    };
    return {
      source: await found(Source, wanted.source),
      document: await found(Document, wanted.document),
      event: await found(Event, wanted.event),
      claim: new Set<string>(),
    };
  }
}
