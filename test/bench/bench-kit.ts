import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { createApp } from '../../src/app';
import { Actor } from '../../src/auth/access.decorator';
import { AuthService } from '../../src/auth/auth.service';
import { newId } from '../../src/common/ids';
import { loadEnvironment } from '../../src/config/environment';

/** One measured figure, always beside the baseline it was measured against in the same run. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  baselineName: string;
  baseline: number;
  ratio: number;
  target?: string;
  met?: boolean;
  extra?: Record<string, unknown>;
}

export interface BenchApp {
  app: NestFastifyApplication;
  file: string;
  admin: Actor;
  adminKey: string;
}

/** The real application on a fresh SQLite file in a temporary folder. */
export async function startBenchApp(): Promise<BenchApp> {
  const file = join(mkdtempSync(join(tmpdir(), 'crosscheck-bench-')), 'bench.sqlite');
  const adminKey = `bench_${randomBytes(16).toString('hex')}`;
  const app = await createApp(loadEnvironment({ DATABASE_URL: `sqlite:${file}`, CROSSCHECK_ADMIN_TOKEN: adminKey, LOG_LEVEL: 'error', RATE_LIMIT_PER_MINUTE: '0' }));
  const admin = (await app.get(AuthService).actorForKey(adminKey))!;
  return { app, file, admin, adminKey };
}

/** Milliseconds taken by each of `runs` runs. */
export async function time(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A throwaway PostgreSQL database beside DATABASE_URL's (`target`): its URL, and `drop` to remove it at the end. */
export async function scratchPostgres(prefix: string, target: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: target });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(target);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Rows straight into SQLite, many to an INSERT, in chunks that stay under its limit on bound values. */
export function insertRows(db: Database.Database, sql: string, columns: number, rows: unknown[][]): void {
  const chunk = Math.floor(30000 / columns);
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    db.prepare(`${sql} VALUES ${part.map(() => `(${Array(columns).fill('?').join(', ')})`).join(', ')}`).run(...part.flat());
  }
}

/** `count` sources straight into SQLite, named `${name} ${i}`, the first `parties` of them parties to the conflict; their ids. */
export function seedSources(db: Database.Database, count: number, parties: number, name: string): string[] {
  const ids: string[] = [];
  const now = new Date().toISOString();
  const insert = db.prepare('INSERT INTO sources (id, name, aliases, kind, stake, reliability, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = newId();
      ids.push(id);
      insert.run(id, `${name} ${i}`, '[]', 'other', i < parties ? 'party_to_conflict' : 'independent', 'F', now, now);
    }
  })();
  return ids;
}
