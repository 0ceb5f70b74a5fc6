import { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';

/** The code of a body refused for a `__proto__` or `constructor.prototype` key (prototype poisoning). */
export const FORBIDDEN_KEY = 'CROSSCHECK_FORBIDDEN_KEY';

function refusal(code: string, message: string): Error {
  return Object.assign(new Error(message), { statusCode: 400, code });
}

/**
 * Fastify's own JSON parser reports a poisoned body as plain "invalid JSON"; this one tells the two
 * apart, so the client learns which key was refused. The scan is secure-json-parse's, as in Fastify,
 * and runs only when such a key appears in the text at all.
 */
export function useJsonParser(fastify: FastifyInstance, bodyLimit: number): void {
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (_request, raw, done) => {
    const text = raw as string;
    if (text.length === 0) return done(refusal('FST_ERR_CTP_EMPTY_JSON_BODY', 'The body is empty'), undefined);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return done(refusal('FST_ERR_CTP_INVALID_JSON_BODY', (error as Error).message), undefined);
    }
    if (/"(?:__proto__|constructor)"/.test(text)) {
      try {
        secureJson.scan(parsed as object, { protoAction: 'error', constructorAction: 'error' });
      } catch (error) {
        return done(refusal(FORBIDDEN_KEY, (error as Error).message), undefined);
      }
    }
    done(null, parsed);
  });
}
