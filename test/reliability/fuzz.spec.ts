import fc from 'fast-check';
import { loadBamakoCase } from '../../src/demo/load-demo';
import { bearer, deskSession, startTestApp, TestApp } from '../harness';
import { Route, routeTable } from '../route-table';

/** Deeply nested objects, huge arrays, wrong types, and the keys that poison prototypes. */
const hostileJson = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.object({ maxDepth: 3, values: [fc.string(), fc.integer(), fc.boolean(), fc.constant(null)] }).map((v) => JSON.stringify(v)),
  fc.nat(2000).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  fc.nat(5000).map((n) => JSON.stringify({ facets: Array.from({ length: n }, () => ({ attribute: 'fatalities', value: 1 })), text: 'x', sourceId: 'x' })),
  fc.nat(3000).map((n) => JSON.stringify({ candidates: Array.from({ length: n }, () => ({ text: 'x' })) })),
  fc.jsonValue({ maxDepth: 2 }).map((v) => `{"__proto__": {"polluted": ${JSON.stringify(v)}}, "text": "x"}`),
  fc.jsonValue({ maxDepth: 2 }).map((v) => `{"constructor": {"prototype": {"polluted": ${JSON.stringify(v)}}}}`),
  fc.jsonValue({ maxDepth: 2 }).map((v) => `{"facets": [{"attribute": "outcome", "__proto__": ${JSON.stringify(v)}}]}`),
  fc.record({
    sourceId: fc.oneof(fc.uuid(), fc.string(), fc.integer()), text: fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constant(null)),
    facets: fc.array(fc.record({ attribute: fc.constantFrom('fatalities', 'outcome', 'targets', 'nope', ''), value: fc.jsonValue({ maxDepth: 2 }) }), { maxLength: 5 }),
    verdict: fc.constantFrom('verified', 'nonsense', ''), rationale: fc.string(), version: fc.oneof(fc.integer(), fc.string()),
    status: fc.constantFrom('open', 'dismissed', 'weird'), name: fc.string(), kind: fc.string(), role: fc.constantFrom('admin', 'viewer', 'god'),
  }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
);

/**
 * What a generated body may get: taken (200, 201), refused as invalid (400, 422), not found (404),
 * in conflict (409), too large (413), or of a type the route does not take (415). Never a 5xx, never
 * a status nobody documented.
 */
const API_ANSWERS = [200, 201, 400, 404, 409, 413, 415, 422];
/** The desk answers a form with a redirect after a post (303), a refused key at sign-in (401), a refused token or role (403), or a page naming the problem. */
const DESK_ANSWERS = [303, 400, 401, 403, 404, 409, 413, 415, 422];
/** Desk posts that only read: they answer a page (200), as a search does, and store nothing. */
const READING_POSTS = new Set(['/desk/claims/which-event']);
/** A bound on each run of generated requests, not a measure: on a loaded 2-core machine 1,200 requests outlast Jest's default minute. */
const RUN_BOUND_MS = 300_000;

