import { ROLES } from '../../src/users/user.entity';
import { claimBody, claimGround, create } from '../factories';
import { bearer, startTestApp, TestApp } from '../harness';
import { routeTable } from '../route-table';

describe('abuse', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '400' });
  });
  afterAll(() => t.close());

  it('holds every route to its roles: 401 without a key, 403 for a role it does not allow', async () => {
    const unknownId = '0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a';
    // The desk's pages sign in by cookie: test/desk-access.e2e-spec.ts holds them to their roles.
    for (const route of routeTable(t.app).filter((r) => !r.access?.public && !r.session)) {
      const url = route.path.replace(/:[A-Za-z]+/g, unknownId);
      const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete';
      expect((await t.http()[method](url)).status).toBe(401);
      for (const role of ROLES) {
        const status = (await t.http()[method](url).set(bearer(t.keys[role])).send(method === 'get' || method === 'delete' ? undefined : {})).status;
        if (route.access && !route.access.public && !route.access.roles.includes(role)) expect({ route: route.path, role, status }).toEqual({ route: route.path, role, status: 403 });
      }
    }
  });

  it("does not let one user's key act as another", async () => {
    const { sourceId, eventId } = await claimGround(t);
    const claim = await create(t, '/claims', claimBody(sourceId, { eventId }));
    const users = (await t.http().get('/users').set(bearer(t.adminKey))).body.items;
    const reviewer = users.find((u: any) => u.role === 'reviewer');
    const editor = users.find((u: any) => u.role === 'editor');
    const spoofed = await t.http().post(`/claims/${claim.id}/reviews`).set(bearer(t.keys.reviewer))
      .send({ verdict: 'verified', rationale: 'checked against two sources', version: 1, reviewerId: editor.id }).expect(400);
    expect(spoofed.body.details).toContainEqual({ path: 'reviewerId', message: 'is not a known field' });
    const review = await t.http().post(`/claims/${claim.id}/reviews`).set(bearer(t.keys.reviewer)).send({ verdict: 'verified', rationale: 'checked against two sources', version: 1 }).expect(201);
    expect(review.body.reviewerId).toBe(reviewer.id);
    await t.http().post(`/users/${editor.id}/api-keys`).set(bearer(t.keys.reviewer)).send({}).expect(403);
    await t.http().post(`/users/${reviewer.id}/api-keys`).set(bearer(t.keys.reviewer)).send({}).expect(403);
    const audit = (await t.http().get(`/audit?entity=review&entityId=${review.body.id}`).set(bearer(t.keys.viewer))).body.items;
    expect(audit[0].actorId).toBe(reviewer.id);
  });

  it('answers limits on body size, array sizes and page size with 413 or 400 naming the limit', async () => {
    const { sourceId } = await claimGround(t);
    const body = await t.http().post('/claims').set(bearer(t.keys.editor)).set('content-type', 'application/json').send(JSON.stringify({ sourceId, text: 'x'.repeat(1_200_000) })).expect(413);
    expect(body.body.message).toMatch(/1 MiB/);
    const facets = await t.http().post('/claims').set(bearer(t.keys.editor)).send(claimBody(sourceId, { facets: Array.from({ length: 51 }, () => ({ attribute: 'fatalities', value: 1 })) })).expect(400);
    expect(facets.body.message).toMatch(/at most 50 facets/);
    const aliases = await t.http().post('/sources').set(bearer(t.keys.editor)).send({ name: 'x', kind: 'media', aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) }).expect(400);
    expect(aliases.body.details[0]).toMatchObject({ path: 'aliases', message: expect.stringMatching(/50/) });
    const page = await t.http().get('/claims?limit=201').set(bearer(t.keys.viewer)).expect(400);
    expect(page.body.message).toMatch(/200/);
  });

  it('answers a burst beyond the configured rate with 429, Retry-After and the limit named', async () => {
    const statuses: number[] = [];
    let refused: any = null;
    for (let i = 0; i < 450; i++) {
      const response = await t.http().get('/health').set(bearer(t.keys.viewer));
      const limited = await t.http().get('/attributes').set(bearer(t.keys.viewer));
      statuses.push(limited.status);
      expect(response.status).toBe(200);
      if (limited.status === 429) {
        refused = limited;
        break;
      }
    }
    expect(refused).not.toBeNull();
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.body).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: expect.stringMatching(/400 requests/) });
    // Another key is counted on its own.
    await t.http().get('/attributes').set(bearer(t.keys.editor)).expect(200);
  });
});
