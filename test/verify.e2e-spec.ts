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

  it('finds nothing to repair after claims added together and one by one, with and without statement times, edited and deleted between', async () => {
    const source = async (name: string, stake: string) => (await t.http().post('/sources').set(bearer(t.adminKey)).send({ name, kind: 'media', stake }).expect(201)).body.id as string;
    const speakers = [await source('Side A', 'party_to_conflict'), await source('Side B', 'party_to_conflict'), await source('Wire one', 'independent'), await source('Wire two', 'independent')];
    const event = (await t.http().post('/events').set(bearer(t.adminKey)).send({ title: 'Written in batches', type: 'battles' }).expect(201)).body.id as string;
    // Outcome is a state of affairs (statement times count); "several" and "between 3 and 9" read as one range.
    const claim = (i: number) => ({
      sourceId: speakers[(i * 3) % 4], eventId: event, text: `batch claim ${i}`,
      ...(i % 5 !== 3 && { statedAt: `2024-09-17T0${i % 7}:00:00Z` }),
      facets: [
        { attribute: 'outcome', value: ['ongoing', 'repelled', 'success'][i % 3] },
        { attribute: 'fatalities', value: ['several', 'between 3 and 9', 40, 'about 20'][i % 4] },
        { attribute: 'targets', value: [['airport'], ['school'], ['airport', 'school']][i % 3], ...(i % 5 === 0 && { timeScope: { from: '2024-09-17T05:00:00Z' } }) },
      ],
    });
    const post = (i: number) => t.http().post('/claims').set(bearer(t.keys.editor)).send(claim(i)).expect(201);
    const together = await Promise.all(Array.from({ length: 12 }, (_, i) => post(i)));
    await t.http().patch(`/claims/${together[2].body.id}`).set(bearer(t.keys.editor)).send({ statedAt: '2024-09-18T00:00:00Z' }).expect(200);
    for (let i = 12; i < 20; i++) await post(i);
    await t.http().delete(`/claims/${together[5].body.id}`).set(bearer(t.keys.editor)).expect(204);
    await Promise.all(Array.from({ length: 6 }, (_, i) => post(20 + i)));
    for (let i = 26; i < 30; i++) await post(i);

    const check = await t.http().post(`/events/${event}/recompute`).set(bearer(t.adminKey)).expect(200);
    expect(check.body).toMatchObject({ eventId: event, holdings: { missing: [], extra: [] }, contradictions: [] });
    const [stored] = await t.dataSource.query(`SELECT COUNT(*) AS n FROM contradictions WHERE "eventId" = '${event}'`);
    expect(Number(stored.n)).toBeGreaterThan(0);
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
