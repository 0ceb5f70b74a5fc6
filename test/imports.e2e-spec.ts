import { bearer, startTestApp, TestApp } from './harness';

/** A bundle of `claims` claims from 50 sources on 5 events, with two facets each. */
function bundle(claims: number, tag = 'b') {
  return {
    sources: Array.from({ length: 50 }, (_, i) => ({ clientId: `${tag}-source-${i}`, name: `Imported source ${tag} ${i}`, kind: 'media', stake: i < 2 ? 'party_to_conflict' : 'independent' })),
    events: Array.from({ length: 5 }, (_, i) => ({ clientId: `${tag}-event-${i}`, title: `Imported event ${tag} ${i}`, type: 'battles' })),
    documents: [{ clientId: `${tag}-doc`, title: 'Wire copy', text: 'The army said about 20 were killed. Witnesses said dozens.' }],
    claims: Array.from({ length: claims }, (_, i) => ({
      clientId: `${tag}-claim-${i}`, sourceId: `${tag}-source-${i % 50}`, eventId: `${tag}-event-${i % 5}`, text: `Imported claim ${i}`,
      facets: [{ attribute: 'fatalities', value: ['about 20', 'dozens', 'none', 12][i % 4] }, { attribute: 'outcome', value: ['success', 'repelled'][i % 2] }],
    })),
  };
}

describe('imports', () => {
  let t: TestApp;
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT COUNT(*) AS count FROM ${table}`))[0].count);
  const post = (body: object) => t.http().post('/imports').set(bearer(t.keys.editor)).send(body);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lands 10,000 claims in one request, and the same bundle again changes nothing', async () => {
    const first = await post(bundle(10_000)).expect(201);
    expect(first.body).toMatchObject({ created: { sources: 50, events: 5, documents: 1, claims: 10_000 }, unchanged: { claims: 0 } });
    expect(await count('claims')).toBe(10_000);
    expect(await count('claim_facets')).toBe(20_000);
    const contradictions = await count('contradictions');
    expect(contradictions).toBeGreaterThan(0);
    const eventId = first.body.ids.events['b-event-0'];
    const listed = await t.http().get(`/events/${eventId}/contradictions`).set(bearer(t.keys.viewer)).expect(200);
    expect(listed.body.items.map((c: any) => c.kind)).toEqual(expect.arrayContaining(['quantity_mismatch', 'category_conflict']));
    const audit = await t.http().get(`/audit?entity=claim&entityId=${first.body.ids.claims['b-claim-7']}`).set(bearer(t.keys.viewer)).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'create', after: { importId: first.body.importId, clientId: 'b-claim-7' } })]);

    const auditRows = await count('audit_entries');
    const again = await post(bundle(10_000)).expect(201);
    expect(again.body).toMatchObject({ created: { sources: 0, events: 0, documents: 0, claims: 0 }, unchanged: { sources: 50, claims: 10_000 } });
    expect(again.body.ids.claims['b-claim-7']).toBe(first.body.ids.claims['b-claim-7']);
    expect(await count('claims')).toBe(10_000);
    expect(await count('contradictions')).toBe(contradictions);
    expect(await count('audit_entries')).toBe(auditRows);
    // Two imports of 10,000 claims: about 20 s on a quiet 2-core machine, over 60 s with eight other jobs.
    // The bound is the test's time limit, not a speed figure (the bench measures imports).
  }, 240_000);

  it('writes nothing from a bundle with one bad record among 10,000, and names the record and field', async () => {
    const bad = bundle(10_000, 'x');
    (bad.claims[7_345].facets[0] as { value: unknown }).value = 'banana';
    const before = await count('claims');
    const response = await post(bad).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details).toEqual([{ path: 'claims[7345].facets[0].value', message: expect.stringMatching(/cannot read "banana" as a quantity/) }]);
    expect(await count('claims')).toBe(before);
    expect(await count('sources')).toBe(50);
  });

  it('names a reference to an unknown client id and a field of the wrong type in one answer', async () => {
    const bad = bundle(3, 'y');
    bad.claims[1].sourceId = 'nobody';
    (bad.claims[2] as { text: unknown }).text = 42;
    const response = await post(bad).expect(400);
    expect(response.body.details).toEqual([
      { path: 'claims[2].text', message: 'must be a string' },
      { path: 'claims[1].sourceId', message: 'no source with client id "nobody" in the bundle, and no source with this id here' },
    ]);
    const fixed = bundle(3, 'y');
    fixed.claims[1].sourceId = 'nobody';
    const unknown = await post(fixed).expect(400);
    expect(unknown.body.details).toEqual([{ path: 'claims[1].sourceId', message: 'no source with client id "nobody" in the bundle, and no source with this id here' }]);
  });

  it('takes NDJSON for large bundles, naming lines', async () => {
    const good = [
      JSON.stringify({ record: 'source', clientId: 'n-src', name: 'NDJSON source', kind: 'witness' }),
      JSON.stringify({ record: 'event', clientId: 'n-event', title: 'NDJSON event', type: 'riots' }),
      JSON.stringify({ record: 'claim', clientId: 'n-claim', sourceId: 'n-src', eventId: 'n-event', text: 'From a file' }),
      '',
    ].join('\n');
    const response = await t.http().post('/imports').set(bearer(t.keys.editor)).set('content-type', 'application/x-ndjson').send(good).expect(201);
    expect(response.body.created).toMatchObject({ sources: 1, events: 1, claims: 1 });
    const bad = [JSON.stringify({ record: 'claim', clientId: 'n-2', sourceId: 'n-src', text: 'ok' }), JSON.stringify({ record: 'rumour', clientId: 'z' }), '{"record": "claim",'].join('\n');
    const refused = await t.http().post('/imports').set(bearer(t.keys.editor)).set('content-type', 'application/x-ndjson').send(bad).expect(400);
    expect(refused.body).toMatchObject({ code: 'MALFORMED_JSON', message: expect.stringMatching(/line 3/) });
    const unknownType = await t.http().post('/imports').set(bearer(t.keys.editor)).set('content-type', 'application/x-ndjson').send(bad.split('\n').slice(0, 2).join('\n')).expect(400);
    // Every problem at once: the line of no known record, and the claim's reference to a client id of an earlier bundle.
    expect(unknownType.body.details).toEqual([
      { path: 'line 2: record', message: 'must be one of source, document, event, claim' },
      { path: 'line 1: sourceId', message: 'no source with client id "n-src" in the bundle, and no source with this id here' },
    ]);
  });

  it('refuses another record under a client id already used, and a body over the limit naming it', async () => {
    const changed = bundle(1, 'b');
    changed.claims[0].text = 'a different text';
    const conflict = await post({ claims: changed.claims }).expect(400);
    expect(conflict.body.details).toEqual([{ path: 'claims[0].clientId', message: expect.stringMatching(/imported before with other content/) }]);
    const over = JSON.stringify({ sources: Array.from({ length: 16000 }, (_, i) => ({ clientId: `big-${i}`, name: 'n', kind: 'media', description: 'd'.repeat(4500) })) });
    const refused = await t.http().post('/imports').set(bearer(t.keys.editor)).set('content-type', 'application/json').send(over).expect(413);
    expect(refused.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/64 MiB/) });
    const small = await t.http().post('/claims').set(bearer(t.keys.editor)).set('content-type', 'application/json').send(JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) })).expect(413);
    expect(small.body.message).toMatch(/1 MiB/);
  });
});
