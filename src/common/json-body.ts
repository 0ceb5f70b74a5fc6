import { FastifyInstance, FastifyRequest } from 'fastify';
import secureJson from 'secure-json-parse';

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
  /** Routes whose path starts with one of these take up to `bulk` bytes. */
  bulkPaths: string[];
  bulk: number;
  /** Routes under this path take URL-encoded forms (the desk's pages), and only forms, up to `form` bytes. */
  formPath: string;
  form: number;
}

/** The code of a JSON body sent to a page that takes forms. */
export const FORMS_ONLY = 'CROSSCHECK_FORMS_ONLY';

function refusal(code: string, message: string, statusCode = 400): Error {
  return Object.assign(new Error(message), { statusCode, code });
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
 * JSON and NDJSON bodies, and the desk's URL-encoded forms, read with a limit that depends on the
 * route (imports take more), and refused with the limit named. Fastify's own parser reports a
 * poisoned body as plain "invalid JSON"; this one tells the two apart, so the client learns which key was refused.
 */
export function useBodyParsers(fastify: FastifyInstance, limits: BodyLimits): void {
  const forForms = (request: FastifyRequest) => request.url.startsWith(limits.formPath);
  const forBulk = (request: FastifyRequest) => limits.bulkPaths.some((path) => request.url.startsWith(path));
  const limitFor = (request: FastifyRequest) => (forBulk(request) ? limits.bulk : forForms(request) ? limits.form : limits.default);
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
        done(null, parseJson(text));
      } catch (error) {
        const e = error as Error & { code?: string };
        done(e.code === FORBIDDEN_KEY ? e : refusal('FST_ERR_CTP_INVALID_JSON_BODY', e.message), undefined);
      }
    }, (error: Error) => done(error, undefined));
  });
  fastify.addContentTypeParser('application/x-ndjson', (request, payload, done) => {
    if (forForms(request)) return done(formsOnly(), undefined);
    if (!forBulk(request)) return done(unsupported(), undefined);
    read(request, payload).then((text) => {
      const lines: NdjsonLine[] = [];
      const rows = text.split('\n');
      for (const [index, row] of rows.entries()) {
        if (row.trim() === '') continue;
        try {
          lines.push({ line: index + 1, value: parseJson(row) });
        } catch (error) {
          const e = error as Error & { code?: string };
          return done(e.code === FORBIDDEN_KEY ? e : refusal('FST_ERR_CTP_INVALID_JSON_BODY', `line ${index + 1}: ${e.message}`), undefined);
        }
      }
      done(null, { ndjson: lines });
    }, (error: Error) => done(error, undefined));
  });
  // Only the desk's pages post forms; the API keeps to JSON.
  fastify.addContentTypeParser('application/x-www-form-urlencoded', (request, payload, done) => {
    if (!forForms(request)) return done(unsupported(), undefined);
    read(request, payload).then((text) => done(null, parseForm(text)), (error: Error) => done(error, undefined));
  });
}
