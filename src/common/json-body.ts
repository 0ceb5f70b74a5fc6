import { FastifyInstance, FastifyRequest } from 'fastify';
import secureJson from 'secure-json-parse';
import { ListLimits, MAX_JSON_DEPTH, overlongList, scanJson } from './json-shape';
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

/** The shape checks of one JSON text, before and after parsing; `where` prefixes messages (`line 7: `). */
function checkedJson(text: string, lists: ListLimits, where = ''): unknown {
  // Lists longer than any limit are refused while scanning, before parsing makes an object of each element.
  const longest = Math.max(lists.any, ...Object.values(lists.named));
  const shape = scanJson(text, MAX_JSON_DEPTH, longest, lists.deeper);
  if (shape.tooDeepAt !== null) {
    throw refusal(BODY_SHAPE, `${where}the body nests objects and lists deeper than ${MAX_JSON_DEPTH} levels (at character ${shape.tooDeepAt + 1})`);
  }
  if (shape.tooLongAt !== null) {
    throw refusal(BODY_SHAPE, `${where}the body holds a list longer than is taken (at character ${shape.tooLongAt + 1}): at most ${longest.toLocaleString('en')} records, ${lists.deeper.toLocaleString('en')} items in a record's lists`);
  }
  const value = parseJson(text);
  const long = overlongList(value, lists);
  if (long) throw refusal(BODY_SHAPE, `${where}${long.path} holds ${long.length} items; at most ${long.limit} ${long.name} are taken`, 400, `${where}${long.path}`);
  return value;
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
  const tooMany = (count: string) =>
    refusal(TOO_MANY_RECORDS, `An import holds at most ${limits.bulkRecords.toLocaleString('en')} records; this one has ${count}`, 413);
  const forBulk = isBulk;
  const unsupported = () => refusal('FST_ERR_CTP_INVALID_MEDIA_TYPE', 'Unsupported media type: the API takes application/json (and /imports application/x-ndjson)', 415);
  const formsOnly = () => refusal(FORMS_ONLY, 'The desk\'s pages take forms (application/x-www-form-urlencoded)', 415);
  const read = (request: FastifyRequest, payload: NodeJS.ReadableStream): Promise<string> =>
    new Promise((resolve, reject) => {
      const limit = limitFor(request);
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > limit) return reject(refusal('FST_ERR_CTP_BODY_TOO_LARGE', `The body is over the limit of ${megabytes(limit)} for ${request.url.split('?')[0]}`, 413));
      const chunks: Buffer[] = [];
      let size = 0;
      payload.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) {
          payload.removeAllListeners('data');
          reject(refusal('FST_ERR_CTP_BODY_TOO_LARGE', `The body is over the limit of ${megabytes(limit)} for ${request.url.split('?')[0]}`, 413));
          return;
        }
        chunks.push(chunk);
      });
      payload.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      payload.on('error', reject);
    });

  // Fastify reads text/plain by itself; nothing here takes it, so it is refused like any other type.
  fastify.removeContentTypeParser(['application/json', 'text/plain']);
  fastify.addContentTypeParser('application/json', (request, payload, done) => {
    if (forForms(request)) return done(formsOnly(), undefined);
    read(request, payload).then((text) => {
      if (text.length === 0) return done(refusal('FST_ERR_CTP_EMPTY_JSON_BODY', 'The body is empty'), undefined);
      try {
        if (isBulk(request)) {
          const records = scanJson(text).topListElements;
          if (records > limits.bulkRecords) return done(tooMany(records.toLocaleString('en')), undefined);
        }
        done(null, checkedJson(text, limits.lists));
      } catch (error) {
        const e = error as Error & { code?: string };
        done(e.code === FORBIDDEN_KEY || e.code === BODY_SHAPE ? e : refusal('FST_ERR_CTP_INVALID_JSON_BODY', e.message), undefined);
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
