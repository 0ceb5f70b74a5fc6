import { StringDecoder } from 'node:string_decoder';
import { FastifyInstance, FastifyRequest } from 'fastify';
import secureJson from 'secure-json-parse';
import { JsonScanner, JsonShape } from './json-scanner';
import { ListLimits, MAX_JSON_DEPTH, overlongList } from './json-shape';
import { Pacer } from './pacer';

/** The code of a body refused for a `__proto__` or `constructor.prototype` key (prototype poisoning). */
export const FORBIDDEN_KEY = 'CROSSCHECK_FORBIDDEN_KEY';

/** One line of an NDJSON body, with its number for error messages. */
export interface NdjsonLine {
  line: number;
  value: unknown;
}

export interface BodyLimits {
  /** Every route but bulk imports. */
  default: number;
  /** Routes at exactly one of these paths (not `/importsX`) take up to `bulk` bytes. */
  bulkPaths: string[];
  bulk: number;
  /** Records (NDJSON lines, or elements of the top object's lists) a bulk body may hold. */
  bulkRecords: number;
  /** How long lists may be, checked on the parsed value before any conversion. */
  lists: ListLimits;
  /** Routes under this path take URL-encoded forms (the desk's pages), and only forms, up to `form` bytes. */
  formPath: string;
  form: number;
}

/** The code of a JSON body sent to a page that takes forms. */
export const FORMS_ONLY = 'CROSSCHECK_FORMS_ONLY';
/** The code of a body that nests deeper than `MAX_JSON_DEPTH`, or holds a list longer than its limit. */
export const BODY_SHAPE = 'CROSSCHECK_BODY_SHAPE';
/** The code of a bulk body with more records than an import takes. */
export const TOO_MANY_RECORDS = 'CROSSCHECK_TOO_MANY_RECORDS';

/** The path of a request without its query: limits go by exact path, never by prefix. */
export function pathOf(url: string): string {
  const end = url.indexOf('?');
  return end === -1 ? url : url.slice(0, end);
}

function refusal(code: string, message: string, statusCode = 400, path = 'body'): Error {
  return Object.assign(new Error(message), { statusCode, code, path });
}

/** The longest list any limit allows: a list longer than this is refused while scanning. */
function longestOf(lists: ListLimits): number {
  return Math.max(lists.any, ...Object.values(lists.named));
}

/** The scanner that checks a JSON body's shape as it arrives (and, for a bulk body, its record count). */
function scannerFor(lists: ListLimits, maxRecords?: number): JsonScanner {
  return new JsonScanner({ maxDepth: MAX_JSON_DEPTH, maxList: longestOf(lists), maxDeeperList: lists.deeper, maxRecords, ranges: maxRecords !== undefined });
}

/** The refusal of a body whose scan passed a limit, or null; `where` prefixes messages (`line 7: `). */
function shapeRefusal(shape: JsonShape, lists: ListLimits, where = '', maxRecords = Infinity): Error | null {
  if (shape.tooDeepAt !== null) {
    return refusal(BODY_SHAPE, `${where}the body nests objects and lists deeper than ${MAX_JSON_DEPTH} levels (at character ${shape.tooDeepAt + 1})`);
  }
  if (shape.tooLongAt !== null) {
    return refusal(BODY_SHAPE, `${where}the body holds a list longer than is taken (at character ${shape.tooLongAt + 1}): at most ${longestOf(lists).toLocaleString('en')} records, ${lists.deeper.toLocaleString('en')} items in a record's lists`);
  }
  if (shape.tooManyAt !== null && shape.tooManyAt !== undefined) return refusal(TOO_MANY_RECORDS, `An import holds at most ${maxRecords.toLocaleString('en')} records; this one has more`, 413);
  return null;
}

/** The list-length checks of a parsed value (before any conversion into classes). */
function checkLists(value: unknown, lists: ListLimits, where = '', path = ''): void {
  const long = overlongList(value, lists, path);
  if (long) throw refusal(BODY_SHAPE, `${where}${long.path} holds ${long.length} items; at most ${long.limit} ${long.name} are taken`, 400, `${where}${long.path}`);
}

/** The shape checks of one JSON text, before and after parsing; `where` prefixes messages (`line 7: `). */
function checkedJson(text: string, lists: ListLimits, where = ''): unknown {
  // Lists longer than any limit are refused while scanning, before parsing makes an object of each element.
  const scanner = scannerFor(lists);
  scanner.feed(text);
  const refused = shapeRefusal(scanner.shape(), lists, where);
  if (refused) throw refused;
  const value = parseJson(text);
  checkLists(value, lists, where);
  return value;
}

