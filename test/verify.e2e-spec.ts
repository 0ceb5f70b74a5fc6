import { bearer, startTestApp, TestApp } from './harness';
import { loadClaim, loadSources, runVerify, urlOf } from './many-writers';

/** `npm run verify` and `POST /events/:id/recompute`: stored holdings and contradictions against a recomputation from the facets. */
describe('verify and repair', () => {
  let t: TestApp;
  let eventId: string;
  let url: string;
  beforeAll(async () => {
    t = await startTestApp();
    url = urlOf(t.environment.database);
    const sourceIds: string[] = [];
    for (const body of loadSources()) sourceIds.push((await t.http().post('/sources').set(bearer(t.adminKey)).send(body).expect(201)).body.id);
    eventId = (await t.http().post('/events').set(bearer(t.adminKey)).send({ title: 'Verified event', type: 'battles' }).expect(201)).body.id;
    for (let i = 0; i < 40; i++) await t.http().post('/claims').set(bearer(t.keys.editor)).send(loadClaim(i, sourceIds, eventId)).expect(201);
  }, 120_000);
  afterAll(() => t.close());

  const corrupt = async () => {
    const [holding] = await t.dataSource.query(`SELECT id FROM facet_holdings WHERE "eventId" = '${eventId}' ORDER BY id LIMIT 1`);
    await t.dataSource.query(`DELETE FROM facet_holdings WHERE id = '${holding.id}'`);
    const [contradiction] = await t.dataSource.query(`SELECT id, attribute FROM contradictions WHERE "eventId" = '${eventId}' ORDER BY id LIMIT 1`);
    await t.dataSource.query(`DELETE FROM contradictions WHERE id = '${contradiction.id}'`);
    return contradiction.attribute as string;
  };
  const counts = async () => {
    const [h] = await t.dataSource.query(`SELECT COUNT(*) AS n FROM facet_holdings WHERE "eventId" = '${eventId}'`);
    const [c] = await t.dataSource.query(`SELECT COUNT(*) AS n FROM contradictions WHERE "eventId" = '${eventId}'`);
    return { holdings: Number(h.n), contradictions: Number(c.n) };
  };

  it('finds nothing to repair in what incremental detection stored', async () => {
    const { code, out } = await runVerify(url);
    expect(out).toMatch(/event\(s\) verified, 0 differ/);
    expect(code).toBe(0);
  });

  it('prints a lost holding and a lost contradiction, changes nothing, and exits 1; --repair restores them', async () => {
    const healthy = await counts();
    const attribute = await corrupt();
    const { code, out } = await runVerify(url);
    expect(code).toBe(1);
    expect(out).toContain(`event ${eventId}: differs`);
    expect(out).toMatch(/holding missing: /);
    expect(out).toMatch(new RegExp(`contradiction missing: \\S+ ${attribute} `));
    expect(await counts()).toEqual({ holdings: healthy.holdings - 1, contradictions: healthy.contradictions - 1 });

    const repaired = await runVerify(url, '--repair');
    expect(repaired.code).toBe(0);
    expect(repaired.out).toContain(`event ${eventId}: repaired`);
    expect(await counts()).toEqual(healthy);
    expect((await runVerify(url)).code).toBe(0);
  });

  it('POST /events/:id/recompute: admins only, answers what differed, repairs it with an audit entry', async () => {
    await t.http().post(`/events/${eventId}/recompute`).set(bearer(t.keys.editor)).expect(403);
    await t.http().post('/events/0190a0a0-0000-7000-8000-000000000000/recompute').set(bearer(t.adminKey)).expect(404);
    const clean = await t.http().post(`/events/${eventId}/recompute`).set(bearer(t.adminKey)).expect(200);
    expect(clean.body).toMatchObject({ eventId, holdings: { missing: [], extra: [] }, contradictions: [] });

    const healthy = await counts();
    const attribute = await corrupt();
    const repaired = await t.http().post(`/events/${eventId}/recompute`).set(bearer(t.adminKey)).expect(200);
    expect(repaired.body.holdings.missing).toHaveLength(1);
    expect(repaired.body.contradictions).toEqual([expect.objectContaining({ change: 'created', attribute })]);
    expect(await counts()).toEqual(healthy);
    const audit = await t.http().get(`/audit?entity=event&entityId=${eventId}`).set(bearer(t.adminKey)).expect(200);
    expect(audit.body.items.at(-1)).toMatchObject({ action: 'update', before: { holdingsMissing: 1, contradictionsChanged: 1 } });
  });
});
