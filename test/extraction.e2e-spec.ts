import { BAMAKO_WIRE_TEXT } from '../src/demo/bamako-case';
import { loadBamakoCase, LoadedDemo } from '../src/demo/load-demo';
import { create } from './factories';
import { bearer, startTestApp, TestApp } from './harness';

describe('extraction from a document, and accepting candidates', () => {
  let t: TestApp;
  let demo: LoadedDemo;
  beforeAll(async () => {
    t = await startTestApp();
    demo = await loadBamakoCase(t.app, t.admin);
  });
  afterAll(() => t.close());

  it('reads the demo article into candidates resolved to the demo sources, anchored in the text', async () => {
    const response = await t.http().post(`/documents/${demo.documentId}/extract`).set(bearer(t.keys.editor)).send({}).expect(200);
    const items = response.body.items as any[];
    const speakers = new Set(items.map((c) => c.sourceId));
    for (const key of ['jnim', 'armyChief', 'afp', 'stateTv', 'intelligence'] as const) expect(speakers).toContain(demo.sources[key].id);
    for (const c of items) expect(BAMAKO_WIRE_TEXT.slice(c.quote.start, c.quote.end)).toBe(c.quote.exact);
    expect(response.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    await t.http().post(`/documents/${demo.documentId}/extract`).set(bearer(t.keys.viewer)).send({}).expect(403);
  });

  it('answers 422 for a language it does not read, and for a document without text', async () => {
    const french = await create(t, '/documents', { title: 'Communiqué', language: 'fr', text: '« La situation est sous contrôle », a déclaré le général.' });
    const refused = await t.http().post(`/documents/${french.id}/extract`).set(bearer(t.keys.editor)).send({}).expect(422);
    expect(refused.body).toMatchObject({ code: 'UNSUPPORTED_LANGUAGE', details: [{ path: 'language' }] });
    const empty = await create(t, '/documents', { title: 'Link only', url: 'https://example.org/a' });
    await t.http().post(`/documents/${empty.id}/extract`).set(bearer(t.keys.editor)).send({}).expect(422);
  });

  it('accepts two candidates into claims on an event in one transaction, creating a suggested source when asked', async () => {
    const text = 'Gunmen attacked a checkpoint near Sévaré. "We lost two men," a police officer told AFP. A local radio station reported that about 15 attackers were killed.';
    const document = await create(t, '/documents', { title: 'Checkpoint attack', language: 'en', text });
    const event = await create(t, '/events', { title: 'Checkpoint attack near Sévaré', type: 'battles' });
    const { items } = (await t.http().post(`/documents/${document.id}/extract`).set(bearer(t.keys.editor)).send({}).expect(200)).body;
    expect(items).toHaveLength(2);
    // Attackers killed are combatants, counted apart from the defenders (subject "attackers"), and say who the victims were.
    expect(items[1].facets).toEqual([
      { attribute: 'combatant_fatalities', subject: 'attackers', value: 'about 15', polarity: 'asserted' },
      { attribute: 'victim_status', value: 'combatants', polarity: 'asserted' },
    ]);
    expect(items[1].evidence[0]).toMatchObject({ attribute: 'combatant_fatalities', words: 'about 15 attackers' });
    // A new source needs the editor's stake and side: the suggestion alone (side not known) is refused.
    const asSuggested = (c: any) => ({ suggestedSource: c.suggestedSource, sourceId: c.sourceId, text: c.statement, quote: { exact: c.quote.exact, start: c.quote.start, end: c.quote.end }, facets: c.facets });
    expect(items.map((c: any) => c.suggestedSource.stake)).not.toContain('independent');
    const unconfirmed = await t.http().post(`/documents/${document.id}/claims`).set(bearer(t.keys.editor))
      .send({ eventId: event.id, createSources: true, candidates: items.map(asSuggested) }).expect(400);
    expect(unconfirmed.body.details).toContainEqual(expect.objectContaining({ path: 'candidates[0].suggestedSource.side' }));
    const accepted = await t.http().post(`/documents/${document.id}/claims`).set(bearer(t.keys.editor)).send({
      eventId: event.id,
      createSources: true,
      candidates: items.map((c: any) => ({ ...asSuggested(c), suggestedSource: { ...c.suggestedSource, stake: 'unknown', side: c.suggestedSource.name } })),
    }).expect(201);
    expect(accepted.body.claims).toHaveLength(2);
    expect(accepted.body.createdSources.map((s: any) => s.name).sort()).toEqual(['Local radio station', 'Police officer']);
    expect(accepted.body.claims[1]).toMatchObject({ eventId: event.id, documentId: document.id, quote: { start: items[1].quote.start } });

    const before = (await t.http().get(`/claims?documentId=${document.id}`).set(bearer(t.keys.viewer))).body.items.length;
    const broken = await t.http().post(`/documents/${document.id}/claims`).set(bearer(t.keys.editor)).send({
      eventId: event.id,
      candidates: [
        { sourceId: accepted.body.createdSources[0].id, text: 'fine' },
        { sourceId: accepted.body.createdSources[0].id, text: 'not in the text', quote: { exact: 'words that are not there' } },
      ],
    }).expect(400);
    expect(broken.body.details).toEqual([{ path: 'candidates[1].quote.exact', message: 'does not appear in the document text' }]);
    expect((await t.http().get(`/claims?documentId=${document.id}`).set(bearer(t.keys.viewer))).body.items.length).toBe(before);
  });

  it('accepting the same candidates again (a second click, a retried request) answers the claims made before and makes nothing twice', async () => {
    const text = 'Gunmen attacked a customs post near Sévaré. "We lost two men," a customs officer told AFP. A herders\' association reported that about 15 attackers were killed.';
    const document = await create(t, '/documents', { title: 'Checkpoint attack, filed twice', language: 'en', text });
    const event = await create(t, '/events', { title: 'Checkpoint attack near Sévaré, again', type: 'battles' });
    const { items } = (await t.http().post(`/documents/${document.id}/extract`).set(bearer(t.keys.editor)).send({}).expect(200)).body;
    const candidates = items.map((c: any) => ({
      suggestedSource: { ...c.suggestedSource, stake: 'unknown', side: c.suggestedSource.name }, text: c.statement,
      quote: { exact: c.quote.exact, start: c.quote.start, end: c.quote.end }, facets: c.facets,
    }));
    const accept = (body: object) => t.http().post(`/documents/${document.id}/claims`).set(bearer(t.keys.editor)).send({ eventId: event.id, createSources: true, ...body }).expect(201);
    const first = (await accept({ candidates })).body;
    const named = async () => (await t.http().get('/sources?limit=200').set(bearer(t.keys.viewer))).body.items
      .filter((s: any) => first.createdSources.some((c: any) => c.name === s.name)).map((s: any) => s.id).sort();
    const sourcesBefore = await named();
    const again = (await accept({ candidates })).body;
    expect(again.claims.map((c: any) => c.id)).toEqual(first.claims.map((c: any) => c.id));
    expect(again.createdSources).toEqual([]);
    // A text sent with a line break at its end (a form's textarea) is the text the claim keeps, trimmed.
    const padded = (await accept({ candidates: candidates.map((c: any) => ({ ...c, text: `${c.text}\n` })) })).body;
    expect(padded.claims.map((c: any) => c.id)).toEqual(first.claims.map((c: any) => c.id));
    expect(first.createdSources).toHaveLength(2);
    // The same candidate named by the source it now has, and a candidate listed twice in one request: still the claim made first.
    const officer = first.claims[0].sourceId;
    const byId = { sourceId: officer, text: candidates[0].text, quote: candidates[0].quote, facets: candidates[0].facets };
    expect((await accept({ candidates: [byId, byId] })).body.claims.map((c: any) => c.id)).toEqual([first.claims[0].id, first.claims[0].id]);
    const claims = (await t.http().get(`/claims?documentId=${document.id}`).set(bearer(t.keys.viewer))).body.items;
    expect(claims).toHaveLength(2);
    expect(await named()).toEqual(sourcesBefore);
    // The same words given without offsets are found in the text: still the claim made first.
    const byWords = { ...byId, quote: { exact: candidates[0].quote.exact } };
    expect((await accept({ candidates: [byWords] })).body.claims.map((c: any) => c.id)).toEqual([first.claims[0].id]);
    // Changed since (another toll, another event): refused, naming the claim to change instead; nothing is made.
    const changed = await t.http().post(`/documents/${document.id}/claims`).set(bearer(t.keys.editor))
      .send({ eventId: event.id, candidates: [{ ...byId, facets: [{ attribute: 'combatant_fatalities', subject: 'police', value: 3 }] }] }).expect(409);
    expect(changed.body.details).toEqual([{ path: 'candidates[0]', message: expect.stringContaining(`already claim ${first.claims[0].id}`) }]);
    const elsewhere = await create(t, '/events', { title: 'Another attack', type: 'battles' });
    await t.http().post(`/documents/${document.id}/claims`).set(bearer(t.keys.editor)).send({ eventId: elsewhere.id, candidates: [byId] }).expect(409);
    expect((await t.http().get(`/claims?documentId=${document.id}`).set(bearer(t.keys.viewer))).body.items).toHaveLength(2);
    // New words by a new source of a name that already speaks in the document: that source, not a second one.
    const opening = 'Gunmen attacked a customs post near Sévaré.';
    const more = (await accept({ candidates: [{ ...candidates[0], text: opening, quote: { exact: opening }, facets: [] }, candidates[1]] })).body;
    expect(more.createdSources).toEqual([]);
    expect(more.claims[0].sourceId).toBe(first.claims[0].sourceId);
    expect(more.claims[1].id).toBe(first.claims[1].id);
    expect(await named()).toEqual(sourcesBefore);
    // Another speaker on the same words is another claim.
    const other = (await accept({ candidates: [{ ...candidates[0], suggestedSource: { ...candidates[0].suggestedSource, name: 'AFP correspondent', side: 'AFP correspondent' } }] })).body;
    expect(other.claims[0].id).not.toBe(first.claims[0].id);
    expect(other.createdSources.map((s: any) => s.name)).toEqual(['AFP correspondent']);
  });

  it('answers 200 with no candidates and a message saying so for a text that attributes nothing', async () => {
    const plain = await create(t, '/documents', { title: 'Plain', language: 'en', text: 'The market reopened in the morning. Traders set out their stalls under a grey sky.' });
    const response = await t.http().post(`/documents/${plain.id}/extract`).set(bearer(t.keys.editor)).send({}).expect(200);
    expect(response.body.items).toEqual([]);
    expect(response.body.message).toMatch(/No attributed statement was found/);
  });

  it('keeps what it found with the document, dates each candidate, and reads a pathological text of 200,000 characters in its worker', async () => {
    const text = 'GAZA CITY — The health ministry said on Tuesday that at least 12 people were killed.';
    const dated = await create(t, '/documents', { title: 'Dated', language: 'en', publishedAt: '2024-09-18T10:00:00Z', text });
    const first = (await t.http().post(`/documents/${dated.id}/extract`).set(bearer(t.keys.editor)).send({}).expect(200)).body;
    expect(first.items).toHaveLength(1);
    expect(first.items[0]).toMatchObject({ statement: 'at least 12 people were killed', statedAt: '2024-09-17T12:00:00.000Z', facets: [{ attribute: 'fatalities', value: 'at least 12' }] });
    const stored = await t.dataSource.query('SELECT "documentId", "engine" FROM "extraction_results" WHERE "documentId" = $1'.replace('$1', t.dataSource.options.type === 'postgres' ? '$1' : '?'), [dated.id]);
    expect(stored).toHaveLength(1);
    const again = (await t.http().post(`/documents/${dated.id}/extract`).set(bearer(t.keys.editor)).send({}).expect(200)).body;
    expect(again.items).toEqual(first.items);

    // Long capitalised runs, unclosed quotes, thousands of commas, no sentence end: bounded work, an answer.
    const piece = 'The Army Chief Of Staff General Said "We Will ' + ', '.repeat(40) + 'said the ';
    const pathological = piece.repeat(Math.ceil(200_000 / piece.length)).slice(0, 200_000);
    const big = await create(t, '/documents', { title: 'Pathological', language: 'en', text: pathological });
    const response = await t.http().post(`/documents/${big.id}/extract`).set(bearer(t.keys.editor)).send({});
    expect([200, 503]).toContain(response.status);
    if (response.status === 200) expect(Array.isArray(response.body.items)).toBe(true);
    else expect(response.body.message).toMatch(/longer than its limit/);
    await t.http().get('/health').expect(200);
  });
});

describe('extraction over its time limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ EXTRACTION_TIME_LIMIT_MS: '1' });
  });
  afterAll(() => t.close());

  it('answers 503 with a message naming the limit, and the server goes on answering', async () => {
    const text = 'The army said 20 soldiers were killed. '.repeat(2000);
    const document = await create(t, '/documents', { title: 'Long', language: 'en', text });
    const response = await t.http().post(`/documents/${document.id}/extract`).set(bearer(t.keys.editor)).send({}).expect(503);
    expect(response.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: expect.stringMatching(/longer than its limit of 1 ms/) });
    await t.http().get('/health').expect(200);
  });
});
