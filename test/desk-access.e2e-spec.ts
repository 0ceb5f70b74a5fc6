import { loadBamakoCase, LoadedDemo } from '../src/demo/load-demo';
import { bearer, deskSession as signIn, startTestApp, TestApp } from './harness';
import { Route, routeTable } from './route-table';

const UNKNOWN_ID = '0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a';

describe('the desk: sessions, form tokens and roles', () => {
  let t: TestApp;
  let demo: LoadedDemo;
  let desk: Route[];

  beforeAll(async () => {
    t = await startTestApp();
    demo = await loadBamakoCase(t.app, t.admin);
    desk = routeTable(t.app).filter((route) => route.session && !route.access?.public);
  });
  afterAll(() => t.close());

  const url = (route: Route) => route.path.replace(/:[A-Za-z]+/g, UNKNOWN_ID);

  it('has pages, and every one of them declares its roles', () => {
    expect(desk.map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining([
      'GET /desk', 'GET /desk/events/:id', 'GET /desk/claims/:id', 'POST /desk/claims/:id/reviews', 'POST /desk/contradictions/:id/triage', 'GET /desk/queue',
    ]));
    expect(desk.filter((r) => !r.access)).toEqual([]);
  });

  it('sends a visitor without a session to sign in, and back to the page after', async () => {
    for (const route of desk.filter((r) => r.method === 'GET')) {
      const response = await t.http().get(url(route)).expect(303);
      expect(response.headers.location).toBe(`/desk/sign-in?next=${encodeURIComponent(url(route))}`);
    }
    const key = t.keys.viewer;
    const signedIn = await t.http().post('/desk/sign-in').type('form').send({ key, next: `/desk/events/${demo.event.id}` }).expect(303);
    expect(signedIn.headers.location).toBe(`/desk/events/${demo.event.id}`);
    const cookie = String(signedIn.headers['set-cookie']);
    expect(cookie).toMatch(/^crosscheck_session=[^;]+; Path=\/desk; HttpOnly; SameSite=Strict$/);
  });

  it('refuses a post without a session, and never redirects a sign-in to another site', async () => {
    for (const route of desk.filter((r) => r.method === 'POST')) {
      const response = await t.http().post(url(route)).type('form').send({ _csrf: 'x' });
      expect({ route: route.path, status: response.status }).toEqual({ route: route.path, status: 401 });
      expect(response.type).toBe('text/html');
    }
    for (const next of ['//evil.example/desk', 'https://evil.example', '/deskevil', '/docs']) {
      const response = await t.http().post('/desk/sign-in').type('form').send({ key: t.keys.viewer, next }).expect(303);
      expect(response.headers.location).toBe('/desk');
    }
  });

  it('answers a wrong key with the sign-in page again, and a revoked session by asking to sign in', async () => {
    const wrong = await t.http().post('/desk/sign-in').type('form').send({ key: 'cc_not-a-key' }).expect(401);
    expect(wrong.text).toContain('This API key is unknown or revoked.');
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const stale = await t.http().get('/desk').set('Cookie', 'crosscheck_session=cc_not-a-key').expect(303);
    expect(stale.headers.location).toBe('/desk/sign-in?next=%2Fdesk');
    expect(String(stale.headers['set-cookie'])).toContain('Max-Age=0');
  });

  it('refuses a form without the session\'s token, or posted from another site, with 403', async () => {
    const editor = await signIn(t, t.keys.editor);
    const contradictions = (await t.http().get(`/events/${demo.event.id}/contradictions`).set(bearer(t.keys.viewer))).body.items;
    const target = `/desk/contradictions/${contradictions[0].id}/triage`;
    const missing = await t.http().post(target).set('Cookie', editor.cookie).type('form').send({ status: 'dismissed' }).expect(403);
    expect(missing.text).toContain('its form token is missing');
    const reviewer = await signIn(t, t.keys.reviewer);
    await t.http().post(target).set('Cookie', editor.cookie).type('form').send({ status: 'dismissed', _csrf: reviewer.token }).expect(403);
    await t.http().post(target).set('Cookie', editor.cookie).set('Origin', 'https://evil.example').type('form').send({ status: 'dismissed', _csrf: editor.token }).expect(403);
    const after = (await t.http().get(`/contradictions/${contradictions[0].id}`).set(bearer(t.keys.viewer))).body;
    expect(after.status).toBe('open');
    await t.http().post(target).set('Cookie', editor.cookie).type('form').send({ status: 'dismissed', note: 'checked', _csrf: editor.token }).expect(303);
    expect((await t.http().get(`/contradictions/${contradictions[0].id}`).set(bearer(t.keys.viewer))).body).toMatchObject({ status: 'dismissed', note: 'checked' });
  });

  it('gives each role the same rights on the pages as on the API: a viewer posting with its own token gets 403', async () => {
    const claimId = demo.claims[0].id;
    // The refused roles first: a refused post must leave the claim at version 1 for the reviewer's post to land.
    for (const role of ['viewer', 'editor', 'reviewer'] as const) {
      const session = await signIn(t, t.keys[role]);
      const response = await t.http().post(`/desk/claims/${claimId}/reviews`).set('Cookie', session.cookie).type('form')
        .send({ _csrf: session.token, verdict: 'verified', rationale: `A verdict posted by the ${role}`, version: '1' });
      expect({ role, status: response.status }).toEqual({ role, status: role === 'reviewer' ? 303 : 403 });
      if (role !== 'reviewer') expect(response.text).toMatch(/needs the role reviewer/);
    }
    const history = (await t.http().get(`/claims/${claimId}/reviews`).set(bearer(t.keys.viewer))).body.items;
    expect(history.map((r: { rationale: string }) => r.rationale)).toEqual(['A verdict posted by the reviewer']);
  });

  it('refuses every write page to a viewer holding a valid session and token', async () => {
    const viewer = await signIn(t, t.keys.viewer);
    for (const route of desk.filter((r) => r.method === 'POST' && r.path !== '/desk/sign-out')) {
      const response = await t.http().post(url(route)).set('Cookie', viewer.cookie).type('form').send({ _csrf: viewer.token });
      expect({ route: route.path, status: response.status }).toEqual({ route: route.path, status: 403 });
      expect(response.type).toBe('text/html');
    }
  });

  it('answers on pages, not JSON, for an unknown desk path and a body that is not a form', async () => {
    const session = await signIn(t, t.keys.editor);
    const missing = await t.http().get('/desk/nowhere').set('Cookie', session.cookie).expect(404);
    expect(missing.type).toBe('text/html');
    expect(missing.text).toContain('Not found');
    const json = await t.http().post('/desk/sign-in').send({ key: 1 }).expect(415);
    expect(json.type).toBe('text/html');
    expect(json.text).toContain('take forms');
    const repeated = await t.http().post(`/desk/events/${demo.event.id}/claims`).set('Cookie', session.cookie).type('form')
      .send(`_csrf=${encodeURIComponent(session.token)}&text=a&text=b&sourceId=x&sourceId=y&facets=`);
    expect(repeated.status).toBe(400);
    expect(repeated.text).toContain('sourceId');
  });

  it('sends nothing but a desk page as the place to go after signing in, however next is written', async () => {
    for (const next of ['/desk/a\r\nSet-Cookie: x=1', '/desk/\u2028', 'https://evil.example']) {
      const page = await t.http().get(`/desk/sign-in?next=${encodeURIComponent(next)}`).expect(200);
      expect(page.text).toContain('name="next" value="/desk"');
    }
    await t.http().get('/desk/sign-in?next=/desk/a&next=/desk/b').expect(200);
  });

  it('clears a refused session cookie, and leaves alone one that was never sent', async () => {
    const without = await t.http().get(`/desk/events/${demo.event.id}`).expect(303);
    expect(without.headers['set-cookie']).toBeUndefined();
  });

  it('keeps form bodies to the desk: the API answers 415', async () => {
    const response = await t.http().post('/sources').set(bearer(t.keys.editor)).type('form').send({ name: 'x', kind: 'other' }).expect(415);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('serves pages with a policy that runs no script, and signs out', async () => {
    const session = await signIn(t, t.keys.viewer);
    const page = await t.http().get(`/desk/events/${demo.event.id}`).set('Cookie', session.cookie).expect(200);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(page.headers['content-security-policy']).not.toMatch(/script-src/);
    expect(page.text).not.toMatch(/<script/i);
    const out = await t.http().post('/desk/sign-out').set('Cookie', session.cookie).type('form').send({ _csrf: session.token }).expect(303);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
  });
});

describe('the desk behind a TLS proxy', () => {
  it('marks the session cookie Secure when the proxy says the browser came over HTTPS, and checks the forwarded host', async () => {
    const t = await startTestApp({ TRUST_PROXY: 'true' });
    try {
      const response = await t.http().post('/desk/sign-in').set('X-Forwarded-Proto', 'https').set('X-Forwarded-Host', 'desk.example.org')
        .set('Origin', 'https://desk.example.org').type('form').send({ key: t.keys.viewer }).expect(303);
      expect(String(response.headers['set-cookie'])).toMatch(/; Secure(;|$)/);
      await t.http().post('/desk/sign-in').set('X-Forwarded-Proto', 'https').set('X-Forwarded-Host', 'desk.example.org')
        .set('Origin', 'https://evil.example').type('form').send({ key: t.keys.viewer }).expect(403);
    } finally {
      await t.close();
    }
  });
});
