import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Every response the e2e suite sees, checked against the OpenAPI document the server serves: the route
 * and status must be declared, the content type must be one the response declares, and a JSON body must
 * match its schema, with no field the schema does not name. A problem is kept, not thrown, so that the
 * test that caused it still runs to the end; the harness fails the file when it closes.
 */

type Json = Record<string, unknown>;
type Schema = Json;

interface OpenApi {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>>;
  components?: { schemas?: Record<string, Schema> };
}

/** Routes the document leaves out on purpose: the desk's pages and the document itself. */
const UNDOCUMENTED = ['/desk', '/docs'];

const DOC_ID = 'openapi';

/** OpenAPI 3.0 schema to JSON Schema: `nullable` becomes a null type, refs point into the document, objects are closed. */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === '$ref' && typeof value === 'string') out.$ref = value.replace(/^#/, `${DOC_ID}#`);
    else if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(Object.entries(value as Json).map(([name, property]) => [name, toJsonSchema(property)]));
    } else if (key !== 'nullable' && key !== 'example') out[key] = toJsonSchema(value);
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  if ((node as Json).nullable !== true) return out;
  const composed = out.allOf || out.oneOf || out.anyOf || out.$ref;
  if (composed) {
    delete out.type;
    return { anyOf: [out, { type: 'null' }] };
  }
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

/** `/claims/{id}` for Fastify's `/claims/:id`. */
export const openApiPath = (route: string) => route.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

export class Contract {
  readonly problems: string[] = [];
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApi) {
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: DOC_ID, components: { schemas: toJsonSchema(document.components?.schemas ?? {}) } });
  }

  /** Checks one response; `route` is the route's pattern (`/claims/:id`), undefined when no route matched. */
  check(method: string, route: string | undefined, url: string, status: number, contentType: string | undefined, body: string | null): void {
    if (!route || UNDOCUMENTED.some((prefix) => route === prefix || route.startsWith(`${prefix}/`) || route.startsWith(`${prefix}-`))) return;
    const where = `${method} ${url} -> ${status}`;
    const operation = this.document.paths[openApiPath(route)]?.[method.toLowerCase()];
    if (!operation) return void this.problems.push(`${where}: the route ${method} ${route} is not in the document`);
    const declared = operation.responses?.[String(status)] ?? operation.responses?.default;
    if (!declared) return void this.problems.push(`${where}: status ${status} is not declared (declared: ${Object.keys(operation.responses ?? {}).join(', ')})`);
    const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!declared.content) {
      if (body) this.problems.push(`${where}: a body of ${mediaType || 'no type'} where none is declared`);
      return;
    }
    const media = declared.content[mediaType];
    if (!media) return void this.problems.push(`${where}: ${mediaType || 'no content type'} is not declared (declared: ${Object.keys(declared.content).join(', ')})`);
    if (!media.schema || body === null || !/json$/.test(mediaType)) return;
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return void this.problems.push(`${where}: the body is not JSON`);
    }
    const validate = this.validator(`${method} ${route} ${status} ${mediaType}`, media.schema);
    if (!validate(value)) {
      const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
      this.problems.push(`${where}: the body does not match the schema: ${errors.join('; ')}`);
    }
  }

  private validator(key: string, schema: Schema): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema) as Schema);
      this.validators.set(key, validate);
    }
    return validate;
  }
}