describe('fuzz: generated bodies against every POST and PATCH route', () => {
  let t: TestApp;
  let routes: Route[];
  const ids: Record<string, string> = {};
  const deskIds: Record<string, string> = {};
  const demoIds: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const demo = await loadBamakoCase(t.app, t.admin);
    const contradictions = (await t.http().get(`/events/${demo.event.id}/contradictions`).set(bearer(t.adminKey))).body.items;
    const users = (await t.http().get('/users').set(bearer(t.adminKey))).body.items;
    Object.assign(ids, {
      '/sources/:id': demo.sources.afp.id, '/events/:id': demo.event.id, '/claims/:id': demo.claims[3].id, '/documents/:id': demo.documentId,
      '/contradictions/:id': contradictions[0].id, '/users/:id': users[0].id,
    });
    routes = routeTable(t.app).filter((r) => (r.method === 'POST' || r.method === 'PATCH') && !r.session);
    Object.assign(deskIds, {
      '/desk/claims/:id/reviews': demo.claims[2].id, '/desk/contradictions/:id/triage': contradictions[0].id,
      '/desk/events/:id/claims': demo.event.id, '/desk/events/:id/extract': demo.event.id, '/desk/documents/:id/accept': demo.documentId,
    });
    demoIds.push(demo.event.id, demo.documentId, demo.sources.afp.id, demo.claims[0].id);
  });
  afterAll(() => t.close());

  it('never answers 5xx, stores nothing from a refused request, and leaves Object.prototype alone', async () => {
    const audit = async () => Number((await t.dataSource.query('SELECT COUNT(*) AS count FROM audit_entries'))[0].count);
    let sent = 0;
    const statuses = new Map<number, number>();
    await fc.assert(fc.asyncProperty(fc.constantFrom(...routes), hostileJson, async (route, body) => {
      const base = route.path.replace(/\/(claims|documents)\/:id\/.*$/, '/$1/:id');
      const url = route.path.replace(':id', ids[base] ?? ids[route.path.split('/').slice(0, 3).join('/')] ?? '0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a');
      const before = await audit();
      const method = route.method.toLowerCase() as 'post' | 'patch';
      const response = await t.http()[method](url).set(bearer(t.adminKey)).set('content-type', 'application/json').send(body);
      sent += 1;
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      // Anything but an answer a client can act on fails, naming the route and the body that got it.
      const unexpected = API_ANSWERS.includes(response.status) ? null : { route: `${route.method} ${route.path}`, status: response.status, body: body.slice(0, 200) };
      expect(unexpected).toBeNull();
      if (response.status >= 400) {
        expect(await audit()).toBe(before);
        expect(response.body).toEqual(expect.objectContaining({ statusCode: response.status, code: expect.any(String), message: expect.any(String), details: expect.any(Array) }));
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    }), { numRuns: 1200 });
    process.stdout.write(`fuzz: ${sent} requests over ${routes.length} routes; statuses ${JSON.stringify(Object.fromEntries(statuses))}\n`);
    expect(sent).toBeGreaterThanOrEqual(1000);
  }, RUN_BOUND_MS);

  it('never answers 5xx to a generated form on any desk page, and answers every refusal with a page', async () => {
    const { cookie, token } = await deskSession(t, t.adminKey);
    const deskRoutes = routeTable(t.app).filter((r) => r.session && r.method === 'POST');
    const name = fc.constantFrom(
      'verdict', 'rationale', 'version', 'evidence', 'credibility', 'credibilityReason', 'status', 'note', 'sourceId', 'conveyedById', 'text',
      'quote', 'statedAt', 'facets', 'title', 'url', 'publisherId', 'eventId', 'accept', 'next', 'key', '_csrf', '__proto__',
      'c0.text', 'c0.quote', 'c0.quoteStart', 'c0.quoteEnd', 'c0.sourceId', 'c0.facets', 'c0.suggestedName', 'c0.suggestedKind', 'c1.text', 'c199.text',
    );
    const value = fc.oneof(
      fc.string({ maxLength: 40 }), fc.uuid(), fc.constantFrom(...demoIds),
      fc.constantFrom('', '0', '-1', '1e400', 'NaN', '9007199254740993', 'new', 'verified', 'dismissed', 'other', 'outcome: not', 'targets: only ,,,',
        'fatalities (x): 1-', 'outcome: success\nweather: x', 'https://example.org', 'javascript:alert(1)', '//evil.example'),
    );
    const form = fc.array(fc.tuple(name, value), { maxLength: 14 });
    const statuses = new Map<number, number>();
    await fc.assert(fc.asyncProperty(fc.constantFrom(...deskRoutes), form, fc.boolean(), async (route, pairs, withToken) => {
      const body = new URLSearchParams(pairs);
      if (withToken) body.append('_csrf', token);
      const url = route.path.replace(':id', deskIds[route.path] ?? '0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a');
      const response = await t.http().post(url).set('Cookie', cookie).type('form').send(body.toString());
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const allowed = DESK_ANSWERS.includes(response.status) || (response.status === 200 && READING_POSTS.has(route.path));
      const unexpected = allowed ? null : { route: route.path, status: response.status, body: body.toString().slice(0, 300) };
      expect(unexpected).toBeNull();
      if (response.status !== 303) expect(response.type).toBe('text/html');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }), { numRuns: 600 });
    process.stdout.write(`desk fuzz: 600 forms over ${deskRoutes.length} routes; statuses ${JSON.stringify(Object.fromEntries(statuses))}\n`);
  }, RUN_BOUND_MS);
});
