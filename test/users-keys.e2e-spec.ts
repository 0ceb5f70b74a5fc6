import { bearer, deskSession, startTestApp, TestApp } from './harness';

/** Issue 16: keys are revoked and users disabled or changed by admins, audited, and stop at the next request. */
describe('managing keys and users', () => {
  let t: TestApp;
  const admin = () => bearer(t.adminKey);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function userWithKey(role: string, name = `${role} ${Math.random()}`) {
    const user = await t.http().post('/users').set(admin()).send({ name, role }).expect(201);
    const key = await t.http().post(`/users/${user.body.id}/api-keys`).set(admin()).send({ label: 'laptop' }).expect(201);
    return { userId: user.body.id as string, keyId: key.body.id as string, key: key.body.key as string };
  }

  it('revokes a key: the next API request with it gets 401, other keys of the user go on; audited', async () => {
    const a = await userWithKey('editor');
    const second = await t.http().post(`/users/${a.userId}/api-keys`).set(admin()).send({ label: 'phone' }).expect(201);
    await t.http().get('/sources').set(bearer(a.key)).expect(200);
    const revoked = await t.http().delete(`/users/${a.userId}/api-keys/${a.keyId}`).set(admin()).expect(200);
    expect(revoked.body).toMatchObject({ id: a.keyId, userId: a.userId, label: 'laptop', revokedAt: expect.any(String) });
    expect(revoked.body.keyHash).toBeUndefined();
    const refused = await t.http().get('/sources').set(bearer(a.key)).expect(401);
    expect(refused.body.details).toEqual([{ path: 'authorization', message: 'unknown or revoked key' }]);
    await t.http().get('/sources').set(bearer(second.body.key)).expect(200);
    // Again: nothing changes. Another user's key id: 404.
    const again = await t.http().delete(`/users/${a.userId}/api-keys/${a.keyId}`).set(admin()).expect(200);
    expect(again.body.revokedAt).toBe(revoked.body.revokedAt);
    const other = await userWithKey('viewer');
    await t.http().delete(`/users/${a.userId}/api-keys/${other.keyId}`).set(admin()).expect(404);
    const audit = await t.http().get(`/audit?entity=api_key&entityId=${a.keyId}`).set(admin()).expect(200);
    expect(audit.body.items.map((e: { action: string; after: unknown }) => [e.action, e.after])).toEqual([
      ['create', expect.objectContaining({ label: 'laptop' })], ['update', { revokedAt: revoked.body.revokedAt }],
    ]);
    const keys = await t.http().get(`/users/${a.userId}/api-keys`).set(admin()).expect(200);
    expect(keys.body.items.map((k: { label: string; revokedAt: string | null }) => [k.label, k.revokedAt !== null]).sort()).toEqual([['laptop', true], ['phone', false]]);
  });

  it('disables a user and changes a role: every key stops, or gets the new role, at the next request', async () => {
    const b = await userWithKey('editor');
    await t.http().post('/sources').set(bearer(b.key)).send({ name: 'Before', kind: 'media' }).expect(201);
    const demoted = await t.http().patch(`/users/${b.userId}`).set(admin()).send({ role: 'viewer' }).expect(200);
    expect(demoted.body).toMatchObject({ role: 'viewer', disabled: false });
    await t.http().post('/sources').set(bearer(b.key)).send({ name: 'After', kind: 'media' }).expect(403);
    await t.http().patch(`/users/${b.userId}`).set(admin()).send({ disabled: true }).expect(200);
    await t.http().get('/sources').set(bearer(b.key)).expect(401);
    await t.http().patch(`/users/${b.userId}`).set(admin()).send({ disabled: false }).expect(200);
    await t.http().get('/sources').set(bearer(b.key)).expect(200);
    const bad = await t.http().patch(`/users/${b.userId}`).set(admin()).send({ role: 'boss', disabled: 'yes' }).expect(400);
    expect(bad.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['disabled', 'role']);
    const audit = await t.http().get(`/audit?entity=user&entityId=${b.userId}`).set(admin()).expect(200);
    expect(audit.body.items.slice(1).map((e: { after: unknown }) => e.after)).toEqual([
      { role: 'viewer', disabled: false }, { role: 'viewer', disabled: true }, { role: 'viewer', disabled: false },
    ]);
  });

  it('is for admins only, and never leaves no enabled admin', async () => {
    const c = await userWithKey('viewer');
    for (const key of [t.keys.editor, t.keys.reviewer, t.keys.viewer]) {
      await t.http().patch(`/users/${c.userId}`).set(bearer(key)).send({ disabled: true }).expect(403);
      await t.http().delete(`/users/${c.userId}/api-keys/${c.keyId}`).set(bearer(key)).expect(403);
    }
    const last = await t.http().patch(`/users/${t.admin.userId}`).set(admin()).send({ disabled: true }).expect(409);
    expect(last.body.message).toMatch(/last enabled admin/);
    await t.http().patch(`/users/${t.admin.userId}`).set(admin()).send({ role: 'editor' }).expect(409);
  });

  it('shows user and key audit entries to admins only', async () => {
    for (const entity of ['user', 'api_key']) {
      const refused = await t.http().get(`/audit?entity=${entity}`).set(bearer(t.keys.viewer)).expect(403);
      expect(refused.body.details).toEqual([{ path: 'entity', message: 'needs the role admin' }]);
      await t.http().get(`/audit?entity=${entity}`).set(admin()).expect(200);
    }
    const all = await t.http().get('/audit?limit=200').set(bearer(t.keys.editor)).expect(200);
    expect(all.body.items.length).toBeGreaterThan(0);
    expect(all.body.items.filter((e: { entity: string }) => e.entity === 'user' || e.entity === 'api_key')).toEqual([]);
  });

  it('on the desk: a revoked key or a disabled user is signed out at the next page', async () => {
    const d = await userWithKey('reviewer');
    const session = await deskSession(t, d.key);
    await t.http().get('/desk').set('Cookie', session.cookie).expect(200);
    await t.http().delete(`/users/${d.userId}/api-keys/${d.keyId}`).set(admin()).expect(200);
    const signedOut = (response: { status: number; headers: Record<string, string> }) => {
      expect(response.status).toBe(303);
      expect(response.headers.location).toMatch(/^\/desk\/sign-in/);
    };
    signedOut(await t.http().get('/desk').set('Cookie', session.cookie));

    const e = await userWithKey('editor');
    const other = await deskSession(t, e.key);
    await t.http().patch(`/users/${e.userId}`).set(admin()).send({ disabled: true }).expect(200);
    signedOut(await t.http().get('/desk').set('Cookie', other.cookie));
    // Posting a form with it is refused (before the body is read), as a page that says to sign in.
    const posted = await t.http().post('/desk/events').set('Cookie', other.cookie).type('form').send({ _csrf: other.token, title: 'x' }).expect(401);
    expect(posted.text).toMatch(/Sign in/);
  });

  it('on the desk: an admin revokes a key and disables a user through forms; others cannot open the page', async () => {
    const f = await userWithKey('editor', 'Fatou, night desk');
    const adminSession = await deskSession(t, t.adminKey);
    const page = await t.http().get('/desk/users').set('Cookie', adminSession.cookie).expect(200);
    expect(page.text).toContain('Fatou, night desk');
    expect(page.text).toContain(`/desk/users/${f.userId}/api-keys/${f.keyId}/revoke`);
    await t.http().post(`/desk/users/${f.userId}/api-keys/${f.keyId}/revoke`).set('Cookie', adminSession.cookie).type('form').send({ _csrf: adminSession.token }).expect(303);
    await t.http().get('/sources').set(bearer(f.key)).expect(401);
    const again = await t.http().get('/desk/users?done=revoked').set('Cookie', adminSession.cookie).expect(200);
    expect(again.text).toMatch(/The key was revoked/);
    expect(again.text).toMatch(/revoked \d{4}-/);

    const g = await userWithKey('editor', 'Gaoussou');
    await t.http().post(`/desk/users/${g.userId}`).set('Cookie', adminSession.cookie).type('form').send(`_csrf=${encodeURIComponent(adminSession.token)}&role=reviewer&disabled=false&disabled=true`).expect(303);
    await t.http().get('/sources').set(bearer(g.key)).expect(401);
    const changed = await t.http().get(`/audit?entity=user&entityId=${g.userId}`).set(admin()).expect(200);
    expect(changed.body.items[1].after).toEqual({ role: 'reviewer', disabled: true });
    // Without the form token: refused.
    await t.http().post(`/desk/users/${g.userId}`).set('Cookie', adminSession.cookie).type('form').send('role=admin').expect(403);
    // The last admin cannot disable themself here either: the page says why.
    const last = await t.http().post(`/desk/users/${t.admin.userId}`).set('Cookie', adminSession.cookie).type('form').send(`_csrf=${encodeURIComponent(adminSession.token)}&role=admin&disabled=false&disabled=true`).expect(409);
    expect(last.text).toMatch(/last enabled admin/);

    const viewer = await deskSession(t, t.keys.viewer);
    await t.http().get('/desk/users').set('Cookie', viewer.cookie).expect(403);
  });
});
