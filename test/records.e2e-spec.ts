import { createHash } from 'node:crypto';
import { BAMAKO_SOURCES, BAMAKO_WIRE_TEXT } from '../src/demo/bamako-case';
import { loadBamakoCase } from '../src/demo/load-demo';
import { claimBody, claimGround, create, eventBody, sourceBody } from './factories';
import { bearer, startTestApp, TestApp } from './harness';

describe('records over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers /health without a key, and the OpenAPI document lists the routes', async () => {
    await t.http().get('/health').expect(200, { status: 'ok', database: t.environment.database.kind });
    const docs = await t.http().get('/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/claims', '/events/{id}/claims', '/attributes', '/users/{id}/api-keys']));
    expect(docs.body.components.schemas.CreateClaimDto.properties.facets).toBeDefined();
    await t.http().get('/docs').expect(200).expect('content-type', /html/);
  });

  it('lists the demo claims of the Bamako event from five sources', async () => {
    const demo = await loadBamakoCase(t.app, t.admin);
    const response = await t.http().get(`/events/${demo.event.id}/claims`).set(bearer(t.keys.viewer)).expect(200);
    expect(response.body.items).toHaveLength(7);
    expect(response.body.nextCursor).toBeNull();
    const names = new Set<string>();
    for (const claim of response.body.items) names.add((await t.http().get(`/sources/${claim.sourceId}`).set(bearer(t.keys.viewer))).body.name);
    expect([...names].sort()).toEqual(Object.values(BAMAKO_SOURCES).map((s) => s.name).sort());
    const jnim = response.body.items.find((claim: any) => claim.sourceId === demo.sources.jnim.id);
    expect(jnim.conveyedById).toBe(demo.sources.afp.id);
    expect(jnim.facets.map((f: any) => f.attribute)).toEqual(['targets', 'outcome', 'fatalities', 'destroyed']);
    expect(BAMAKO_WIRE_TEXT.slice(jnim.quote.start, jnim.quote.end)).toBe(jnim.quote.exact);
  });

  it('creates a source and gives it back whole, with defaults', async () => {
    const response = await t.http().post('/sources').set(bearer(t.keys.editor))
      .send({ name: '  Reuters ', kind: 'news_agency', aliases: ['Reuters', ' Thomson Reuters ', 'Reuters'] }).expect(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'Reuters', aliases: ['Reuters', 'Thomson Reuters'], kind: 'news_agency',
      stake: 'unknown', reliability: 'F', description: null, url: null, sameAs: [], side: null, mergedInto: null, possibleDuplicates: [], createdAt: expect.any(String), updatedAt: expect.any(String),
    });
    const patched = await t.http().patch(`/sources/${response.body.id}`).set(bearer(t.keys.editor)).send({ reliability: 'A' }).expect(200);
    expect(patched.body).toMatchObject({ name: 'Reuters', reliability: 'A' });
    await t.http().get(`/sources/${response.body.id}`).set(bearer(t.keys.viewer)).expect(200).expect((r) => expect(r.body.reliability).toBe('A'));
  });

  it('finds a source by alias and refuses to delete one that claims are attached to', async () => {
    const source = await create(t, '/sources', sourceBody({ name: 'Groupe de soutien', aliases: ['GSIM-test'] }));
    const found = await t.http().get('/sources?q=gsim-TEST').set(bearer(t.keys.viewer)).expect(200);
    expect(found.body.items.map((s: any) => s.id)).toEqual([source.id]);
    const { eventId } = await claimGround(t);
    await create(t, '/claims', claimBody(source.id, { eventId }));
    const refused = await t.http().delete(`/sources/${source.id}`).set(bearer(t.keys.editor)).expect(409);
    expect(refused.body).toMatchObject({ code: 'IN_USE', message: expect.stringContaining('1 claim') });
    const unused = await create(t, '/sources', sourceBody());
    await t.http().delete(`/sources/${unused.id}`).set(bearer(t.keys.editor)).expect(204);
    await t.http().get(`/sources/${unused.id}`).set(bearer(t.keys.viewer)).expect(404);
  });

  it('keeps the SHA-256 of a document text and leaves the text out of lists', async () => {
    const text = 'Ceci est le texte — avec accents.';
    const document = await create(t, '/documents', { title: 'Communiqué', text, language: 'fr' });
    expect(document.sha256).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    const list = await t.http().get('/documents?q=communiq').set(bearer(t.keys.viewer)).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: document.id, textLength: text.length })]);
    expect(list.body.items[0].text).toBeUndefined();
  });

  it('keeps an event place with its precision', async () => {
    const event = await create(t, '/events', eventBody({ location: { name: 'Kati', country: 'ML', latitude: 12.74, longitude: -8.07, precision: 'exact' } }));
    expect(event.location).toEqual({ name: 'Kati', admin1: null, admin2: null, country: 'ML', latitude: 12.74, longitude: -8.07, precision: 'exact' });
    const patched = await t.http().patch(`/events/${event.id}`).set(bearer(t.keys.editor)).send({ timePrecision: 'week' }).expect(200);
    expect(patched.body).toMatchObject({ timePrecision: 'week', location: { name: 'Kati' } });
  });

  it('anchors a quote in the document text and refuses one that is not there', async () => {
    const { sourceId, eventId } = await claimGround(t);
    const document = await create(t, '/documents', { title: 'Wire', text: BAMAKO_WIRE_TEXT });
    const claim = await create(t, '/claims', claimBody(sourceId, { eventId, documentId: document.id, quote: { exact: 'The sweep continues.' } }));
    expect(BAMAKO_WIRE_TEXT.slice(claim.quote.start, claim.quote.end)).toBe('The sweep continues.');
    expect(claim.quote.prefix.length).toBeGreaterThan(0);
    const refused = await t.http().post('/claims').set(bearer(t.keys.editor))
      .send(claimBody(sourceId, { documentId: document.id, quote: { exact: 'No aircraft were lost.' } })).expect(400);
    expect(refused.body.details).toEqual([{ path: 'quote.exact', message: 'does not appear in the document text' }]);
  });

  it('changes a claim, replacing its facets and growing its version; a stale If-Match gets 409', async () => {
    const { sourceId, eventId } = await claimGround(t);
    const claim = await create(t, '/claims', claimBody(sourceId, { eventId }));
    expect(claim.version).toBe(1);
    const changed = await t.http().patch(`/claims/${claim.id}`).set(bearer(t.keys.editor)).set('If-Match', '"1"')
      .send({ facets: [{ attribute: 'outcome', value: 'repelled' }] }).expect(200);
    expect(changed.body).toMatchObject({ version: 2, facets: [{ attribute: 'outcome', value: 'repelled', polarity: 'asserted' }] });
    const stale = await t.http().patch(`/claims/${claim.id}`).set(bearer(t.keys.editor)).set('If-Match', '"1"').send({ text: 'lost' }).expect(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    const now = await t.http().get(`/claims/${claim.id}`).set(bearer(t.keys.viewer)).expect(200).expect('etag', '"2"');
    expect(now.body.text).toBe(claim.text);
    await t.http().delete(`/claims/${claim.id}`).set(bearer(t.keys.editor)).expect(204);
    await t.http().get(`/claims/${claim.id}`).set(bearer(t.keys.viewer)).expect(404);
  });

  it('filters claims by claimant, document and words, and pages by cursor', async () => {
    const { sourceId, eventId } = await claimGround(t);
    const other = await create(t, '/sources', sourceBody());
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await create(t, '/claims', claimBody(sourceId, { eventId, text: `Needle ${i} in the text` }))).id);
    await create(t, '/claims', claimBody(other.id, { eventId, text: 'Needle from another claimant' }));
    const bySource = await t.http().get(`/claims?sourceId=${sourceId}`).set(bearer(t.keys.viewer)).expect(200);
    expect(bySource.body.items.map((c: any) => c.id)).toEqual(made);
    const byWords = await t.http().get(`/claims?eventId=${eventId}&q=NEEDLE%20from`).set(bearer(t.keys.viewer)).expect(200);
    expect(byWords.body.items).toHaveLength(1);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await t.http().get(`/events/${eventId}/claims`).query({ limit: 2, ...(cursor && { cursor }) }).set(bearer(t.keys.viewer)).expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((c: any) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
  });

  it('serves the attribute vocabulary and lets an admin extend it', async () => {
    const list = await t.http().get('/attributes').set(bearer(t.keys.viewer)).expect(200);
    const byName = Object.fromEntries(list.body.items.map((a: any) => [a.name, a]));
    expect(byName.fatalities.kind).toBe('quantity');
    expect(byName.outcome.allowedValues).toEqual(['success', 'partial', 'repelled', 'foiled', 'ongoing']);
    expect(byName.targets.kind).toBe('set');
    expect(byName.occurred.kind).toBe('boolean');
    await t.http().post('/attributes').set(bearer(t.keys.editor)).send({ name: 'displaced', kind: 'quantity' }).expect(403);
    await t.http().post('/attributes').set(bearer(t.adminKey)).send({ name: 'displaced', kind: 'quantity' }).expect(201);
    await t.http().post('/attributes').set(bearer(t.adminKey)).send({ name: 'displaced', kind: 'quantity' }).expect(409);
    const { sourceId } = await claimGround(t);
    await create(t, '/claims', claimBody(sourceId, { facets: [{ attribute: 'displaced', value: 'hundreds' }] }));
  });

  it('issues API keys that are shown once and stored only as hashes', async () => {
    const user = await create(t, '/users', { name: 'Second reviewer', role: 'reviewer' });
    const issued = await create(t, `/users/${user.id}/api-keys`, { label: 'laptop' });
    expect(issued).toEqual({ id: expect.any(String), userId: user.id, label: 'laptop', key: expect.stringMatching(/^cc_/), createdAt: expect.any(String) });
    const stored = await t.dataSource.query('SELECT * FROM api_keys WHERE id = ' + (t.environment.database.kind === 'postgres' ? '$1' : '?'), [issued.id]);
    expect(JSON.stringify(stored)).not.toContain(issued.key);
    expect(stored[0].keyHash).toBe(createHash('sha256').update(issued.key).digest('hex'));
    await t.http().get('/claims').set(bearer(issued.key)).expect(200);
    await t.http().post(`/users/${user.id}/api-keys`).set(bearer(issued.key)).send({}).expect(403);
  });
  it('an ISO-8601 form the server does not read (a week date, an ordinal date, the basic format) is a 400 naming the field, never a 500', async () => {
    const event = await create(t, '/events', eventBody());
    const source = await create(t, '/sources', sourceBody({ name: 'Week-date source' }));
    for (const written of ['2024-W38', '2024-261', '20240917']) {
      const stated = await t.http().post('/claims').set(bearer(t.keys.editor)).send(claimBody(source.id, { eventId: event.id, statedAt: written } as never)).expect(400);
      expect(stated.body.details).toEqual([{ path: 'statedAt', message: 'must be an ISO-8601 date or time in calendar form (2024-09-17 or 2024-09-17T10:00:00Z); week and ordinal dates are not read' }]);
      const scoped = await t.http().post('/claims').set(bearer(t.keys.editor))
        .send(claimBody(source.id, { eventId: event.id, facets: [{ attribute: 'situation', value: 'calm', timeScope: { from: written } }] } as never)).expect(400);
      expect(scoped.body.details.map((d: any) => d.path)).toEqual(['facets[0].timeScope.from']);
      await t.http().post('/documents').set(bearer(t.keys.editor)).send({ title: 'Dated oddly', publishedAt: written }).expect(400);
      await t.http().post('/events').set(bearer(t.keys.editor)).send({ ...eventBody(), startsAt: written }).expect(400);
    }
    // Not ISO-8601 at all: the field's own message, as before.
    const words = await t.http().post('/claims').set(bearer(t.keys.editor)).send(claimBody(source.id, { statedAt: 'last Friday' } as never)).expect(400);
    expect(words.body.details).toEqual([{ path: 'statedAt', message: 'must be an ISO-8601 date or time' }]);
    // The calendar forms are read as before.
    await t.http().post('/claims').set(bearer(t.keys.editor)).send(claimBody(source.id, { eventId: event.id, statedAt: '2024-09-17' } as never)).expect(201);
  });
});