/**
 * A large bundle `{ "claims": [ ... ], ... }` parsed record by record, from where the scanner saw each
 * record: the event loop gets a turn between records, so parsing 64 MiB never holds it for long. The
 * rest of the text (the top object without its lists' records) is parsed on its own, with the same
 * checks; the result is the value `JSON.parse` gives. Text the scanner found malformed is parsed whole,
 * so that the client gets JSON's own message.
 */
export async function parseBulkJson(text: string, scanner: JsonScanner, lists: ListLimits): Promise<unknown> {
  if (scanner.malformed || !scanner.lists.length) return checkedJson(text, lists);
  let skeleton = '';
  let at = 0;
  for (const { elements } of scanner.lists) {
    if (!elements.length) continue;
    skeleton += text.slice(at, elements[0][0]);
    at = elements[elements.length - 1][1];
  }
  const top = parseJson(skeleton + text.slice(at)) as Record<string, unknown>;
  checkLists(top, lists);
  const pacer = new Pacer();
  const parsed = new Map<string, unknown[]>();
  for (const list of scanner.lists) {
    const key = JSON.parse(text.slice(...list.key)) as string;
    const limit = lists.named[key] ?? lists.any;
    if (list.elements.length > limit) throw refusal(BODY_SHAPE, `${key} holds ${list.elements.length} items; at most ${limit} ${key} are taken`, 400, key);
    const values: unknown[] = [];
    for (const [i, [start, end]] of list.elements.entries()) {
      await pacer.breathe();
      const value = parseRecord(text.slice(start, end), `${key}[${i}]`);
      checkLists(value, lists, '', `${key}[${i}]`);
      values.push(value);
    }
    parsed.set(key, values);
  }
  // JSON.parse keeps the last of repeated keys: the last list of a key replaces the empty one the skeleton holds for it.
  for (const [key, values] of parsed) if (Array.isArray(top[key]) && (top[key] as unknown[]).length === 0) top[key] = values;
  return top;
}

