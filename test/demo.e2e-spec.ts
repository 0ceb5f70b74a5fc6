import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { freePort } from './child-server';
import { freshDatabase, onPostgres } from './harness';
import { runScript, startScript } from './processes';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * `npm run demo` never destroys data it did not make: it refuses a foreign SQLite file or a non-empty
 * PostgreSQL database (with --reset too) and leaves them as they were; it continues its own database,
 * and recreates it only with --reset; a demo already running on the port is found before anything is
 * touched. DATABASE_URL is never the demo's database.
 */
describe('npm run demo and its database', () => {
  const folder = mkdtempSync(join(tmpdir(), 'crosscheck-demo-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const demoRun = (args: string[], env: Record<string, string>) => runScript('demo/demo.js', args, { PORT: '0', ...env }, folder);

  it.each([[[]], [['--reset']]])('refuses a SQLite file holding something else, in one line, and leaves it intact (args %p)', async (args) => {
    const file = join(folder, 'case.sqlite');
    const db = new Database(file);
    db.exec("CREATE TABLE IF NOT EXISTS notes (text TEXT); INSERT INTO notes VALUES ('an imported case')");
    db.close();
    const before = sha256(file);
    const run = await demoRun(args, { DEMO_DATABASE_URL: `sqlite:${file}` });
    expect({ code: run.code, stderr: run.stderr }).toEqual({
      code: 1,
      stderr: `crosscheck: the demo will not use sqlite:${file}: it holds 1 table (notes), not a database the demo made, and was left as it was; set DEMO_DATABASE_URL to a new SQLite file or an empty PostgreSQL database\n`,
    });
    expect(sha256(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a file that is not SQLite at all, and leaves it intact', async () => {
    const file = join(folder, 'notes.txt');
    writeFileSync(file, 'my notes\n');
    const run = await demoRun(['--reset'], { DEMO_DATABASE_URL: `sqlite:${file}` });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^crosscheck: the demo will not use .*notes\.txt: it holds a file that is not a SQLite database, .*\n$/);
    expect(readFileSync(file, 'utf8')).toBe('my notes\n');
  });

  (onPostgres ? it : it.skip)('refuses a non-empty PostgreSQL database, with --reset too, and leaves it intact', async () => {
    const database = await freshDatabase();
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query("CREATE TABLE notes (text text); INSERT INTO notes VALUES ('an imported case')");
      for (const args of [[], ['--reset']]) {
        const run = await demoRun(args, { DEMO_DATABASE_URL: database.url });
        expect(run.code).toBe(1);
        expect(run.stderr).toMatch(/^crosscheck: the demo will not use postgres:\/\/.*: it holds 1 table \(notes\), not a database the demo made, and was left as it was; .*\n$/);
      }
      expect((await client.query('SELECT text FROM notes')).rows).toEqual([{ text: 'an imported case' }]);
      expect((await client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).rows).toEqual([{ table_name: 'notes' }]);
    } finally {
      await client.end();
      await database.drop();
    }
  });

  (onPostgres ? it : it.skip)('makes its own PostgreSQL database from an empty one, and --reset makes it afresh', async () => {
    const database = await freshDatabase();
    const client = new Client({ connectionString: database.url });
    try {
      for (const args of [[], ['--reset']]) {
        const demo = startScript('demo/demo.js', args, { DEMO_DATABASE_URL: database.url, PORT: String(await freePort()) }, folder);
        try {
          expect(await demo.waitFor('Ctrl-C stops it.')).toContain('Crosscheck demo: the attack on Bamako (7 claims from 5 sources)');
        } finally {
          await demo.stop();
        }
      }
      await client.connect();
      expect((await client.query('SELECT (SELECT COUNT(*) FROM claims)::int AS claims, (SELECT COUNT(*) FROM users)::int AS users')).rows).toEqual([{ claims: 7, users: 4 }]);
    } finally {
      await client.end();
      await database.drop();
    }
  }, 180_000);

  it('a second demo while the first is still loading: one line, and the first comes up with its keys', async () => {
    const file = join(folder, 'racing', 'demo.sqlite');
    const port = String(await freePort());
    const env = { DEMO_DATABASE_URL: `sqlite:${file}`, PORT: port, DEMO_KEYS_FILE: join(folder, 'racing', 'keys.env') };
    const first = startScript('demo/demo.js', [], env, folder);
    try {
      // the first holds the port from before it touches its database until it serves
      for (;;) {
        const status = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status).catch(() => null);
        if (status !== null) break;
        if (first.child.exitCode !== null) throw new Error(`the first demo exited: ${first.output().stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const second = await runScript('demo/demo.js', ['--reset'], env, folder);
      expect(second.code).toBe(1);
      // what it says depends on whether the first could answer meanwhile (loading blocks it): one line, nothing changed
      expect(second.stderr).toMatch(new RegExp(`^crosscheck: (a Crosscheck (is starting|already answers) at http://127\\.0\\.0\\.1:${port} \\(a demo already running\\?\\)|port ${port} is already in use on 127\\.0\\.0\\.1 \\(PORT\\) by something that did not answer as a Crosscheck \\(a demo still starting\\?\\)): .*nothing was changed\\n$`));
      const banner = await first.waitFor('Ctrl-C stops it.');
      const key = /admin key {2}(\S+)/.exec(banner)![1];
      expect(readFileSync(env.DEMO_KEYS_FILE, 'utf8')).toContain(`KEY=${key}`);
      expect((await fetch(`http://127.0.0.1:${port}/events`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(200);
    } finally {
      await first.stop();
    }
  }, 180_000);

  it('makes its own database, continues it, finds itself already running, and --reset makes it afresh; DATABASE_URL is left alone', async () => {
    const file = join(folder, 'demo', 'demo.sqlite');
    const foreign = join(folder, 'crosscheck.sqlite');
    const db = new Database(foreign);
    db.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('the real case')");
    db.close();
    const foreignBefore = sha256(foreign);
    const port = String(await freePort());
    const env = { DEMO_DATABASE_URL: `sqlite:${file}`, DATABASE_URL: `sqlite:${foreign}`, PORT: port };
    const base = `http://127.0.0.1:${port}`;
    const keysFile = () => Object.fromEntries(readFileSync(join(folder, 'data', 'demo-keys.env'), 'utf8').split('\n').filter((line) => line.includes('=')).map((line) => line.split('=') as [string, string]));
    const claimsOf = async (key: string) => {
      const events = await (await fetch(`${base}/events`, { headers: { authorization: `Bearer ${key}` } })).json() as any;
      const claims = await (await fetch(`${base}/events/${events.items[0].id}/claims?limit=100`, { headers: { authorization: `Bearer ${key}` } })).json() as any;
      return { eventId: events.items[0].id as string, texts: (claims.items as Array<{ text: string }>).map((claim) => claim.text) };
    };
    const counts = () => {
      const read = new Database(file, { readonly: true });
      try {
        return read.prepare("SELECT (SELECT COUNT(*) FROM users) AS users, (SELECT COUNT(*) FROM claims) AS claims, (SELECT COUNT(*) FROM events) AS events").get();
      } finally {
        read.close();
      }
    };

    // 1. a new demo: the case, keys printed and written for the shell
    let demo = startScript('demo/demo.js', [], env, folder);
    try {
      const banner = await demo.waitFor('Ctrl-C stops it.');
      expect(banner).toContain('Crosscheck demo: the attack on Bamako (7 claims from 5 sources)');
      expect(banner).toContain(`database   sqlite:${file}`);
      const keys = keysFile();
      expect(keys.URL).toBe(base);
      expect(banner).toContain(`admin key  ${keys.KEY}`);
      const first = await claimsOf(keys.VIEWER_KEY);
      expect(first.texts).toHaveLength(7);
      const added = await fetch(`${base}/claims`, {
        method: 'POST',
        headers: { authorization: `Bearer ${keys.EDITOR_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({ sourceId: (await (await fetch(`${base}/sources`, { headers: { authorization: `Bearer ${keys.KEY}` } })).json() as any).items[0].id, eventId: first.eventId, text: 'Added while trying the demo' }),
      });
      expect(added.status).toBe(201);

      // 2. a second demo on the same port while this one runs: one line, nothing changed
      const before = sha256(file);
      const second = await runScript('demo/demo.js', ['--reset'], env, folder);
      expect({ code: second.code, stderr: second.stderr }).toEqual({ code: 1, stderr: `crosscheck: a Crosscheck already answers at ${base} (a demo already running?): use it, stop it with Ctrl-C in its terminal, or set PORT to start another; nothing was changed\n` });
      expect(keysFile().KEY).toBe(keys.KEY);
      expect((await claimsOf(keys.KEY)).texts).toContain('Added while trying the demo');
      expect(sha256(file)).toBe(before);
    } finally {
      await demo.stop();
    }
    expect(counts()).toEqual({ users: 4, claims: 8, events: 1 });

    // 3. run again: the same demo continues, no user is duplicated, only the new keys work
    const oldKeys = keysFile();
    demo = startScript('demo/demo.js', [], env, folder);
    try {
      expect(await demo.waitFor('Ctrl-C stops it.')).toMatch(/Crosscheck demo, continued from \S+ \(npm run demo -- --reset starts it afresh\): 8 claims/);
      const keys = keysFile();
      expect(keys.KEY).not.toBe(oldKeys.KEY);
      expect((await claimsOf(keys.VIEWER_KEY)).texts).toContain('Added while trying the demo');
      expect((await fetch(`${base}/events`, { headers: { authorization: `Bearer ${oldKeys.VIEWER_KEY}` } })).status).toBe(401);
    } finally {
      await demo.stop();
    }
    expect(counts()).toEqual({ users: 4, claims: 8, events: 1 });

    // 4. --reset: the demo database made afresh
    demo = startScript('demo/demo.js', ['--reset'], env, folder);
    try {
      expect(await demo.waitFor('Ctrl-C stops it.')).toContain('Crosscheck demo: the attack on Bamako (7 claims from 5 sources)');
      expect((await claimsOf(keysFile().KEY)).texts).not.toContain('Added while trying the demo');
    } finally {
      await demo.stop();
    }
    expect(counts()).toEqual({ users: 4, claims: 7, events: 1 });
    expect(sha256(foreign)).toBe(foreignBefore);
  }, 300_000); // four demo starts, each loading the whole app: a bound for a loaded machine
});
