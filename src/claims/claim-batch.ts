import { EntityManager, In } from 'typeorm';
import { AuditEntry } from '../audit/audit-entry.entity';
import { bulkInsert, insertStatement, rowsPerInsert } from '../database/bulk-insert';
import { lockEventAfter, lockEvents } from '../database/event-lock';
import { inlined } from '../database/inline-sql';
import { firstStatement } from '../database/inline-commit';
import { isRowRefused } from '../database/transient';
import { Attribute } from '../attributes/attribute.entity';
import { AppError } from '../common/app-error';
import { newId } from '../common/ids';
import { Document } from '../documents/document.entity';
import { Event } from '../events/event.entity';
import { Source } from '../sources/source.entity';
import { Vocabulary } from './canonical';
import { checkedClaimFields, ClaimReferences, Referenced, referencesIn } from './claim-fields';
import { claimRow } from './claim-row';
import { ClaimView, presentClaim } from './claim-view';
import { Claim } from './claim.entity';
import { CreateClaimDto } from './dto/create-claim.dto';
import { facetRows } from './facet-rows';
import { Facet } from './facet.entity';

/** A new claim, checked, as it will be written. */
export interface NewClaim {
  view: ClaimView;
  claim: Claim;
  facets: Facet[];
}

/**
 * A batch could not be written together (a write broke an integrity rule, or what its checks read
 * changed): it goes again one claim at a time, so that only the claim at fault is refused.
 */
export class WriteRefused extends Error {
  constructor(override readonly cause: unknown) {
    super('a claim of the batch could not be written');
  }
}

export type Checked = { ok: NewClaim } | { error: unknown };

/** What a batch of new claims names, read at once: its references, its attributes, and the vocabulary's token. */
interface Named {
  references: ClaimReferences;
  attributes: Map<string, Attribute>;
  token: string;
}

/**
 * The sources, events, documents and attributes a batch of new claims names, and the vocabulary's
 * token: on PostgreSQL in one statement (one round trip), on SQLite one statement each. The checks then
 * look them up here and answer exactly what they answer one claim at a time.
 */
async function readNamed(manager: EntityManager, dtos: CreateClaimDto[]): Promise<Named> {
  const ids = (pick: (dto: CreateClaimDto) => Array<string | null | undefined>) =>
    [...new Set(dtos.flatMap(pick).filter((id): id is string => typeof id === 'string'))];
  const wanted = {
    source: ids((d) => [d.sourceId, d.conveyedById]), event: ids((d) => [d.eventId]), document: ids((d) => [d.documentId]),
    attribute: [...new Set(dtos.flatMap((dto) => (dto.facets ?? []).map((facet) => facet.attribute)))],
  };
  let found: Record<'source' | 'event' | 'document', Referenced[]>;
  let attributes: Attribute[];
  let token: string;
  if (manager.connection.driver.options.type === 'postgres') {
    const referenced = (table: string, n: number, merged: boolean) =>
      `(SELECT COALESCE(json_agg(json_build_object('id', id${merged ? ', \'mergedInto\', "mergedInto"' : ''})), '[]'::json) FROM ${table} WHERE id = ANY($${n}::text[]))`;
    // The transaction's first statement: it goes with the transaction's BEGIN (see firstStatement).
    const [row] = await firstStatement(manager,
      `SELECT (SELECT CAST("token" AS TEXT) FROM vocabulary_version WHERE "id" = 1) AS token, ${referenced('sources', 1, true)} AS source,
         ${referenced('events', 2, true)} AS event, ${referenced('documents', 3, false)} AS document,
         (SELECT COALESCE(json_agg(a), '[]'::json) FROM attributes a WHERE a.name = ANY($4::text[])) AS attribute`,
      [wanted.source, wanted.event, wanted.document, wanted.attribute],
    ) as Array<Record<'source' | 'event' | 'document', Referenced[]> & { attribute: Array<Record<string, unknown>>; token: string | null }>;
    found = row;
    attributes = row.attribute.map((raw) => hydrated(manager, Attribute, raw));
    token = row.token ?? '';
  } else {
    const read = async (entity: typeof Source | typeof Event | typeof Document, list: string[], merged: boolean) =>
      (list.length ? manager.find<Referenced>(entity, { where: { id: In(list) }, select: merged ? { id: true, mergedInto: true } : { id: true } }) : []);
    found = { source: await read(Source, wanted.source, true), event: await read(Event, wanted.event, true), document: await read(Document, wanted.document, false) };
    attributes = wanted.attribute.length ? await manager.find(Attribute, { where: { name: In(wanted.attribute) } }) : [];
    token = await vocabularyToken(manager);
  }
  const maps = {
    source: new Map(found.source.map((r) => [r.id, r])), event: new Map(found.event.map((r) => [r.id, r])), document: new Map(found.document.map((r) => [r.id, r])),
  };
  const one = referencesIn(manager);
  return {
    references: { find: async (kind, id) => maps[kind].get(id) ?? null, documentText: one.documentText },
    attributes: new Map(attributes.map((a) => [a.name, a])),
    token,
  };
}

/** An entity from a row as the database holds it (read as JSON), converted as TypeORM converts what it reads. */
function hydrated<T extends object>(manager: EntityManager, entity: new () => T, raw: Record<string, unknown>): T {
  const driver = manager.connection.driver;
  const out = new entity();
  for (const column of manager.connection.getMetadata(entity).columns) column.setEntityValue(out, driver.prepareHydratedValue(raw[column.databaseName], column));
  return out;
}

