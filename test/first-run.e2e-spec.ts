import { freePort } from './child-server';
import { freshDatabase } from './harness';
import { runScript, startScript } from './processes';

/**
 * The first start on an empty database without CROSSCHECK_ADMIN_TOKEN: one admin key, printed once
 * with how to use it; then keys made, listed and revoked from the shell with `npm run keys`. Runs on
 * SQLite, or on PostgreSQL when DATABASE_URL points there.
 */
describe('first run: the bootstrap key and npm run keys', () => {
  let database: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(() => database.drop());

  const keys = (...args: string[]) => runScript('users/keys-cli.js', args, { DATABASE_URL: database.url });

  it('prints an admin key once, which works; keys are made, listed and revoked from the shell', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const get = (path: string, key?: string) => fetch(`${url}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} }).then((r) => r.status);
    const post = (path: string, key: string, body: unknown) =>
      fetch(`${url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.status);

    const first = startScript('main.js', [], { DATABASE_URL: database.url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' });
    let adminKey: string;
    try {
      const stdout = await first.waitFor('Lost it?');
      expect(stdout).toContain(`Listening on http://127.0.0.1:${port} (HOST=127.0.0.1)`);
      const printed = [...stdout.matchAll(/admin key {2}(cc_\S+)/g)].map((match) => match[1]);
      expect(printed).toHaveLength(1);
      adminKey = printed[0];
      expect(stdout).toContain(`curl -H "Authorization: Bearer ${adminKey}" http://127.0.0.1:${port}/events`);
      expect(stdout).toContain('npm run keys -- create --role editor');
      expect(await get('/events')).toBe(401);
      expect(await get('/events', adminKey)).toBe(200);

      // a key made from the shell works at once against the running server
      const made = await keys('create', '--role', 'editor', '--name', 'Ana', '--label', 'laptop');
      expect(made.code).toBe(0);
      const editorKey = made.stdout.trim();
      expect(editorKey).toMatch(/^cc_\S+$/);
      expect(made.stderr).toMatch(/made editor "Ana" \(user \S+\) and key \S+ labelled "laptop"/);
      expect(await get('/events', editorKey)).toBe(200);
      expect(await post('/users', editorKey, { name: 'x', role: 'admin' })).toBe(403);

      const listed = await keys('list');
      expect(listed.code).toBe(0);
      const rows = listed.stdout.trim().split('\n');
      expect(rows[0]).toMatch(/^key id\s+holder\s+role\s+label\s+made\s+revoked$/);
      expect(rows.slice(1)).toEqual([expect.stringMatching(/\badmin\s+admin\s+bootstrap\s+\S+\s+-$/), expect.stringMatching(/\bAna\s+editor\s+laptop\s+\S+\s+-$/)]);
      expect(listed.stdout).not.toContain(adminKey);
      expect(listed.stdout).not.toContain(editorKey);

      const editorKeyId = rows[2].split(/\s+/)[0];
      const revoked = await keys('revoke', editorKeyId);
      expect(revoked.code).toBe(0);
      expect(revoked.stdout).toMatch(new RegExp(`^revoked key ${editorKeyId} of Ana \\(editor, "laptop"\\) at \\S+`));
      expect(await get('/events', editorKey)).toBe(401);
      expect((await keys('list')).stdout).toMatch(/\bAna\s+editor\s+laptop\s+\S+\s+\d{4}-\S+$/m);

      const unknown = await keys('revoke', '00000000-0000-7000-8000-000000000000');
      expect({ code: unknown.code, stderr: unknown.stderr }).toEqual({ code: 1, stderr: 'crosscheck: No API key with id 00000000-0000-7000-8000-000000000000\n' });
      const wrong = await keys('create', '--role', 'boss', '--name', 'x');
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toMatch(/^crosscheck: create needs --role admin, editor, reviewer, viewer \(got boss\)\nusage:/);
    } finally {
      await first.stop();
    }

    // the second start makes no key and prints none; the first key still works
    const second = startScript('main.js', [], { DATABASE_URL: database.url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' });
    try {
      const stdout = await second.waitFor('Listening on');
      expect(stdout).not.toContain('admin key');
      expect(stdout).not.toContain('cc_');
      expect(await get('/events', adminKey)).toBe(200);
      const listed = await keys('list');
      expect(listed.stdout.trim().split('\n')).toHaveLength(3);
    } finally {
      await second.stop();
    }
  }, 300_000); // eight processes, each loading the whole app: a bound for a loaded machine, not a measure

  it('with CROSSCHECK_ADMIN_TOKEN, no bootstrap key is made', async () => {
    const other = await freshDatabase();
    const port = await freePort();
    const server = startScript('main.js', [], { DATABASE_URL: other.url, PORT: String(port), CROSSCHECK_ADMIN_TOKEN: 'a-token-of-my-own-choosing', LOG_LEVEL: 'info' });
    try {
      const stdout = await server.waitFor('Listening on');
      expect(stdout).not.toContain('admin key');
      const listed = await runScript('users/keys-cli.js', ['list'], { DATABASE_URL: other.url });
      expect(listed.stdout.trim().split('\n').slice(1)).toEqual([expect.stringMatching(/\badmin\s+admin\s+environment\s/)]);
    } finally {
      await server.stop();
      await other.drop();
    }
  }, 120_000);
});
