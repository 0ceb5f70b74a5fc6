import { connect } from 'node:net';
import { claimGround, claimBody } from './factories';
import { bearer, startTestApp, TestApp } from './harness';

/** Checks before work (issue 16): keys and limits before a body is read, shapes before conversion, problems capped. */
describe('checks before work', () => {
  let t: TestApp;
  const json = (path: string, key: string | null, text: string) => {
    const r = t.http().post(path).set('content-type', 'application/json');
    return key ? r.set(bearer(key)) : r;
  };
  const ndjson = (lines: string[]) => t.http().post('/imports').set(bearer(t.keys.editor)).set('content-type', 'application/x-ndjson').send(lines.join('\n'));
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT COUNT(*) AS count FROM ${table}`))[0].count);

  beforeAll(async () => {
    t = await startTestApp({ REQUEST_TIMEOUT_MS: '1500' });
  });
  afterAll(() => t.close());

  it('refuses a body without a key, or with a wrong one, before reading it', async () => {
    const big = `{"sources":[${'{},'.repeat(1_000_000)}{}]}`;
    const none = await json('/imports', null, big).send(big).expect(401);
    expect(none.body).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/the body was not read/) });
    const wrong = await json('/imports', 'not-a-key-at-all', big).send(big).expect(401);
    expect(wrong.body.details).toEqual([{ path: 'authorization', message: 'unknown or revoked key' }]);
    // A desk form without a session is refused as a page.
    const desk = await t.http().post('/desk/events').type('form').send('title=x').expect(401);
    expect(desk.text).toMatch(/Sign in/);
  });

  it('gives the import limit to /imports exactly, not to every path that starts with it', async () => {
    const twoMiB = JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) });
    const other = await json('/importsX', t.keys.editor, twoMiB).send(twoMiB);
    expect([404, 413]).toContain(other.status);
    const claims = await json('/claims?x=/imports', t.keys.editor, twoMiB).send(twoMiB).expect(413);
    expect(claims.body.message).toMatch(/1 MiB/);
  });

  it('answers 400 for a body nested deeper than 32 levels, on any route and in NDJSON lines', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const claims = await json('/claims', t.keys.editor, deep).send(deep).expect(400);
    expect(claims.body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/deeper than 32 levels/) });
    const value = `{"facets":[{"attribute":"targets","value":${'['.repeat(3000)}1${']'.repeat(3000)}}]}`;
    await json('/claims', t.keys.editor, value).send(value).expect(400);
    const line = await ndjson([JSON.stringify({ record: 'source', clientId: 's', name: 'n', kind: 'media' }), `{"record":"source","x":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`]).expect(400);
    expect(line.body.message).toMatch(/^line 2: the body nests/);
  });

  it('counts facets before converting them: too many are refused by their count', async () => {
    const ground = await claimGround(t);
    const facets = Array.from({ length: 3000 }, () => ({ attribute: 'fatalities', value: 1 }));
    const one = await t.http().post('/claims').set(bearer(t.keys.editor)).send({ ...claimBody(ground.sourceId), facets }).expect(400);
    expect(one.body.details).toEqual([{ path: 'facets', message: 'facets holds 3000 items; at most 50 facets are taken' }]);
    // In an import, a list longer than any limit stops the scan before parsing.
    const huge = `{"claims":[{"clientId":"c","sourceId":"s","text":"t","facets":[${'{},'.repeat(300_000)}{}]}]}`;
    const imported = await json('/imports', t.keys.editor, huge).send(huge).expect(400);
    expect(imported.body.message).toMatch(/a list longer than is taken .*1,000 items in a record's lists/);
    const some = `{"claims":[{"clientId":"c","sourceId":"s","text":"t","facets":[${'{},'.repeat(60)}{}]}]}`;
    const named = await json('/imports', t.keys.editor, some).send(some).expect(400);
    expect(named.body.details).toEqual([{ path: 'claims[0].facets', message: 'claims[0].facets holds 61 items; at most 50 facets are taken' }]);
  });

  it('reports field, reference and facet problems of an import in one answer, capped at 100 with a count of the rest', async () => {
    const before = await count('sources');
    const mixed = await t.http().post('/imports').set(bearer(t.keys.editor)).send({
      sources: [{ clientId: 's', name: 'Witness', kind: 'witness' }, { clientId: 'bad', name: 'Bad', kind: 'blog' }],
      claims: [
        { clientId: 'c1', sourceId: 's', text: 42 },
        { clientId: 'c2', sourceId: 'nobody', text: 'a reference to nothing' },
        { clientId: 'c3', sourceId: 's', text: 'a facet it cannot read', facets: [{ attribute: 'fatalities', value: 'banana' }] },
        { clientId: 'c4', sourceId: 'bad', text: 'names a source refused for its own fields' },
      ],
    }).expect(400);
    expect(mixed.body.details.map((d: { path: string }) => d.path)).toEqual(['sources[1].kind', 'claims[0].text', 'claims[1].sourceId', 'claims[2].facets[0].value']);
    expect(mixed.body.message).toMatch(/^4 problems/);
    expect(await count('sources')).toBe(before);

    const lines = await ndjson(Array.from({ length: 300 }, () => '{}')).expect(400);
    expect(lines.body.details).toHaveLength(100);
    expect(lines.body.details[99]).toEqual({ path: 'line 100: record', message: 'must be one of source, document, event, claim' });
    expect(lines.body).toMatchObject({ message: expect.stringMatching(/^300 problems/), moreProblems: 200 });
  });

  it('closes a connection whose request does not arrive within REQUEST_TIMEOUT_MS', async () => {
    const url = new URL(await t.listen());
    const socket = connect(Number(url.port), url.hostname);
    socket.write(`POST /claims HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\nAuthorization: Bearer ${t.keys.editor}\r\n\r\n{`);
    const trickle = setInterval(() => socket.write(' '), 200);
    const answer = await new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', () => resolve(text));
    });
    clearInterval(trickle);
    expect(answer === '' || /^HTTP\/1\.1 408/.test(answer)).toBe(true);
  });
});

describe('rate limits without a key', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '20' });
  });
  afterAll(() => t.close());

  it('counts requests without a key and with a wrong key by address, apart from those with a valid key', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) statuses.push((await t.http().get('/sources')).status);
    for (let i = 0; i < 10; i += 1) statuses.push((await t.http().get('/sources').set(bearer(`wrong-key-guess-${i}`))).status);
    const refused = await t.http().get('/sources').set(bearer('another-guess'));
    expect(statuses).toEqual(Array(20).fill(401));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // A body sent without a key is counted too, before it is read.
    await t.http().post('/claims').send({ text: 'x' }).expect(429);
    // The address's count does not touch a valid key's.
    await t.http().get('/sources').set(bearer(t.keys.viewer)).expect(200);
    // The health check is open and never counted.
    await t.http().get('/health').expect(200);
  });
});
