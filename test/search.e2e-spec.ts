import { loadBamakoCase, LoadedDemo } from '../src/demo/load-demo';
import { bearer, startTestApp, TestApp } from './harness';

/** GET /search over the database's own full-text index (FTS5 or tsvector), kept in step by triggers. */
describe('search over HTTP', () => {
  let t: TestApp;
  let demo: LoadedDemo;
  const search = (q: string, expected = 200) => t.http().get('/search').query({ q }).set(bearer(t.keys.viewer)).expect(expected).then((r) => r.body);
  const found = (body: { items: Array<{ kind: string; title: string }> }, kind: string) => body.items.filter((h) => h.kind === kind).map((h) => h.title);

  beforeAll(async () => {
    t = await startTestApp();
    demo = await loadBamakoCase(t.app, t.admin);
  });
  afterAll(() => t.close());

  it('finds a source by an alias, and the claims that name it, grouped by kind', async () => {
    const body = await search('JNIM');
    expect(body.nextCursor).toBeNull();
    expect(found(body, 'source')).toEqual(["Jama'at Nusrat al-Islam wal-Muslimin"]);
    expect(found(body, 'claim')).toEqual(expect.arrayContaining([expect.stringContaining('JNIM says its special operation')]));
    expect(body.items.find((h: { kind: string }) => h.kind === 'source').detail).toContain('GSIM');
    expect(body.items.map((h: { kind: string }) => h.kind)).toEqual([...body.items.map((h: { kind: string }) => h.kind)].sort((a: string, b: string) => ['claim', 'source', 'event', 'document'].indexOf(a) - ['claim', 'source', 'event', 'document'].indexOf(b)));
  });

  it('finds "rocket launchers" in a claim and in the archived article, every word required, by word starts', async () => {
    const body = await search('rocket launchers');
    expect(found(body, 'claim')).toEqual(['An intelligence source says the attackers used rocket launchers.']);
    expect(found(body, 'document')).toEqual(["Jihadists claim rare attack on Mali's capital"]);
    expect(found(await search('rocket launch'), 'claim')).toHaveLength(1);
    expect((await search('rocket submarines')).items).toEqual([]);
    expect(found(await search('bamako gendarmerie'), 'event')).toEqual([demo.event.title]);
  });

  it('follows every write: an edited claim is found by its new words only, a deleted one no more', async () => {
    const claim = await t.http().post('/claims').set(bearer(t.keys.editor))
      .send({ sourceId: demo.sources.afp.id, eventId: demo.event.id, text: 'Witnesses describe drones over the river.' }).expect(201).then((r) => r.body);
    expect(found(await search('drones'), 'claim')).toEqual(['Witnesses describe drones over the river.']);
    await t.http().patch(`/claims/${claim.id}`).set(bearer(t.keys.editor)).send({ text: 'Witnesses describe helicopters over the river.' }).expect(200);
    expect(found(await search('drones'), 'claim')).toEqual([]);
    expect(found(await search('helicopters'), 'claim')).toEqual(['Witnesses describe helicopters over the river.']);
    await t.http().patch(`/sources/${demo.sources.afp.id}`).set(bearer(t.keys.editor)).send({ aliases: ['AFP', 'Agence France-Presse', 'Zeitgeist wire'] }).expect(200);
    expect(found(await search('zeitgeist'), 'source')).toEqual(['AFP correspondent in Bamako']);
    await t.http().delete(`/claims/${claim.id}`).set(bearer(t.keys.editor)).expect(204);
    expect((await search('helicopters')).items).toEqual([]);
  });

  it('reads what is typed as words, never as the index syntax', async () => {
    expect(found(await search('"JNIM" OR NEAR(*'), 'source')).toEqual([]);
    expect(found(await search('jnim:* & !('), 'source')).toEqual(["Jama'at Nusrat al-Islam wal-Muslimin"]);
  });

  it('refuses a search without words with a 400 that names q', async () => {
    for (const q of ['', '*** ()']) {
      const body = await search(q, 400);
      expect(body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(body.details[0].path).toBe('q');
    }
    await t.http().get('/search').set(bearer(t.keys.viewer)).expect(400);
    const limit = await t.http().get('/search?q=jnim&limit=0').set(bearer(t.keys.viewer)).expect(400);
    expect(limit.body.details[0].path).toBe('limit');
    await t.http().get('/search?q=jnim').expect(401);
  });
});
