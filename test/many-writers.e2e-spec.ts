import { api, ChildServer, startServer } from './child-server';
import { bearer, onPostgres, startTestApp, TestApp } from './harness';
import { contradictionsOf, holdingsOf, loadClaim, loadSources, runVerify, urlOf } from './many-writers';

/**
 * Issue 15: many writers on one event. Several API processes on one database take 300 claims on one
 * event at once; each answer is 201, or 503 with Retry-After and nothing stored; and what is stored
 * (holdings, contradictions with their sides) is what the accepted claims give when they are posted
 * one by one on a fresh database. On PostgreSQL three processes, on SQLite two on one file.
 */
const PROCESSES = onPostgres ? 3 : 2;
const CLAIMS = 300;

async function ground(t: TestApp): Promise<{ sourceIds: string[]; eventId: string }> {
  const sourceIds: string[] = [];
  for (const body of loadSources()) sourceIds.push((await t.http().post('/sources').set(bearer(t.adminKey)).send(body).expect(201)).body.id);
  const event = await t.http().post('/events').set(bearer(t.adminKey))
    .send({ title: 'Attack on the airport and the school', type: 'battles', startsAt: '2024-09-17T05:00:00Z' }).expect(201);
  return { sourceIds, eventId: event.body.id };
}

const getter = (t: TestApp) => async (path: string) => (await t.http().get(path).set(bearer(t.keys.viewer)).expect(200)).body;

describe(`many writers on one event (${PROCESSES} API processes on ${onPostgres ? 'PostgreSQL' : 'one SQLite file'})`, () => {
  let t: TestApp;
  let replay: TestApp;
  const servers: ChildServer[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    const database = t.environment.database;
    const url = database.kind === 'sqlite' ? `sqlite:${database.path}` : database.url;
    for (let i = 0; i < PROCESSES; i++) servers.push(await startServer({ DATABASE_URL: url, CROSSCHECK_ADMIN_TOKEN: '' }));
  }, 240_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await t?.close();
    await replay?.close();
  });

  it(`answers ${CLAIMS} concurrent claims 201 or 503 with Retry-After, and stores exactly what a one-by-one replay of the accepted ones stores`, async () => {
    const { sourceIds, eventId } = await ground(t);
    const bodies = Array.from({ length: CLAIMS }, (_, i) => loadClaim(i, sourceIds, eventId));
    const answers = await Promise.all(bodies.map((body, i) => api(servers[i % PROCESSES].url, t.keys.editor)('POST', '/claims', body)));

    const odd = answers.map((a, i) => ({ i, status: a.status, body: a.body })).filter((a) => a.status !== 201 && a.status !== 503);
    expect(odd).toEqual([]);
    for (const refused of answers.filter((a) => a.status === 503)) {
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(refused.body.code).toBe('SERVICE_UNAVAILABLE');
    }
    const accepted = answers.flatMap((a, i) => (a.status === 201 ? [{ i, id: a.body.id as string }] : []));
    expect(accepted.length).toBeGreaterThan(0);
    // Nothing of a refused claim is stored; every accepted one is, once.
    const stored: Array<{ text: string }> = await t.dataSource.query(`SELECT text FROM claims WHERE "eventId" = '${eventId}'`);
    expect(stored.map((c) => c.text).sort()).toEqual(accepted.map((a) => bodies[a.i].text).sort());

    // The same accepted claims, one by one, in the order of their ids, on a fresh database.
    replay = await startTestApp();
    const again = await ground(replay);
    for (const { i } of [...accepted].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      await replay.http().post('/claims').set(bearer(replay.keys.editor)).send(loadClaim(i, again.sourceIds, again.eventId)).expect(201);
    }
    const holdings = await holdingsOf(t.dataSource, eventId);
    expect(holdings.length).toBeGreaterThan(0);
    expect(holdings).toEqual(await holdingsOf(replay.dataSource, again.eventId));
    const contradictions = await contradictionsOf(getter(t), t.dataSource, eventId);
    expect(contradictions.length).toBeGreaterThan(3);
    expect(contradictions).toEqual(await contradictionsOf(getter(replay), replay.dataSource, again.eventId));

    // The event's revision grew (once per transaction: claims that waited together share one).
    const [{ revision }] = await t.dataSource.query(`SELECT revision FROM events WHERE id = '${eventId}'`);
    expect(Number(revision)).toBeGreaterThan(0);

    // And the verification after the storm: nothing to repair, by the CLI and by the admin route.
    const verified = await runVerify(urlOf(t.environment.database));
    expect(verified.out).toMatch(/event\(s\) verified, 0 differ/);
    expect(verified.code).toBe(0);
    const recomputed = await t.http().post(`/events/${eventId}/recompute`).set(bearer(t.adminKey)).expect(200);
    expect(recomputed.body).toMatchObject({ holdings: { missing: [], extra: [] }, contradictions: [] });
  }, 600_000);
});
