import { Contract } from './contract';

/** The checker the harness runs on every response, shown to refuse what the document does not declare. */
function contract() {
  return new Contract({
    paths: {
      '/claims/{id}': {
        get: {
          responses: {
            200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Claim' } } } },
            404: { content: { 'application/json': { schema: { type: 'object', properties: { code: { type: 'string' } }, required: ['code'] } } } },
          },
        },
        delete: { responses: { 204: {} } },
      },
    },
    components: {
      schemas: {
        Place: { type: 'string', enum: ['exact', 'near'] },
        Claim: {
          type: 'object',
          required: ['id', 'statedAt', 'precision'],
          properties: {
            id: { type: 'string', format: 'uuid' },
            statedAt: { type: 'string', format: 'date-time', nullable: true },
            precision: { type: 'string', nullable: true, allOf: [{ $ref: '#/components/schemas/Place' }] },
          },
        },
      },
    },
  });
}

const ID = '0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a';
const JSON_TYPE = 'application/json; charset=utf-8';
const claim = (fields: object) => JSON.stringify({ id: ID, statedAt: null, precision: null, ...fields });

describe('the response contract', () => {
  it.each([
    ['a declared body', 200, JSON_TYPE, claim({}), null],
    ['nullable fields filled', 200, JSON_TYPE, claim({ statedAt: '2024-09-17T10:00:00Z', precision: 'near' }), null],
    ['a declared empty answer', 204, undefined, null, null],
    ['an undeclared status', 500, JSON_TYPE, '{"code":"INTERNAL_ERROR"}', /status 500 is not declared/],
    ['an undeclared media type', 200, 'text/html', '<p>claim</p>', /text\/html is not declared/],
    ['a field the schema does not name', 200, JSON_TYPE, claim({ secret: 1 }), /additional properties \(secret\)/],
    ['a missing field', 200, JSON_TYPE, JSON.stringify({ id: ID, statedAt: null }), /must have required property 'precision'/],
    ['a wrong format', 200, JSON_TYPE, claim({ id: 'not-a-uuid' }), /\/id must match format "uuid"/],
    ['a value outside its enum', 200, JSON_TYPE, claim({ precision: 'far' }), /\/precision/],
    ['a body where none is declared', 204, JSON_TYPE, '{}', /a body of application\/json where none is declared/],
  ])('%s', (_, status, type, body, problem) => {
    const checker = contract();
    checker.check(status === 204 ? 'DELETE' : 'GET', '/claims/:id', `/claims/${ID}`, status, type, body);
    if (problem) expect(checker.problems).toEqual([expect.stringMatching(problem)]);
    else expect(checker.problems).toEqual([]);
  });

  it('refuses a route the document does not have, and leaves unmatched URLs and the desk alone', () => {
    const checker = contract();
    checker.check('POST', '/claims/:id', `/claims/${ID}`, 201, JSON_TYPE, '{}');
    checker.check('GET', '/desk/claims/:id', `/desk/claims/${ID}`, 200, 'text/html', '<p>page</p>');
    checker.check('GET', undefined, '/nowhere', 404, JSON_TYPE, '{}');
    expect(checker.problems).toEqual([expect.stringMatching(/the route POST \/claims\/:id is not in the document/)]);
  });
});
