import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './child-server';
import { onPostgres } from './harness';
import { runScript } from './processes';

/**
 * Every start-up failure a user can fix is one line on stderr naming the setting and what to do, with
 * exit code 1 and no stack (unless LOG_LEVEL=debug), and never a password from DATABASE_URL.
 */
describe('start-up failures: one line each, exit code 1', () => {
  const folder = mkdtempSync(join(tmpdir(), 'crosscheck-startup-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  async function start(env: Record<string, string>) {
    const run = await runScript('main.js', [], { LOG_LEVEL: 'info', PORT: String(await freePort()), DATABASE_URL: `sqlite:${join(folder, 'ok.sqlite')}`, ...env });
    return { ...run, lines: run.stderr.split('\n').filter((line) => line.trim()) };
  }

  function expectOneLine(run: { code: number | null; stdout: string; lines: string[] }, line: RegExp) {
    expect({ code: run.code, lines: run.lines }).toEqual({ code: 1, lines: [expect.stringMatching(line)] });
    expect(run.lines[0]).toMatch(/^crosscheck: /);
    expect(run.stdout).not.toMatch(/\bat .+:\d+:\d+/); // no stack frame anywhere
  }

  it('port in use: names PORT and says to free it or choose another', async () => {
    const port = await freePort();
    const holder: Server = createServer();
    await new Promise<void>((resolve) => holder.listen(port, '0.0.0.0', resolve));
    try {
      const run = await start({ PORT: String(port) });
      expectOneLine(run, new RegExp(`port ${port} is already in use on 0\\.0\\.0\\.0 \\(PORT\\): stop the program using it, or set PORT`));
      expect(run.stdout).not.toMatch(/started|Listening/);
    } finally {
      holder.close();
    }
  });

  it('a HOST that is not this machine: names HOST', async () => {
    expectOneLine(await start({ HOST: '203.0.113.9' }), /HOST 203\.0\.113\.9 is not an address of this machine: set HOST to 0\.0\.0\.0/);
  });

  it('PostgreSQL unreachable: gives up after DATABASE_WAIT_SECONDS, names it, masks the password', async () => {
    const closed = await freePort();
    const run = await start({ DATABASE_URL: `postgres://crosscheck:hunter2secret@127.0.0.1:${closed}/crosscheck`, DATABASE_WAIT_SECONDS: '1' });
    expectOneLine(run, new RegExp(`PostgreSQL at 127\\.0\\.0\\.1:${closed} \\(DATABASE_URL postgres://crosscheck:\\*\\*\\*@127\\.0\\.0\\.1:${closed}/crosscheck\\) did not answer within 1 s .*raise DATABASE_WAIT_SECONDS`));
    expect(run.stderr + run.stdout).not.toContain('hunter2secret');
  });

  (onPostgres ? it : it.skip)('PostgreSQL database missing: says how to create it', async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = '/crosscheck_never_made_here';
    const run = await start({ DATABASE_URL: url.toString() });
    expectOneLine(run, /the database "crosscheck_never_made_here" of DATABASE_URL .* does not exist: create it \(createdb -h .* crosscheck_never_made_here\) or fix DATABASE_URL/);
  });

  it.each([
    ['a folder it cannot make', '/proc/crosscheck-nowhere/db.sqlite'],
    ['a file where a folder should be', 'FILE/db.sqlite'],
  ])('SQLite path not writable (%s): names DATABASE_URL and asks for a writable path', async (_, path) => {
    const file = join(folder, 'plain-file');
    writeFileSync(file, 'not a folder');
    const run = await start({ DATABASE_URL: `sqlite:${path.replace('FILE', file)}` });
    expectOneLine(run, /cannot create or write the SQLite file .* of DATABASE_URL \(.*\): choose a writable path/);
  });

  it('a file that is not SQLite: says so and leaves it alone', async () => {
    const file = join(folder, 'notes.txt');
    writeFileSync(file, 'my notes, not a database\n');
    expectOneLine(await start({ DATABASE_URL: `sqlite:${file}` }), /notes\.txt \(DATABASE_URL\) is not a SQLite database/);
    expect(readFileSync(file, 'utf8')).toBe('my notes, not a database\n');
  });

  it.each([
    ['postgres:/crosscheck:hunter2secret@db/x', /DATABASE_URL must be sqlite:<path>, sqlite::memory: or postgres:.*\(got "postgres:\/crosscheck:\*\*\*@db\/x"\)/],
    ['mysql://root:hunter2secret@localhost/x', /DATABASE_URL must be .*\(got "mysql:\/\/root:\*\*\*@localhost\/x"\)/],
  ])('bad URL %s: names DATABASE_URL and what it accepts, password masked', async (url, line) => {
    const run = await start({ DATABASE_URL: url });
    expectOneLine(run, line);
    expect(run.stderr).not.toContain('hunter2secret');
  });

  it('LOG_LEVEL=debug adds the stack under the same first line', async () => {
    const run = await start({ DATABASE_URL: 'sqlite:/proc/crosscheck-nowhere/db.sqlite', LOG_LEVEL: 'debug' });
    expect(run.code).toBe(1);
    expect(run.lines[0]).toMatch(/^crosscheck: cannot create or write the SQLite file/);
    expect(run.lines.length).toBeGreaterThan(1);
    expect(run.stderr).toMatch(/\bat .+:\d+:\d+/);
  });
});
