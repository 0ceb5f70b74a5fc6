import { claimBody, claimGround } from './factories';
import { onPostgres, startTestApp, TestApp } from './harness';
import { TestLogger } from './test-logger';

/** Installs a database trigger that aborts any facet insert whose subject is `fail-halfway`: a real failure mid-transaction. */
/**
 * A row the database refuses (an integrity rule, as SQLite's trigger abort is): only such a failure
 * sends a batch of claims again one by one, so that only the claim at fault fails (see writeAndLock).
 */
async function injectFailure(t: TestApp): Promise<void> {
  if (onPostgres) {
    await t.dataSource.query(`CREATE FUNCTION fail_halfway() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'injected failure' USING ERRCODE = 'check_violation'; END; $$ LANGUAGE plpgsql`);
    await t.dataSource.query(`CREATE TRIGGER fail_halfway BEFORE INSERT ON claim_facets FOR EACH ROW WHEN (NEW.subject = 'fail-halfway') EXECUTE FUNCTION fail_halfway()`);
  } else {
    await t.dataSource.query(`CREATE TRIGGER fail_halfway BEFORE INSERT ON claim_facets WHEN NEW.subject = 'fail-halfway' BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
  }
}

async function count(t: TestApp, sql: string): Promise<number> {
  const [row] = await t.dataSource.query(sql);
  return Number(row.count);
}

describe('concurrent writes over HTTP', () => {
  let t: TestApp;
  let url: string;
  // The failures injected below are logged here, not printed: a passing run shows no stacks.
  const logger = new TestLogger();
  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'error' }, { logger });
    url = await t.listen();
  });
  afterAll(() => t.close());

  const post = (body: object) =>
    fetch(`${url}/claims`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.keys.editor}` },
      body: JSON.stringify(body),
    });

  it('stores all of 200 claims posted at once', async () => {
    const { sourceId, eventId } = await claimGround(t);
    const responses = await Promise.all(Array.from({ length: 200 }, (_, i) => post(claimBody(sourceId, { eventId, text: `burst ${i}` }))));
    expect(responses.map((r) => r.status)).toEqual(Array(200).fill(201));
    const ids = await Promise.all(responses.map(async (r) => ((await r.json()) as { id: string }).id));
    expect(new Set(ids).size).toBe(200);
    expect(await count(t, `SELECT COUNT(*) AS count FROM claims WHERE "eventId" = '${eventId}'`)).toBe(200);
    expect(await count(t, `SELECT COUNT(*) AS count FROM claim_facets f JOIN claims c ON c.id = f."claimId" WHERE c."eventId" = '${eventId}'`)).toBe(200);
    expect(await count(t, `SELECT COUNT(*) AS count FROM audit_entries WHERE entity = 'claim' AND "entityId" IN (SELECT id FROM claims WHERE "eventId" = '${eventId}')`)).toBe(200);
  });

  it('keeps every row of the transactions that succeed and none of the ones that fail halfway', async () => {
    await injectFailure(t);
    // The injected failure answers 500, which the API never declares: a 500 is a bug everywhere else.
    t.tolerate(500);
    const { sourceId, eventId } = await claimGround(t);
    const facets = (fail: boolean) => [
      { attribute: 'fatalities', value: 'about 20' },
      { attribute: 'targets', value: ['airport'] },
      { attribute: 'destroyed', subject: fail ? 'fail-halfway' : 'aircraft', value: 'several' },
      { attribute: 'outcome', value: 'repelled' },
    ];
    const bodies = Array.from({ length: 50 }, (_, i) => claimBody(sourceId, { eventId, text: `${i % 5 === 0 ? 'failing' : 'kept'} ${i}`, facets: facets(i % 5 === 0) }));
    const responses = await Promise.all(bodies.map(post));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(40);
    // The injected database failure is the one 500 here: the app cannot know a trigger will fire.
    expect(statuses.filter((s) => s === 500)).toHaveLength(10);
    for (const [i, response] of responses.entries()) expect(response.status).toBe(i % 5 === 0 ? 500 : 201);
    // each of them logged as an error, with the database's reason; nothing else
    expect(logger.errors()).toHaveLength(10);
    for (const error of logger.errors()) expect(error).toContain('injected failure');

    expect(await count(t, `SELECT COUNT(*) AS count FROM claims WHERE "eventId" = '${eventId}' AND text LIKE 'failing%'`)).toBe(0);
    expect(await count(t, `SELECT COUNT(*) AS count FROM claims WHERE "eventId" = '${eventId}' AND text LIKE 'kept%'`)).toBe(40);
    expect(await count(t, `SELECT COUNT(*) AS count FROM claim_facets f JOIN claims c ON c.id = f."claimId" WHERE c."eventId" = '${eventId}'`)).toBe(160);
    expect(await count(t, `SELECT COUNT(*) AS count FROM audit_entries WHERE entity = 'claim' AND after LIKE '%failing%'`)).toBe(0);
    expect(await count(t, `SELECT COUNT(*) AS count FROM audit_entries WHERE entity = 'claim' AND after LIKE '%"kept %'`)).toBe(40);
  });
});