function parseRecord(text: string, at: string): unknown {
  try {
    return parseJson(text);
  } catch (error) {
    const e = error as Error & { code?: string };
    throw e.code === FORBIDDEN_KEY ? e : refusal('FST_ERR_CTP_INVALID_JSON_BODY', `${at}: ${e.message}`, 400, at);
  }
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MiB`;
}

/** What secure-json-parse says of a body it refuses for its keys (a malformed one gets JSON.parse's own message). */
const POISONED = 'Object contains forbidden prototype property';

/** JSON text, refusing `__proto__` and `constructor.prototype` keys (prototype poisoning), escaped ones too. */
export function parseJson(text: string): unknown {
  try {
    return secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch (error) {
    const message = (error as Error).message;
    throw message === POISONED ? refusal(FORBIDDEN_KEY, message) : error;
  }
}

/** A form as the desk's pages post it: each field's text, or its texts when the name repeats. */
export type FormBody = Record<string, string | string[]>;

export function parseForm(text: string): FormBody {
  const form: FormBody = Object.create(null);
  for (const [name, value] of new URLSearchParams(text)) {
    const seen = form[name];
    form[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return form;
}

/**
 * The lines of an NDJSON text, each parsed with the shape checks and numbered (blank lines are skipped
 * but counted). A line that does not parse is refused with its number; the line past `maxRecords` stops
 * the reading with 413. Used by `POST /imports` and by the import CLI.
 */
export async function readNdjson(text: string, maxRecords: number, lists: ListLimits): Promise<NdjsonLine[]> {
  const lines: NdjsonLine[] = [];
  let start = 0;
  const pacer = new Pacer();
  for (let number = 1; start <= text.length; number += 1) {
    await pacer.breathe();
    const end = text.indexOf('\n', start);
    const row = text.slice(start, end === -1 ? text.length : end);
    start = end === -1 ? text.length + 1 : end + 1;
    if (row.trim() === '') continue;
    // Counted while reading: the line past the limit stops the parse.
    if (lines.length >= maxRecords) {
      throw refusal(TOO_MANY_RECORDS, `An import holds at most ${maxRecords.toLocaleString('en')} records; this one has more`, 413);
    }
    try {
      lines.push({ line: number, value: checkedJson(row, lists, `line ${number}: `) });
    } catch (error) {
      const e = error as Error & { code?: string };
      throw e.code === FORBIDDEN_KEY || e.code === BODY_SHAPE ? e : refusal('FST_ERR_CTP_INVALID_JSON_BODY', `line ${number}: ${e.message}`, 400, `line ${number}`);
    }
  }
  return lines;
}

/**
 * JSON and NDJSON bodies, and the desk's URL-encoded forms, read with a limit that depends on the
 * route (imports take more), and refused with the limit named. Fastify's own parser reports a
 * poisoned body as plain "invalid JSON"; this one tells the two apart, so the client learns which key was refused.
 */
export function useBodyParsers(fastify: FastifyInstance, limits: BodyLimits): void {
  const forForms = (request: FastifyRequest) => {
    const path = pathOf(request.url);
    return path === limits.formPath || path.startsWith(`${limits.formPath}/`);
  };
  const isBulk = (request: FastifyRequest) => limits.bulkPaths.includes(pathOf(request.url));
  const limitFor = (request: FastifyRequest) => (isBulk(request) ? limits.bulk : forForms(request) ? limits.form : limits.default);
  const forBulk = isBulk;
  const unsupported = () => refusal('FST_ERR_CTP_INVALID_MEDIA_TYPE', 'Unsupported media type: the API takes application/json (and /imports application/x-ndjson)', 415);
  const formsOnly = () => refusal(FORMS_ONLY, 'The desk\'s pages take forms (application/x-www-form-urlencoded)', 415);
  /**
   * The body as text, decoded piece by piece as it arrives (no copy of the whole in one go). A JSON body
   * is scanned as it arrives too: past a limit of depth, list length or records, nothing more is kept or
   * scanned.
   */
  const read = (request: FastifyRequest, payload: NodeJS.ReadableStream, scanner: JsonScanner | null = null, maxRecords?: number): Promise<string> =>
    new Promise((resolve, reject) => {
      const limit = limitFor(request);
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > limit) return reject(refusal('FST_ERR_CTP_BODY_TOO_LARGE', `The body is over the limit of ${megabytes(limit)} for ${request.url.split('?')[0]}`, 413));
      const decoder = new StringDecoder('utf8');
      const parts: string[] = [];
      let size = 0;
      // Refused for its shape: the rest of the body (up to the limit) is read only to be dropped, and the
      // answer goes when the client has sent it all, so that the client reads the answer instead of a
      // connection closed while it was still sending.
      let refused: Error | null = null;
      const refuseShape = () => {
        refused = shapeRefusal(scanner!.shape(), limits.lists, '', maxRecords);
        parts.length = 0;
      };
      payload.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) {
          payload.removeAllListeners('data');
          return reject(refused ?? refusal('FST_ERR_CTP_BODY_TOO_LARGE', `The body is over the limit of ${megabytes(limit)} for ${request.url.split('?')[0]}`, 413));
        }
        if (refused) return;
        const text = decoder.write(chunk);
        if (scanner && !scanner.feed(text)) return refuseShape();
        parts.push(text);
      });
      payload.on('end', () => {
        const text = decoder.end();
        if (!refused && scanner && !scanner.feed(text)) refuseShape();
        if (refused) return reject(refused);
        parts.push(text);
        resolve(parts.join(''));
      });
      payload.on('error', reject);
    });

  // Fastify reads text/plain by itself; nothing here takes it, so it is refused like any other type.
  fastify.removeContentTypeParser(['application/json', 'text/plain']);
  fastify.addContentTypeParser('application/json', (request, payload, done) => {
    if (forForms(request)) return done(formsOnly(), undefined);
    const bulk = isBulk(request);
    const scanner = scannerFor(limits.lists, bulk ? limits.bulkRecords : undefined);
    read(request, payload, scanner, limits.bulkRecords).then(async (text) => {
      if (text.length === 0) return done(refusal('FST_ERR_CTP_EMPTY_JSON_BODY', 'The body is empty'), undefined);
      try {
        // A bundle is parsed record by record (the event loop gets a turn between them); other bodies are at most BODY_LIMIT_BYTES.
        const value = bulk ? await parseBulkJson(text, scanner, limits.lists) : parseJson(text);
        if (!bulk) checkLists(value, limits.lists);
        done(null, value);
      } catch (error) {
        const e = error as Error & { code?: string };
        done(e.code === FORBIDDEN_KEY || e.code === BODY_SHAPE || e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? e : refusal('FST_ERR_CTP_INVALID_JSON_BODY', e.message), undefined);
      }
    }, (error: Error) => done(error, undefined));
  });
  fastify.addContentTypeParser('application/x-ndjson', (request, payload, done) => {
    if (forForms(request)) return done(formsOnly(), undefined);
    if (!forBulk(request)) return done(unsupported(), undefined);
    read(request, payload).then((text) => {
      readNdjson(text, limits.bulkRecords, limits.lists).then((lines) => done(null, { ndjson: lines }), (error: Error) => done(error, undefined));
    }, (error: Error) => done(error, undefined));
  });
  // Only the desk's pages post forms; the API keeps to JSON.
  fastify.addContentTypeParser('application/x-www-form-urlencoded', (request, payload, done) => {
    if (!forForms(request)) return done(unsupported(), undefined);
    read(request, payload).then((text) => done(null, parseForm(text)), (error: Error) => done(error, undefined));
  });
}
