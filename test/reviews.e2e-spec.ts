import { loadBamakoCase, LoadedDemo } from '../src/demo/load-demo';
import { startServer } from './child-server';
import { claimBody, claimGround, create, sourceBody } from './factories';
import { bearer, deskSession, startTestApp, TestApp } from './harness';

const review = (verdict: string, version?: number) => ({ verdict, rationale: `Checked against the archived footage (${verdict})`, ...(version !== undefined && { version }) });

describe('reviews', () => {
  let t: TestApp;
  let demo: LoadedDemo;
  const get = async (path: string) => (await t.http().get(path).set(bearer(t.keys.viewer)).expect(200)).body;
  const post = (path: string, key: string, body: object) => t.http().post(path).set(bearer(key)).send(body);

  beforeAll(async () => {
    t = await startTestApp();
    demo = await loadBamakoCase(t.app, t.admin);
  });
  afterAll(() => t.close());

  it('takes a verdict on the version the reviewer read, and refuses the old version with 409 changing nothing', async () => {
    const claim = await get(`/claims/${demo.claims[5].id}`);
    const first = await post(`/claims/${claim.id}/reviews`, t.keys.reviewer, {
      ...review('verified', claim.version), evidence: { claimIds: [demo.claims[4].id], urls: ['https://example.org/footage'] },
    }).expect(201);
    expect(first.body).toMatchObject({ verdict: 'verified', claimVersion: claim.version, claim: { version: claim.version + 1, status: 'verified' } });
    const after = await get(`/claims/${claim.id}`);
    expect(after).toMatchObject({ status: 'verified', version: claim.version + 1, verdictById: expect.any(String), verdictAt: expect.any(String) });

    const stale = await t.http().post(`/claims/${claim.id}/reviews`).set(bearer(t.keys.reviewer)).set('If-Match', `"${claim.version}"`).send(review('false')).expect(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: claim.version + 1, status: 'verified', latestReview: { verdict: 'verified' } });
    const missing = await post(`/claims/${claim.id}/reviews`, t.keys.reviewer, review('false')).expect(409);
    expect(missing.body.details).toEqual([{ path: 'version', message: 'is missing' }]);
    expect(await get(`/claims/${claim.id}`)).toEqual(after);
    expect((await get(`/claims/${claim.id}/reviews`)).items).toHaveLength(1);
  });

  it('lets only reviewers and admins review, and wants a rationale', async () => {
    const claim = await get(`/claims/${demo.claims[6].id}`);
    await post(`/claims/${claim.id}/reviews`, t.keys.editor, review('verified', claim.version)).expect(403);
    await post(`/claims/${claim.id}/reviews`, t.keys.viewer, review('verified', claim.version)).expect(403);
    const bare = await post(`/claims/${claim.id}/reviews`, t.keys.reviewer, { verdict: 'verified', version: claim.version }).expect(400);
    expect(bare.body.details.map((d: any) => d.path)).toContain('rationale');
    const short = await post(`/claims/${claim.id}/reviews`, t.keys.reviewer, { verdict: 'verified', version: claim.version, rationale: 'ok' }).expect(400);
    expect(short.body.message).toMatch(/at least 10 characters/);
    const badVerdict = await post(`/claims/${claim.id}/reviews`, t.keys.reviewer, review('probably', claim.version)).expect(400);
    expect(badVerdict.body.details[0].message).toMatch(/contested_no_access/);
    expect((await get(`/claims/${claim.id}`)).version).toBe(claim.version);
  });

  it('keeps the history newest first, and a reviewer credibility grade beside the suggested one', async () => {
    const { sourceId, eventId } = await claimGround(t);
    let claim = await create(t, '/claims', claimBody(sourceId, { eventId }));
    for (const verdict of ['unverifiable', 'contested_no_access', 'verified']) {
      await post(`/claims/${claim.id}/reviews`, t.keys.reviewer, { ...review(verdict, claim.version), credibility: 2, credibilityReason: 'two staff confirmed by phone' }).expect(201);
      claim = await get(`/claims/${claim.id}`);
    }
    const history = await get(`/claims/${claim.id}/reviews?limit=2`);
    expect(history.items.map((r: any) => r.verdict)).toEqual(['verified', 'contested_no_access']);
    const rest = await get(`/claims/${claim.id}/reviews?limit=2&cursor=${history.nextCursor}`);
    expect(rest.items.map((r: any) => r.verdict)).toEqual(['unverifiable']);
    const credibility = await get(`/claims/${claim.id}/credibility`);
    expect(credibility).toMatchObject({ suggested: 3, reviewed: { grade: 2, reason: 'two staff confirmed by phone' } });
    await post(`/claims/${claim.id}/reviews`, t.keys.reviewer, { ...review('verified', claim.version), credibility: 1 }).expect(400);
    const audit = await get(`/audit?entity=review&actorId=${history.items[0].reviewerId}`);
    expect(audit.items.length).toBeGreaterThanOrEqual(3);
  });

  it('flags two reviewers who disagree, until a later review settles it', async () => {
    const second = await create(t, '/users', { name: 'Second reviewer', role: 'reviewer' });
    const secondKey = (await create(t, `/users/${second.id}/api-keys`, {})).key;
    const { sourceId, eventId } = await claimGround(t);
    const claim = await create(t, '/claims', claimBody(sourceId, { eventId }));
    await post(`/claims/${claim.id}/reviews`, t.keys.reviewer, review('verified', 1)).expect(201);
    expect((await get(`/claims/${claim.id}`)).reviewDisagreement).toBe(false);
    await post(`/claims/${claim.id}/reviews`, secondKey, review('false', 2)).expect(201);
    expect((await get(`/claims/${claim.id}`)).reviewDisagreement).toBe(true);
    await post(`/claims/${claim.id}/reviews`, t.adminKey, review('false', 3)).expect(201);
    expect((await get(`/claims/${claim.id}`))).toMatchObject({ reviewDisagreement: false, status: 'false', version: 4 });
  });

  it("flags a verified claim for re-review when an independent source contradicts its outcome, and a new review clears it", async () => {
    const armyOutcome = await get(`/claims/${demo.claims[2].id}`);
    await post(`/claims/${armyOutcome.id}/reviews`, t.keys.reviewer, review('verified', armyOutcome.version)).expect(201);
    const hospital = await create(t, '/sources', sourceBody({ name: 'Bamako hospital staff', kind: 'witness', stake: 'independent' }));
    await create(t, '/claims', claimBody(hospital.id, { eventId: demo.event.id, facets: [{ attribute: 'outcome', value: 'partial' }] }));
    const flagged = await get(`/claims/${armyOutcome.id}`);
    expect(flagged).toMatchObject({ needsReReview: true, status: 'verified', version: armyOutcome.version + 2 });
    const contradiction = await get(`/contradictions/${flagged.reReviewContradictionId}`);
    expect(contradiction).toMatchObject({ attribute: 'outcome', kind: 'category_conflict' });
    expect([contradiction.sideA.sourceIds, contradiction.sideB.sourceIds]).toContainEqual([hospital.id]);

    // A reviewer who read the claim before the flag is told, and loses nothing.
    const late = await post(`/claims/${armyOutcome.id}/reviews`, t.keys.reviewer, review('verified', armyOutcome.version + 1)).expect(409);
    expect(late.body).toMatchObject({ needsReReview: true, currentVersion: flagged.version });
    await post(`/claims/${armyOutcome.id}/reviews`, t.keys.reviewer, review('disputed', flagged.version)).expect(201);
    expect(await get(`/claims/${armyOutcome.id}`)).toMatchObject({ needsReReview: false, reReviewContradictionId: null, status: 'disputed' });
  });

  it('orders the queue: re-review, disagreement, open high contradictions, unreviewed; and filters by event and source', async () => {
    const event = await create(t, '/events', { title: 'Queue event', type: 'battles' });
    const party = await create(t, '/sources', sourceBody({ name: 'Queue party', stake: 'party_to_conflict' }));
    const other = await create(t, '/sources', sourceBody({ name: 'Queue witness' }));
    const second = await create(t, '/users', { name: 'Queue reviewer', role: 'reviewer' });
    const secondKey = (await create(t, `/users/${second.id}/api-keys`, {})).key;
    const plain = await create(t, '/claims', claimBody(other.id, { eventId: event.id, facets: [] }));
    const disputed = await create(t, '/claims', claimBody(other.id, { eventId: event.id, facets: [] }));
    await post(`/claims/${disputed.id}/reviews`, t.keys.reviewer, review('verified', 1)).expect(201);
    await post(`/claims/${disputed.id}/reviews`, secondKey, review('misleading', 2)).expect(201);
    const reviewed = await create(t, '/claims', claimBody(party.id, { eventId: event.id, facets: [{ attribute: 'outcome', value: 'success' }] }));
    await post(`/claims/${reviewed.id}/reviews`, t.keys.reviewer, review('verified', 1)).expect(201);
    const against = await create(t, '/claims', claimBody(other.id, { eventId: event.id, facets: [{ attribute: 'outcome', value: 'foiled' }] }));
    const done = await create(t, '/claims', claimBody(other.id, { eventId: event.id, facets: [] }));
    await post(`/claims/${done.id}/reviews`, t.keys.reviewer, review('verified', 1)).expect(201);

    const queue = await get(`/reviews/queue?eventId=${event.id}`);
    expect(queue.items.map((c: any) => [c.id, c.queueReason])).toEqual([
      [reviewed.id, 'needs_re_review'],
      [disputed.id, 'reviewer_disagreement'],
      [against.id, 'open_high_contradiction'],
      [plain.id, 'unreviewed'],
    ]);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await get(`/reviews/queue?eventId=${event.id}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      paged.push(...page.items.map((c: any) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(queue.items.map((c: any) => c.id));
    const bySource = await get(`/reviews/queue?eventId=${event.id}&sourceId=${party.id}`);
    expect(bySource.items.map((c: any) => c.id)).toEqual([reviewed.id]);
  });

  it('counts on the desk exactly the claims the queue lists, and filters events the same way', async () => {
    const { cookie } = await deskSession(t, t.keys.viewer);
    const desk = async (query: string) => (await t.http().get(`/desk?${query}`).set('Cookie', cookie).expect(200)).text;
    /** The events list's "waiting for review" cell of the event, as the page shows it. */
    const waitingOnDesk = async (title: string) => {
      const row = (await desk(`q=${encodeURIComponent(title)}`)).split('<tr>').find((r) => r.includes(`>${title}</a>`))!;
      return Number(/Waiting for review<\/span>(?:<a [^>]*>)?(\d+)/.exec(row)![1]);
    };
    const queued = async (eventId: string) => (await get(`/reviews/queue?eventId=${eventId}&limit=200`)).items.map((c: any) => c.queueReason);

    // A claim reviewed after a high-severity contradiction appeared: no flag left, still on the open contradiction.
    const event = await create(t, '/events', { title: 'Agreement event', type: 'battles' });
    const party = await create(t, '/sources', sourceBody({ name: 'Agreement party', stake: 'party_to_conflict' }));
    const witness = await create(t, '/sources', sourceBody({ name: 'Agreement witness' }));
    const claimed = await create(t, '/claims', claimBody(party.id, { eventId: event.id, facets: [{ attribute: 'outcome', value: 'success' }] }));
    const against = await create(t, '/claims', claimBody(witness.id, { eventId: event.id, facets: [{ attribute: 'outcome', value: 'foiled' }] }));
    await post(`/claims/${claimed.id}/reviews`, t.keys.reviewer, review('verified', 1)).expect(201);
    await post(`/claims/${against.id}/reviews`, t.keys.reviewer, review('disputed', 1)).expect(201);
    expect(await queued(event.id)).toEqual(['open_high_contradiction', 'open_high_contradiction']);
    expect(await waitingOnDesk('Agreement event')).toBe(2);
    expect(await desk('has=waiting_for_review&q=Agreement')).toContain('>Agreement event</a>');

    // Dismissed, the contradiction no longer holds them in the queue, nor on the desk.
    const [contradiction] = (await get(`/events/${event.id}/contradictions`)).items;
    await t.http().patch(`/contradictions/${contradiction.id}`).set(bearer(t.keys.reviewer)).send({ status: 'dismissed', note: 'the witness came late' }).expect(200);
    expect(await queued(event.id)).toEqual([]);
    expect(await waitingOnDesk('Agreement event')).toBe(0);
    expect(await desk('has=waiting_for_review&q=Agreement')).not.toContain('>Agreement event</a>');

    // Every event so far: the desk's count is the length of the event's queue.
    const events = (await get('/events?limit=200')).items as Array<{ id: string; title: string }>;
    for (const e of events) expect({ event: e.title, desk: await waitingOnDesk(e.title) }).toEqual({ event: e.title, desk: (await queued(e.id)).length });
  });

  it('keeps every verdict of 200 concurrent reviews on 20 claims: 201 or 409, never lost or doubled, across two API processes', async () => {
    const url = await t.listen();
    // A second API process on the same database.
    const database = t.environment.database;
    const other = await startServer({ DATABASE_URL: database.kind === 'sqlite' ? `sqlite:${database.path}` : database.url, CROSSCHECK_ADMIN_TOKEN: '' });
    try {
      const { sourceId, eventId } = await claimGround(t);
      const claims: Array<{ id: string; version: number }> = [];
      for (let i = 0; i < 20; i++) claims.push(await create(t, '/claims', claimBody(sourceId, { eventId, facets: [] })));
      const attempts = Array.from({ length: 200 }, (_, i) => ({ claim: claims[i % 20], base: i % 2 ? other.url : url, verdict: i % 3 ? 'verified' : 'disputed' }));
      const answers = await Promise.all(attempts.map(async ({ claim, base, verdict }) => {
        const response = await fetch(`${base}/claims/${claim.id}/reviews`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${t.keys.reviewer}`, 'if-match': `"${claim.version}"` },
          body: JSON.stringify(review(verdict)),
        });
        return { claim: claim.id, status: response.status };
      }));
      expect(answers.filter((a) => a.status !== 201 && a.status !== 409)).toEqual([]);
      for (const claim of claims) {
        const won = answers.filter((a) => a.claim === claim.id && a.status === 201).length;
        const now = await get(`/claims/${claim.id}`);
        const history = await get(`/claims/${claim.id}/reviews?limit=200`);
        expect({ claim: claim.id, growth: now.version - claim.version, history: history.items.length }).toEqual({ claim: claim.id, growth: won, history: won });
        expect(won).toBe(1);
      }
      // Against the second process directly as well: a stale version is refused there too.
      const stale = await fetch(`${other.url}/claims/${claims[0].id}/reviews`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t.keys.reviewer}` }, body: JSON.stringify(review('false', claims[0].version)),
      });
      expect(stale.status).toBe(409);
    } finally {
      await other.stop();
    }
  });
});
