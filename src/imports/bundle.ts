import { createHash } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AppError, ErrorCode, Problems } from '../common/app-error';
import { Pacer } from '../common/pacer';
import { validationDetails } from '../common/validation';
import { BUNDLE_KINDS, BundleKind, ImportClaimDto, ImportDocumentDto, ImportEventDto, ImportSourceDto } from './dto/import-bundle.dto';

/** The most records one import takes; the body limit usually comes first. */
export const MAX_IMPORT_RECORDS = 250_000;

const DTOS = { source: ImportSourceDto, document: ImportDocumentDto, event: ImportEventDto, claim: ImportClaimDto } as const;
export const PLURAL: Record<BundleKind, string> = { source: 'sources', document: 'documents', event: 'events', claim: 'claims' };

export type BundleRecord = ImportSourceDto | ImportDocumentDto | ImportEventDto | ImportClaimDto;

/** One record of a bundle, with where it was: `claims[12]` in JSON, `line 37` in NDJSON. */
export interface Incoming<T extends BundleRecord = BundleRecord> {
  kind: BundleKind;
  at: string;
  record: T;
  /** Of the record as sent: the same record imported again is recognised by it. */
  digest: string;
}

/** What goes before a field's name in a problem's path: `claims[12].` or `line 37: `. */
export function prefix(at: string): string {
  return at.startsWith('line ') ? `${at}: ` : `${at}.`;
}

function digest(raw: unknown): string {
  return createHash('sha256').update(JSON.stringify(raw)).digest('hex');
}

/** The records as sent, each with its kind and place, before any is validated. */
function rawRecords(body: unknown, problems: Problems): Array<{ kind: BundleKind; at: string; raw: unknown }> {
  const raws: Array<{ kind: BundleKind; at: string; raw: unknown }> = [];
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
  return raws;
}

/** The records of a bundle that passed their own checks, and the client ids of those that did not. */
export interface ReadBundle {
  incoming: Incoming[];
  /** `kind + "\0" + clientId` of records refused for their fields: a reference to one is not reported again as missing. */
  invalid: Set<string>;
}

export const recordKey = (kind: string, clientId: string) => `${kind}\u0000${clientId}`;

/**
 * The records of a JSON or NDJSON bundle, each validated on its own. Problems are added to `problems`
 * (the caller goes on to check references and facets of the valid records, then refuses everything at once).
 */
export async function readBundle(body: unknown, problems: Problems = new Problems()): Promise<ReadBundle> {
  const invalid = new Set<string>();
  const raws = rawRecords(body, problems);
  if (raws.length > MAX_IMPORT_RECORDS) {
    throw new AppError(ErrorCode.PayloadTooLarge, `A bundle holds at most ${MAX_IMPORT_RECORDS} records; this one has ${raws.length}`, [
      { path: 'body', message: `over ${MAX_IMPORT_RECORDS} records` },
    ]);
  }
  if (raws.length === 0 && problems.length === 0) problems.push({ path: 'body', message: 'holds no records' });

  const incoming: Incoming[] = [];
  const seen = new Map<string, string>();
  const pacer = new Pacer();
  for (const { kind, at, raw } of raws) {
    await pacer.breathe();
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push({ path: at, message: 'must be an object' });
      continue;
    }
    const record = plainToInstance(DTOS[kind] as new () => BundleRecord, raw);
    const errors = validateSync(record, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
    if (errors.length) {
      problems.push(...validationDetails(errors).map((d) => ({ ...d, path: `${prefix(at)}${d.path}` })));
      const clientId = (raw as { clientId?: unknown }).clientId;
      if (typeof clientId === 'string') invalid.add(recordKey(kind, clientId));
      continue;
    }
    const key = recordKey(kind, record.clientId);
    if (seen.has(key)) problems.push({ path: `${prefix(at)}clientId`, message: `"${record.clientId}" is used by ${seen.get(key)} too` });
    seen.set(key, at);
    incoming.push({ kind, at, record, digest: digest(raw) });
  }
  return { incoming, invalid };
}