/**
 * Every claim of a batch checked as `POST /claims` checks one (its references, quote and facets), with
 * what they name read once for all: each gets its rows, or its own error.
 */
export async function checkBatch(
  manager: EntityManager, dtos: CreateClaimDto[], vocabulary: (manager: EntityManager, token: string) => Promise<Vocabulary>, now: string,
): Promise<{ checked: Checked[]; token: string }> {
  const { references, attributes, token } = await readNamed(manager, dtos);
  let words: Vocabulary | null = null;
  const out: Checked[] = [];
  for (const dto of dtos) {
    try {
      const claim = claimRow(await checkedClaimFields(references, dto, null), newId(), now);
      const inputs = dto.facets ?? [];
      const needsVocabulary = inputs.some((facet) => ['category', 'set'].includes(attributes.get(facet.attribute)?.kind ?? ''));
      if (needsVocabulary && !words) words = await vocabulary(manager, token);
      const { rows, problems } = facetRows(claim, inputs, attributes, needsVocabulary ? words : null);
      if (problems.length) throw AppError.validation(problems);
      out.push({ ok: { view: presentClaim(claim, rows), claim, facets: rows } });
    } catch (error) {
      out.push({ error });
    }
  }
  return { checked: out, token };
}

/** The token that changes with source names, aliases and terms (see DetectionService.vocabulary). */
export async function vocabularyToken(manager: EntityManager): Promise<string> {
  const rows: Array<{ token: string | number }> = await manager.query('SELECT "token" FROM vocabulary_version WHERE "id" = 1');
  return String(rows[0]?.token ?? '');
}

/**
 * The sources new claims name (claimant and conveyor). On PostgreSQL, after the event's lock, the batch
 * checks that none of them, nor the event, was merged away, and that the vocabulary the facets were read
 * with did not change, in a transaction that committed meanwhile (see readAfterLock; on SQLite nothing
 * commits meanwhile: the write queue holds the file's lock).
 */
export function namedSources(claims: Array<Pick<Claim, 'sourceId' | 'conveyedById'>>): string[] {
  return [...new Set(claims.flatMap((c) => [c.sourceId, c.conveyedById]).filter((id): id is string => id !== null))];
}

/**
 * New claims, their facets and their audit entries written (one multi-row INSERT each), then the event
 * locked. On PostgreSQL all in one statement (the INSERTs as `WITH`s before the lock's UPDATE: rows not
 * yet committed are seen by no other writer, so they may come before the lock), one round trip in place
 * of four. A write refused for what its rows hold (isRowRefused) refuses the batch (it goes again one by one); any
 * other failure (transient, retried whole; or a real fault) is the transaction's, and propagates.
 */
export async function writeAndLock(manager: EntityManager, eventId: string, claims: Claim[], facets: Facet[], entries: AuditEntry[]): Promise<void> {
  const tables = [[Claim, claims], [Facet, facets], [AuditEntry, entries]] as const;
  await refusing(async () => {
    if (oneStatement(manager, claims, facets, entries)) {
      const parameters: unknown[] = [];
      const inserts = tables.filter(([, rows]) => rows.length).map(([entity, rows], i) => `w${i} AS (${insertStatement(manager, entity, rows as never[], parameters)})`);
      await lockEventAfter(manager, eventId, { sql: `WITH ${inserts.join(', ')} `, parameters });
      return;
    }
    await bulkInsert(manager, Claim, claims);
    await bulkInsert(manager, Facet, facets);
    await bulkInsert(manager, AuditEntry, entries);
  });
  await lockEvents(manager, [eventId]);
}

/** On PostgreSQL, whether the rows go in one statement with the lock (each table in one INSERT, under the limit on bound values). */
function oneStatement(manager: EntityManager, claims: Claim[], facets: Facet[], entries: AuditEntry[]): boolean {
  const tables = [[Claim, claims], [Facet, facets], [AuditEntry, entries]] as const;
  return manager.connection.driver.options.type === 'postgres'
    && tables.every(([entity, rows]) => rows.length <= rowsPerInsert(manager, entity))
    && tables.reduce((sum, [entity, rows]) => sum + rows.length * manager.connection.getMetadata(entity).columns.length, 0) < 60_000;
}

/**
 * On PostgreSQL, writeAndLock's one statement as text, its values written in (see inlined), answering
 * the event's new revision; null when the rows do not go in one statement. For a caller that sends
 * more statements after it in the same round trip.
 */
export function writeAndLockText(manager: EntityManager, eventId: string, claims: Claim[], facets: Facet[], entries: AuditEntry[]): string | null {
  if (!oneStatement(manager, claims, facets, entries)) return null;
  const tables = [[Claim, claims], [Facet, facets], [AuditEntry, entries]] as const;
  const parameters: unknown[] = [];
  const inserts = tables.filter(([, rows]) => rows.length).map(([entity, rows], i) => `w${i} AS (${insertStatement(manager, entity, rows as never[], parameters)})`);
  parameters.push(eventId);
  return inlined(`WITH ${inserts.join(', ')} UPDATE events SET revision = revision + 1 WHERE id = $${parameters.length} RETURNING revision`, parameters);
}

/** Runs a batch's writes: one refused for what its rows hold refuses the batch (WriteRefused); any other failure propagates. */
export async function refusing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw isRowRefused(error) ? new WriteRefused(error) : error;
  }
}
