import { OpenAPIObject } from '@nestjs/swagger';
import { polishDocument } from './openapi';

const ok = { 200: { description: 'ok' } };

function sample(): OpenAPIObject {
  return {
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      '/health': { get: { responses: { ...ok } } },
      '/claims': { post: { security: [{ bearer: [] }], responses: { 201: { description: 'made' }, 413: { description: 'kept as declared' } } } },
      '/imports': { post: { security: [{ bearer: [] }], responses: { ...ok }, requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Bundle' } }, 'application/x-ndjson': { schema: { $ref: '#/components/schemas/Bundle' } } } } } },
    },
    components: {
      schemas: {
        Precision: { type: 'string', enum: ['exact', 'near'] },
        Event: { type: 'object', properties: { precision: { nullable: true, allOf: [{ $ref: '#/components/schemas/Precision' }] } } },
      },
    },
  };
}

describe('polishDocument', () => {
  const document = polishDocument(sample());

  it('marks routes without a security requirement as open to anyone, and keeps the others', () => {
    expect(document.paths['/health'].get!.security).toEqual([]);
    expect(document.paths['/claims'].post!.security).toEqual([{ bearer: [] }]);
  });

  it('declares 413 and 415 on every write, keeping a declaration already made', () => {
    expect(Object.keys(document.paths['/claims'].post!.responses)).toEqual(expect.arrayContaining(['201', '413', '415']));
    expect(document.paths['/claims'].post!.responses[413]).toEqual({ description: 'kept as declared' });
    expect(document.paths['/health'].get!.responses[415]).toBeUndefined();
  });

  it('gives a nullable reference the type of what it refers to', () => {
    expect((document.components!.schemas!.Event as any).properties.precision).toEqual({ nullable: true, type: 'string', allOf: [{ $ref: '#/components/schemas/Precision' }] });
  });

  it('declares the NDJSON body of /imports as text, the JSON body as the bundle', () => {
    const content = (document.paths['/imports'].post!.requestBody as any).content;
    expect(content['application/x-ndjson'].schema.type).toBe('string');
    expect(content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Bundle' });
  });
});
