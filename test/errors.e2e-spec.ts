import { claimBody, claimGround, create } from './factories';
import { bearer, startTestApp, TestApp } from './harness';

/** Every refusal has one shape, a status in the 4xx, a message a person understands and the place of the problem. */
function expectRefusal(body: any, status: number, code: string, path?: string | RegExp) {
  expect(body).toEqual({ statusCode: status, code, message: expect.any(String), details: expect.any(Array) });
  expect(body.message.length).toBeGreaterThan(10);
  if (path !== undefined) expect(body.details.map((d: any) => d.path)).toContainEqual(typeof path === 'string' ? path : expect.stringMatching(path));
}

describe('bad input', () => {
  let t: TestApp;
  let sourceId: string;
  let eventId: string;
  const post = (path: string, body: unknown) => t.http().post(path).set(bearer(t.keys.editor)).send(body as object);

  beforeAll(async () => {
    t = await startTestApp();
    ({ sourceId, eventId } = await claimGround(t));
  });
  afterAll(() => t.close());

  afterEach(async () => {
    // Nothing refused is ever stored: only the ground claims' source and event exist besides what tests made on purpose.
    const [{ count }] = await t.dataSource.query('SELECT COUNT(*) AS count FROM claims WHERE text LIKE \'%refused%\'');
    expect(Number(count)).toBe(0);
  });

  it('refuses an unknown field at the top level', async () => {
    const response = await post('/claims', { ...claimBody(sourceId), text: 'refused', admin: true }).expect(400);
    expectRefusal(response.body, 400, 'VALIDATION_FAILED', 'admin');
    expect(response.body.details).toContainEqual({ path: 'admin', message: 'is not a known field' });
  });

  it('refuses an unknown field inside a facet, a quote and a location', async () => {
    const facet = await post('/claims', claimBody(sourceId, { text: 'refused', facets: [{ attribute: 'fatalities', value: 3, weight: 2 } as any] })).expect(400);
    expect(facet.body.details).toContainEqual({ path: 'facets[0].weight', message: 'is not a known field' });
    const quote = await post('/claims', claimBody(sourceId, { text: 'refused', quote: { exact: 'x', color: 'red' } as any })).expect(400);
    expect(quote.body.details).toContainEqual({ path: 'quote.color', message: 'is not a known field' });
    const location = await post('/events', { title: 'x', type: 'battles', location: { name: 'Bamako', altitude: 300 } }).expect(400);
    expect(location.body.details).toContainEqual({ path: 'location.altitude', message: 'is not a known field' });
  });

  it('refuses a wrong type', async () => {
    const response = await post('/claims', { ...claimBody(sourceId), text: 42 }).expect(400);
    expectRefusal(response.body, 400, 'VALIDATION_FAILED', 'text');
    const exclusive = await post('/claims', claimBody(sourceId, { text: 'refused', facets: [{ attribute: 'targets', value: ['a'], exclusive: 'yes' as any }] })).expect(400);
    expectRefusal(exclusive.body, 400, 'VALIDATION_FAILED', 'facets[0].exclusive');
  });

  it('refuses a missing required field', async () => {
    const { sourceId: _left, ...withoutSource } = claimBody(sourceId, { text: 'refused' });
    const response = await post('/claims', withoutSource).expect(400);
    expectRefusal(response.body, 400, 'VALIDATION_FAILED', 'sourceId');
    const facet = await post('/claims', claimBody(sourceId, { text: 'refused', facets: [{ value: 3 } as any] })).expect(400);
    expectRefusal(facet.body, 400, 'VALIDATION_FAILED', 'facets[0].attribute');
  });

  it('refuses a bad enum value and names what it accepts', async () => {
    const response = await post('/sources', { name: 'x', kind: 'blogger' }).expect(400);
    expectRefusal(response.body, 400, 'VALIDATION_FAILED', 'kind');
    expect(response.body.details[0].message).toContain('armed_group');
    const reliability = await post('/sources', { name: 'x', kind: 'media', reliability: 'G' }).expect(400);
    expect(reliability.body.details[0].message).toMatch(/Admiralty grade A, B, C, D, E or F/);
    const polarity = await post('/claims', claimBody(sourceId, { text: 'refused', facets: [{ attribute: 'occurred', polarity: 'maybe' as any }] })).expect(400);
    expectRefusal(polarity.body, 400, 'VALIDATION_FAILED', 'facets[0].polarity');
  });

  it('refuses over-long text', async () => {
    const response = await post('/claims', claimBody(sourceId, { text: 'refused ' + 'x'.repeat(10_000) })).expect(400);
    expectRefusal(response.body, 400, 'VALIDATION_FAILED', 'text');
    expect(response.body.details[0].message).toMatch(/10000/);
  });

  it('refuses too many facets, naming the limit', async () => {
    const facets = Array.from({ length: 51 }, () => ({ attribute: 'fatalities', value: 1 }));
    const response = await post('/claims', claimBody(sourceId, { text: 'refused', facets })).expect(400);
    expectRefusal(response.body, 400, 'VALIDATION_FAILED', 'facets');
    expect(response.body.message).toMatch(/at most 50 facets/);
  });

  it('refuses an unknown attribute, naming the facet', async () => {
    const response = await post('/claims', claimBody(sourceId, { text: 'refused', facets: [{ attribute: 'fatalities', value: 1 }, { attribute: 'vibes', value: 'bad' }] })).expect(400);
    expectRefusal(response.body, 400, 'VALIDATION_FAILED', 'facets[1].attribute');
    expect(response.body.message).toMatch(/unknown attribute "vibes"/);
  });

  it('refuses a facet value of the wrong kind, naming the facet', async () => {
    const cases: Array<[object, string, RegExp]> = [
      [{ attribute: 'fatalities', value: ['many'] }, 'facets[0].value', /is a quantity/],
      [{ attribute: 'targets', value: 'airport' }, 'facets[0].value', /is a set/],
      [{ attribute: 'outcome', value: 'victory' }, 'facets[0].value', /must be one of success/],
      [{ attribute: 'occurred', value: 'yes' }, 'facets[0].value', /true or false/],
      [{ attribute: 'fatalities', value: { min: 300, max: 100 } }, 'facets[0].value', /max must not be below min/],
      [{ attribute: 'outcome', value: 'success', exclusive: true }, 'facets[0].exclusive', /only a set/],
    ];
    for (const [facet, path, message] of cases) {
      const response = await post('/claims', claimBody(sourceId, { text: 'refused', facets: [facet as any] })).expect(400);
      expectRefusal(response.body, 400, 'VALIDATION_FAILED', path);
      expect(response.body.message).toMatch(message);
    }
  });

  it('refuses references to records that do not exist, naming the field', async () => {
    const missing = '0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a';
    const response = await post('/claims', claimBody(sourceId, { text: 'refused', eventId: missing, conveyedById: missing })).expect(400);
    expect(response.body.details).toEqual(expect.arrayContaining([
      { path: 'eventId', message: 'no event with this id' },
      { path: 'conveyedById', message: 'no source with this id' },
    ]));
  });

  it('refuses malformed JSON with 400', async () => {
    const response = await t.http().post('/claims').set(bearer(t.keys.editor)).set('Content-Type', 'application/json').send('{"text": "refused",').expect(400);
    expectRefusal(response.body, 400, 'MALFORMED_JSON', 'body');
  });

  it.each([
    ['application/xml', '<claim/>'],
    ['text/plain', '{"text":"sent as plain text"}'],
    ['text/csv', 'text\nrefused'],
    ['application/x-www-form-urlencoded', 'text=refused'],
    ['application/x-ndjson', '{"text":"NDJSON is for /imports only"}'],
  ])('refuses a %s body with 415', async (type, body) => {
    const response = await t.http().post('/claims').set(bearer(t.keys.editor)).set('Content-Type', type).send(body).expect(415);
    expectRefusal(response.body, 400 + 15, 'UNSUPPORTED_MEDIA_TYPE', 'content-type');
  });

  it('refuses a body over the limit with 413, naming the limit', async () => {
    const response = await post('/claims', claimBody(sourceId, { text: 'refused', originalText: 'x'.repeat(1_100_000) })).expect(413);
    expectRefusal(response.body, 413, 'PAYLOAD_TOO_LARGE', 'body');
  });

  it('answers 404 for an unknown id and for an unknown route, in the same shape', async () => {
    const unknown = await t.http().get('/claims/0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a').set(bearer(t.keys.viewer)).expect(404);
    expectRefusal(unknown.body, 404, 'NOT_FOUND', 'id');
    const malformed = await t.http().get('/claims/not-an-id').set(bearer(t.keys.viewer)).expect(400);
    expectRefusal(malformed.body, 400, 'VALIDATION_FAILED', 'id');
    const route = await t.http().get('/nowhere').set(bearer(t.keys.viewer)).expect(404);
    expectRefusal(route.body, 404, 'ROUTE_NOT_FOUND', 'url');
    await t.http().get(`/events/0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a/claims`).set(bearer(t.keys.viewer)).expect(404);
  });

  it('refuses __proto__ and constructor.prototype keys and leaves Object.prototype alone', async () => {
    for (const raw of [
      `{"sourceId":"${sourceId}","text":"refused","__proto__":{"polluted":true}}`,
      `{"sourceId":"${sourceId}","text":"refused","facets":[{"attribute":"fatalities","value":1,"__proto__":{"polluted":true}}]}`,
      `{"sourceId":"${sourceId}","text":"refused","constructor":{"prototype":{"polluted":true}}}`,
    ]) {
      const response = await t.http().post('/claims').set(bearer(t.keys.editor)).set('Content-Type', 'application/json').send(raw).expect(400);
      expectRefusal(response.body, 400, 'VALIDATION_FAILED', 'body');
    }
    expect(({} as any).polluted).toBeUndefined();
  });

  it('refuses a page size over the maximum, naming the limit', async () => {
    const response = await t.http().get('/claims?limit=1000').set(bearer(t.keys.viewer)).expect(400);
    expectRefusal(response.body, 400, 'VALIDATION_FAILED', 'limit');
    expect(response.body.message).toMatch(/200/);
    const cursor = await t.http().get('/claims?cursor=abc').set(bearer(t.keys.viewer)).expect(400);
    expectRefusal(cursor.body, 400, 'VALIDATION_FAILED', 'cursor');
    const unknownFilter = await t.http().get('/claims?colour=red').set(bearer(t.keys.viewer)).expect(400);
    expectRefusal(unknownFilter.body, 400, 'VALIDATION_FAILED', 'colour');
  });

  it('refuses a quote whose offsets do not select it', async () => {
    const document = await create(t, '/documents', { title: 'Wire', text: 'The situation is under control.' });
    const response = await post('/claims', claimBody(sourceId, { text: 'refused', documentId: document.id, quote: { exact: 'situation', start: 0, end: 9 } })).expect(400);
    expectRefusal(response.body, 400, 'VALIDATION_FAILED', 'quote.start');
  });

  it('refuses a stale or malformed If-Match', async () => {
    const claim = await create(t, '/claims', claimBody(sourceId, { eventId }));
    const malformed = await t.http().patch(`/claims/${claim.id}`).set(bearer(t.keys.editor)).set('If-Match', 'yesterday').send({ text: 'new' }).expect(400);
    expectRefusal(malformed.body, 400, 'VALIDATION_FAILED', 'if-match');
  });
});
