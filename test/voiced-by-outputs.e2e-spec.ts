import { parse } from 'csv-parse/sync';
import { CONTRADICTION_COLUMNS } from '../src/reports/csv';
import { create } from './factories';
import { bearer, startTestApp, TestApp } from './harness';

const SPOKESMAN = 'Army spokesman Colonel Idris Bako';
const csvRows = (text: string) => parse(text, { record_delimiter: '\r\n', relax_column_count: false }) as string[][];

/** Where a reader meets a claim's voicedBy: the report in every format, the CSVs, search and the public fact-check page. */
describe('who voiced a claim, wherever the claim is read', () => {
  let t: TestApp;
  let eventId: string;
  let armyClaim: string;
  let jnimClaim: string;
  const get = (path: string) => t.http().get(path).set(bearer(t.keys.viewer)).expect(200);

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_BASE_URL: 'https://checks.example.org' });
    const army = await create(t, '/sources', { name: 'Malian army', kind: 'military', stake: 'party_to_conflict', side: 'Mali' });
    const jnim = await create(t, '/sources', { name: 'JNIM', kind: 'armed_group', stake: 'party_to_conflict', side: 'JNIM' });
    eventId = (await create(t, '/events', { title: 'Attack on the Kati base', type: 'battles', startsAt: '2024-09-17T05:00:00Z' })).id;
    armyClaim = (await create(t, '/claims', { sourceId: army.id, eventId, text: 'No soldier was killed', voicedBy: SPOKESMAN, facets: [{ attribute: 'fatalities', value: 'none' }] })).id;
    jnimClaim = (await create(t, '/claims', { sourceId: jnim.id, eventId, text: 'Dozens of soldiers were killed', facets: [{ attribute: 'fatalities', value: 'at least 30' }] })).id;
  });
  afterAll(() => t.close());

  it('the JSON report carries voicedBy on the claim; Markdown and HTML name the army with its spokesman wherever the army stands', async () => {
    const report = (await get(`/events/${eventId}/report?format=json`)).body;
    const claims = report.claimants.flatMap((c: { claims: Array<{ id: string; voicedBy: string | null }> }) => c.claims);
    expect(claims.find((c: { id: string }) => c.id === armyClaim).voicedBy).toBe(SPOKESMAN);
    expect(claims.find((c: { id: string }) => c.id === jnimClaim).voicedBy).toBeNull();

    const markdown = (await get(`/events/${eventId}/report?format=markdown`)).text;
    expect(markdown).toContain(`| none (0): Malian army (voiced by ${SPOKESMAN}) | at least 30: JNIM |`);
    expect(markdown).toMatch(/\| claim \| voiced by \| quote \|/);
    expect(markdown).toContain(`| No soldier was killed | ${SPOKESMAN} |`);
    expect(markdown).toContain(`| none (0) | asserted | Malian army (voiced by ${SPOKESMAN}) | 1 |`);

    const page = (await get(`/events/${eventId}/report?format=html`)).text;
    expect(page).toContain(`<td>none (0): Malian army (voiced by ${SPOKESMAN})</td>`);
    expect(page).toContain(`<td>No soldier was killed</td><td>${SPOKESMAN}</td>`);
  });

  it('the report CSV and the streamed export end with side_a_voiced_by and side_b_voiced_by, the older columns where they were', async () => {
    for (const path of [`/events/${eventId}/report?format=csv`, `/exports/contradictions?format=csv&eventId=${eventId}`]) {
      const [header, row, ...rest] = csvRows((await get(path)).text);
      expect(rest).toEqual([]);
      expect(header).toEqual([...CONTRADICTION_COLUMNS]);
      expect(header.slice(0, 26).at(-1)).toBe('triaged_at');
      expect(header.slice(26)).toEqual(['side_a_voiced_by', 'side_b_voiced_by']);
      const cell = (column: string) => row[header.indexOf(column)];
      const armySide = cell('side_a_sources') === 'Malian army' ? 'a' : 'b';
      const jnimSide = armySide === 'a' ? 'b' : 'a';
      expect(cell(`side_${armySide}_sources`)).toBe('Malian army');
      expect(cell(`side_${armySide}_voiced_by`)).toBe(`Malian army: ${SPOKESMAN}`);
      expect(cell(`side_${jnimSide}_voiced_by`)).toBe('');
    }
  });

  it('search finds the claim by the spokesman\'s name, and says who voiced it; a changed or cleared voice is followed (the report too)', async () => {
    const search = async (q: string) => (await get(`/search?q=${encodeURIComponent(q)}`)).body.items.filter((h: { kind: string }) => h.kind === 'claim');
    expect(await search('Idris Bako')).toEqual([{ kind: 'claim', id: armyClaim, title: 'No soldier was killed', detail: `Malian army, voiced by ${SPOKESMAN} · Attack on the Kati base` }]);
    const version = (await get(`/claims/${armyClaim}`)).body.version;
    await t.http().patch(`/claims/${armyClaim}`).set(bearer(t.keys.editor)).set('If-Match', `"${version}"`).send({ voicedBy: 'Defence minister Amina Sule' }).expect(200);
    expect(await search('Bako')).toEqual([]);
    // The report, kept per revision of the event, follows the change too.
    expect((await get(`/events/${eventId}/report?format=markdown`)).text).toContain('Malian army (voiced by Defence minister Amina Sule)');
    expect((await search('Amina Sule')).map((h: { id: string }) => h.id)).toEqual([armyClaim]);
    await t.http().patch(`/claims/${armyClaim}`).set(bearer(t.keys.editor)).set('If-Match', `"${version + 1}"`).send({ voicedBy: null }).expect(200);
    expect(await search('Amina Sule')).toEqual([]);
    await t.http().patch(`/claims/${armyClaim}`).set(bearer(t.keys.editor)).set('If-Match', `"${version + 2}"`).send({ voicedBy: SPOKESMAN }).expect(200);
    expect((await search('colonel bako')).map((h: { id: string }) => h.id)).toEqual([armyClaim]);
  });

  it('the public fact-check page names the army with its spokesman', async () => {
    const version = (await get(`/claims/${armyClaim}`)).body.version;
    await t.http().post(`/claims/${armyClaim}/reviews`).set(bearer(t.keys.reviewer)).send({ verdict: 'disputed', version, rationale: 'Hospital sources count dead soldiers' }).expect(201);
    await t.http().post(`/claims/${armyClaim}/publication`).set(bearer(t.keys.reviewer)).expect(201);
    const page = (await t.http().get(`/fact-checks/${armyClaim}`).expect(200)).text;
    expect(page).toContain(`Claimed by Malian army (voiced by <span class="voiced-by">${SPOKESMAN}</span>)`);
  });
});
