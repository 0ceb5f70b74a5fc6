import { EventAnalysisService } from '../src/analysis/event-analysis.service';
import { api, ChildServer, startServer } from './child-server';
import { bearer, startTestApp, TestApp } from './harness';
import { loadClaim, loadSources, urlOf } from './many-writers';

/**
 * The event's analysis is kept in memory by revision: a second read is answered from memory, and a
 * write made through another API process is seen by the next read here, and the other way round.
 */
describe('the analysis cache, across processes', () => {
  let t: TestApp;
  let other: ChildServer;
  let sourceIds: string[];
  let eventId: string;
  beforeAll(async () => {
    t = await startTestApp();
    other = await startServer({ DATABASE_URL: urlOf(t.environment.database), CROSSCHECK_ADMIN_TOKEN: '' });
    sourceIds = [];
    for (const body of loadSources()) sourceIds.push((await t.http().post('/sources').set(bearer(t.adminKey)).send(body).expect(201)).body.id);
    eventId = (await t.http().post('/events').set(bearer(t.adminKey)).send({ title: 'Cached event', type: 'battles' }).expect(201)).body.id;
    for (let i = 0; i < 12; i++) await t.http().post('/claims').set(bearer(t.keys.editor)).send(loadClaim(i, sourceIds, eventId)).expect(201);
  }, 120_000);
  afterAll(async () => {
    await other?.stop();
    await t?.close();
  });

  const here = (path: string) => t.http().get(path).set(bearer(t.keys.viewer)).expect(200);
  const there = async (path: string) => {
    const answer = await api(other.url, t.keys.viewer)('GET', path);
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const claimsIn = (report: { claimants: Array<{ claims: unknown[] }> }) => report.claimants.reduce((n, c) => n + c.claims.length, 0);

  it('answers a second read from memory, with the same content and a fresh time', async () => {
    const first = (await here(`/events/${eventId}/report?format=json`)).body;
    const held = t.app.get(EventAnalysisService).stats();
    expect(held.events).toBeGreaterThan(0);
    expect(held.bytes).toBeGreaterThan(0);
    expect(held.bytes).toBeLessThanOrEqual(held.maxBytes);
    const second = (await here(`/events/${eventId}/report?format=json`)).body;
    expect(second.sha256).toBe(first.sha256);
    expect(claimsIn(second)).toBe(12);
    expect(Date.parse(second.generatedAt)).toBeGreaterThanOrEqual(Date.parse(first.generatedAt));
    // Markdown and HTML carry the time of the asking too, not a placeholder.
    expect((await here(`/events/${eventId}/report?format=markdown`)).text).toMatch(/Generated \d{4}-\d\d-\d\dT/);
  });

  it('sees a claim written through another process on the next read, in the report, disputes, corroborations and credibility', async () => {
    await here(`/events/${eventId}/report?format=json`);
    const disputesBefore = (await here(`/events/${eventId}/disputes`)).body;
    await here(`/events/${eventId}/corroborations`);
    // A new figure, through the other process.
    const written = await api(other.url, t.keys.editor)('POST', '/claims', { sourceId: sourceIds[3], eventId, text: 'A figure nobody gave yet', facets: [{ attribute: 'fatalities', value: 7777 }] });
    expect(written.status).toBe(201);
    const report = (await here(`/events/${eventId}/report?format=json`)).body;
    expect(claimsIn(report)).toBe(13);
    const disputes = (await here(`/events/${eventId}/disputes`)).body;
    const fatalities = (d: { items: Array<{ attribute: string; positions: Array<{ value: unknown }> }> }) => d.items.find((i) => i.attribute === 'fatalities')!.positions.map((p) => String(p.value));
    expect(fatalities(disputes)).toContain('7777');
    expect(fatalities(disputesBefore)).not.toContain('7777');
    const credibility = (await here(`/claims/${written.body.id}/credibility`)).body;
    expect(credibility.claimId).toBe(written.body.id);
  });

  it('sees a write made here on the other process, which cached the event before', async () => {
    const before = await there(`/events/${eventId}/report?format=json`);
    await t.http().patch(`/events/${eventId}`).set(bearer(t.keys.editor)).send({ title: 'Cached event, renamed' }).expect(200);
    const after = await there(`/events/${eventId}/report?format=json`);
    expect(before.event.title).toBe('Cached event');
    expect(after.event.title).toBe('Cached event, renamed');
    const triaged = (await here(`/events/${eventId}/contradictions`)).body.items[0];
    await t.http().patch(`/contradictions/${triaged.id}`).set(bearer(t.keys.reviewer)).send({ status: 'dismissed', note: 'checked' }).expect(200);
    const contradictions = (await there(`/events/${eventId}/report?format=json`)).contradictions as Array<{ id: string; status: string }>;
    expect(contradictions.find((c) => c.id === triaged.id)!.status).toBe('dismissed');
  });

  it('answers 404 for an event that does not exist, from every route that reads through it', async () => {
    const missing = '0190a0a0-0000-7000-8000-000000000000';
    for (const path of ['report', 'disputes', 'corroborations']) await t.http().get(`/events/${missing}/${path}`).set(bearer(t.keys.viewer)).expect(404);
  });
});
