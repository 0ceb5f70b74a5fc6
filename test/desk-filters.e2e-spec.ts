import { loadBamakoCase, LoadedDemo } from '../src/demo/load-demo';
import { bearer, deskSession, startTestApp, TestApp } from './harness';

/** The filters of the board, the contradictions page and the queue, as the pages answer them. */
describe('desk filters over HTTP', () => {
  let t: TestApp;
  let demo: LoadedDemo;
  let cookie: string;
  const page = (path: string, status = 200) => t.http().get(path).set('Cookie', cookie).expect(status).then((r) => r.text);
  const rows = (text: string) => [...text.matchAll(/<tr class="(?:row-contested|quiet)">\s*<th scope="row">([^<]+)/g)].map((m) => m[1].trim());
  const headings = (text: string) => [...text.matchAll(/<h2 id="h-[^"]+">[\s\S]*?<\/span> ([^·<]+?)(?: \([^)]*\))? · /g)].map((m) => m[1].trim());

  beforeAll(async () => {
    t = await startTestApp();
    demo = await loadBamakoCase(t.app, t.admin);
    cookie = (await deskSession(t, t.keys.reviewer)).cookie;
  });
  afterAll(() => t.close());

  it('narrows the board by severity, attribute and party', async () => {
    const board = `/desk/events/${demo.event.id}`;
    expect(rows(await page(`${board}?severity=low`))).toEqual(['targets']);
    expect(rows(await page(`${board}?attribute=captured`))).toEqual(['captured']);
    const afp = await page(`${board}?party=${demo.sources.afp.id}`);
    expect([...afp.matchAll(/<th scope="col">([^<]+)</g)].map((m) => m[1])).toEqual(['AFP correspondent in Bamako']);
    expect(rows(afp)).toEqual(['situation', 'targets']);
    expect(await page(`${board}?severity=urgent`, 400)).toMatch(/severity: must be one of high, medium, low/);
    expect(await page(`${board}?party=nobody`, 400)).toMatch(/party: must be the id of a source/);
  });

  it('narrows the contradictions by kind, severity and state', async () => {
    const list = `/desk/events/${demo.event.id}/contradictions`;
    expect(headings(await page(`${list}?kind=omission`))).toEqual(['targets']);
    expect(headings(await page(`${list}?severity=high`)).sort()).toEqual(['outcome', 'situation']);
    expect(headings(await page(`${list}?status=confirmed`))).toEqual([]);
    expect(await page(`${list}?kind=rumour`, 400)).toMatch(/kind: must be one of/);
  });

  it('narrows the queue by reason and verdict, in the queue order', async () => {
    const claim = demo.claims[4];
    await t.http().post(`/claims/${claim.id}/reviews`).set(bearer(t.keys.reviewer))
      .send({ verdict: 'verified', rationale: 'Two wires report the same gunfire.', version: 1 }).expect(201);
    const all = await page('/desk/queue');
    const verified = await page('/desk/queue?verdict=verified');
    expect(verified).not.toContain('/desk/claims/' + demo.claims[0].id + '"');
    const unreviewed = await page(`/desk/queue?reason=unreviewed&eventId=${demo.event.id}`);
    expect(unreviewed).not.toContain(`/desk/claims/${claim.id}"`);
    expect((all.match(/<li>/g) ?? []).length).toBeGreaterThan((unreviewed.match(/<li>/g) ?? []).length - 1);
    expect(await page('/desk/queue?verdict=maybe', 400)).toMatch(/verdict: must be one of/);
  });

  it("keeps an event's history, deleted claims included, filterable by action and person", async () => {
    const added = await t.http().post('/claims').set(bearer(t.keys.editor)).send({ sourceId: demo.sources.afp.id, eventId: demo.event.id, text: 'A claim made in error.' }).expect(201);
    await t.http().delete(`/claims/${added.body.id}`).set(bearer(t.keys.editor)).expect(204);
    const history = `/desk/audit/event/${demo.event.id}`;
    const all = await page(history);
    expect(all).toMatch(/reviewer one<\/strong> reviewed <a href="\/desk\/claims\/[^"]+">a claim<\/a>/);
    expect(all).toMatch(/editor one<\/strong> deleted the claim A claim made in error\./);
    const deletions = await page(`${history}?action=delete`);
    expect(deletions).toContain('A claim made in error.');
    expect(deletions).not.toContain('reviewed <a');
    expect(await page(`${history}?action=rename`, 400)).toMatch(/action: must be one of create, update, delete/);
  });
});
