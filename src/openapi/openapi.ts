import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { REFUSALS } from '../common/api-responses';
import { Environment } from '../config/environment';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * OpenAPI 3.0 wants a `type` beside `nullable`; Nest writes a nullable enum reference as
 * `{ nullable, allOf: [{ $ref }] }` without one, so it gets the type of the schema it refers to.
 */
function typeNullableReferences(document: OpenAPIObject): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, { type?: string }>;
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const schema = node as { nullable?: boolean; type?: string; allOf?: Array<{ $ref?: string }> };
    const ref = schema.allOf?.length === 1 ? schema.allOf[0].$ref : undefined;
    if (schema.nullable && !schema.type && ref) {
      const type = schemas[ref.split('/').pop()!]?.type;
      if (type) schema.type = type;
    }
    Object.values(node).forEach(visit);
  };
  visit(document);
}

/**
 * What the decorators cannot say, added to the document Nest builds: routes open to anyone carry an
 * explicit `security: []`, and `/imports` takes NDJSON as text, one record a line.
 */
export function polishDocument(document: OpenAPIObject): OpenAPIObject {
  typeNullableReferences(document);
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = path[method];
      if (!operation) continue;
      if (!operation.security) operation.security = [];
      // Any POST, PUT or PATCH can be sent a body, even one that reads none: too large, or of a type nobody takes.
      if (method === 'post' || method === 'put' || method === 'patch') {
        for (const status of [408, 413, 415] as const) {
          operation.responses[status] ??= { description: REFUSALS[status], content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponseDto' } } } };
        }
      }
    }
  }
  const imports = document.paths['/imports']?.post?.requestBody;
  if (imports && 'content' in imports && imports.content['application/x-ndjson']) {
    imports.content['application/x-ndjson'] = {
      schema: { type: 'string', description: 'One JSON record a line, each with "record": source, document, event or claim, and the fields of that record' },
    };
  }
  return document;
}

/** The OpenAPI document of the API, as served at /docs-json. */
export function openApiDocument(app: INestApplication, environment: Environment): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Crosscheck')
    .setDescription('Source-claim verification: who claims what about an event, where the claims contradict or corroborate each other, and what reviewers decided.')
    .setVersion('0.1.0')
    .setLicense('UNLICENSED', `${environment.publicBaseUrl}/docs`)
    .addServer(environment.publicBaseUrl, 'This server (PUBLIC_BASE_URL)')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'opaque',
      description: 'An opaque API key, issued by POST /users/{id}/api-keys and shown once: `Authorization: Bearer <key>`. It is not a JWT and carries no claims.',
    })
    .build();
  return polishDocument(SwaggerModule.createDocument(app, config));
}
