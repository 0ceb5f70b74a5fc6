import { create } from './factories';
import { bearer, startTestApp, TestApp } from './harness';

describe('a claim voiced by a named person of its claimant', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps the spokesman of a known party as the accepted claim\'s voicedBy, which PATCH changes and limits to 200 characters', async () => {
    const army = await create(t, '/sources', { name: 'Nigerian Army', aliases: ['army', 'the army'], kind: 'military', stake: 'party_to_conflict', side: 'Nigeria' });
    const text = 'Gunmen attacked a base near Maiduguri on Monday. Army spokesman Colonel Idris Bako said 12 attackers were killed.';
    const document = await create(t, '/documents', { title: 'Base attack', language: 'en', text });
    const event = await create(t, '/events', { title: 'Base attack near Maiduguri', type: 'battles' });
    const { items } = (await t.http().post(`/documents/${document.id}/extract`).set(bearer(t.keys.editor)).send({}).expect(200)).body;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ sourceId: army.id, role: expect.stringContaining('Idris Bako') });

    const candidate = { sourceId: items[0].sourceId, role: items[0].role, text: items[0].statement, quote: { exact: items[0].quote.exact }, facets: items[0].facets };
    const accepted = await t.http().post(`/documents/${document.id}/claims`).set(bearer(t.keys.editor))
      .send({ eventId: event.id, candidates: [candidate] }).expect(201);
    const id = accepted.body.claims[0].id;
    const stored = (await t.http().get(`/claims/${id}`).set(bearer(t.keys.viewer)).expect(200)).body;
    expect(stored).toMatchObject({ sourceId: army.id, voicedBy: expect.stringContaining('Idris Bako') });

    const changed = await t.http().patch(`/claims/${id}`).set(bearer(t.keys.editor)).set('If-Match', `"${stored.version}"`)
      .send({ voicedBy: '  Army spokesman Colonel Idris Bako  ' }).expect(200);
    expect(changed.body.voicedBy).toBe('Army spokesman Colonel Idris Bako');
    const tooLong = await t.http().patch(`/claims/${id}`).set(bearer(t.keys.editor)).set('If-Match', `"${changed.body.version}"`)
      .send({ voicedBy: 'x'.repeat(201) }).expect(400);
    expect(tooLong.body.details).toEqual([{ path: 'voicedBy', message: expect.stringMatching(/200/) }]);
    const cleared = await t.http().patch(`/claims/${id}`).set(bearer(t.keys.editor)).set('If-Match', `"${changed.body.version}"`)
      .send({ voicedBy: null }).expect(200);
    expect(cleared.body.voicedBy).toBeNull();
  });

  it('keeps voicedBy null for a candidate accepted as a new source (the role is the source\'s description) and for a claim without one', async () => {
    const text = 'Gunmen attacked a checkpoint near Sévaré. "We lost two men," a police officer told AFP.';
    const document = await create(t, '/documents', { title: 'Checkpoint attack', language: 'en', text });
    const { items } = (await t.http().post(`/documents/${document.id}/extract`).set(bearer(t.keys.editor)).send({}).expect(200)).body;
    const c = items[0];
    const accepted = await t.http().post(`/documents/${document.id}/claims`).set(bearer(t.keys.editor)).send({
      createSources: true,
      candidates: [{ role: 'police spokesman Ali Musa', suggestedSource: { ...c.suggestedSource, stake: 'unknown', side: c.suggestedSource.name }, text: c.statement, quote: { exact: c.quote.exact } }],
    }).expect(201);
    expect(accepted.body.claims[0].voicedBy).toBeNull();
    const plain = await create(t, '/claims', { sourceId: accepted.body.createdSources[0].id, text: 'Two men were lost' });
    expect(plain.voicedBy).toBeNull();
  });

  it('takes voicedBy in a bulk import, through the same row builder as the API', async () => {
    const bundle = [
      JSON.stringify({ record: 'source', clientId: 'v-src', name: 'Ministry of Defence', kind: 'government' }),
      JSON.stringify({ record: 'claim', clientId: 'v-claim', sourceId: 'v-src', text: 'The convoy was not hit', voicedBy: ' Defence minister Amina Sule ' }),
      '',
    ].join('\n');
    const response = await t.http().post('/imports').set(bearer(t.keys.editor)).set('content-type', 'application/x-ndjson').send(bundle).expect(201);
    const id = response.body.ids.claims['v-claim'];
    expect((await t.http().get(`/claims/${id}`).set(bearer(t.keys.viewer)).expect(200)).body.voicedBy).toBe('Defence minister Amina Sule');
  });
});
