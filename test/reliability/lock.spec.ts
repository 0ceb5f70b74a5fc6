import { randomBytes } from 'node:crypto';
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { api, startServer } from '../child-server';

/** Another process holds the write lock on the SQLite file for 3 s: writes wait and succeed, or get 503 with Retry-After. */
describe('lock: another process holds the write lock for 3 s', () => {
  const folder = mkdtempSync(join(tmpdir(), 'crosscheck-lock-'));
  const file = join(folder, 'lock.sqlite');
  const token = `lock_${randomBytes(12).toString('hex')}`;
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('never answers 500 and loses nothing it acknowledged', async () => {
    const server = await startServer({ DATABASE_URL: `sqlite:${file}`, CROSSCHECK_ADMIN_TOKEN: token });
    const call = api(server.url, token);
    try {
      const source = await call('POST', '/sources', { name: 'Lock source', kind: 'media' });
      expect(source.status).toBe(201);
      const holder = join(folder, 'hold.js');
      writeFileSync(holder, `
        const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
        const db = new Database(${JSON.stringify(file)});
        db.exec('BEGIN IMMEDIATE');
        process.send('locked');
        setTimeout(() => { db.exec('COMMIT'); db.close(); process.exit(0); }, 3000);
      `);
      const child = fork(holder, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      const released = new Promise((resolve) => child.once('exit', resolve));
      await new Promise<void>((resolve) => child.once('message', () => resolve()));
      const started = Date.now();
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) =>
        call('POST', '/claims', { sourceId: source.body.id, text: `written under lock ${i}` }).then((r) => ({ i, ...r }))));
      const reads = await call('GET', '/claims?limit=5');
      expect(reads.status).toBe(200);
      await released;
      expect(answers.filter((a) => a.status !== 201 && a.status !== 503)).toEqual([]);
      for (const a of answers.filter((a) => a.status === 503)) expect(a.headers.get('retry-after')).toBeTruthy();
      const db = new Database(file, { readonly: true });
      try {
        for (const a of answers.filter((a) => a.status === 201)) expect(db.prepare('SELECT id FROM claims WHERE id = ?').get(a.body.id)).toBeTruthy();
      } finally {
        db.close();
      }
      const waited = answers.filter((a) => a.status === 201).length;
      process.stdout.write(`lock: ${waited} writes waited and succeeded, ${answers.length - waited} answered 503; first answers after ${Date.now() - started} ms\n`);
      expect(waited).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  });
});
