import { existsSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { DatabaseTarget } from '../config/environment';
import { DemoDatabaseState } from './demo-decision';

/**
 * The mark of a database the demo made: a table of its own, written before the migrations run, so a
 * demo stopped half-way is still recognised as one and can be reset. No other code writes it.
 */
export const DEMO_MARK_TABLE = 'crosscheck_demo';

function describeTables(names: string[]): string {
  const shown = names.slice(0, 4).join(', ');
  return `${names.length} table${names.length === 1 ? '' : 's'} (${shown}${names.length > 4 ? ', …' : ''})`;
}

function sqliteState(path: string): DemoDatabaseState {
  if (path === ':memory:' || !existsSync(path)) return { kind: 'new' };
  const stat = statSync(path);
  if (!stat.isFile()) return { kind: 'foreign', holds: 'something that is not a file' };
  if (stat.size === 0 && !existsSync(`${path}-wal`)) return { kind: 'new' };
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch {
    return { kind: 'foreign', holds: 'a file it cannot open as SQLite' };
  }
  try {
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((row) => row.name);
    if (names.includes(DEMO_MARK_TABLE)) {
      const mark = db.prepare(`SELECT madeAt FROM ${DEMO_MARK_TABLE} LIMIT 1`).get() as { madeAt: string } | undefined;
      return { kind: 'demo', madeAt: mark?.madeAt ?? 'an unknown time' };
    }
    return names.length === 0 ? { kind: 'new' } : { kind: 'foreign', holds: describeTables(names) };
  } catch {
    return { kind: 'foreign', holds: 'a file that is not a SQLite database' };
  } finally {
    db.close();
  }
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const USER_TABLES = "SELECT table_schema AS schema, table_name AS name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2";

async function postgresState(url: string): Promise<DemoDatabaseState> {
  return withClient(url, async (client) => {
    const tables = (await client.query<{ schema: string; name: string }>(USER_TABLES)).rows;
    if (tables.length === 0) return { kind: 'new' };
    if (tables.some((table) => table.schema === 'public' && table.name === DEMO_MARK_TABLE)) {
      const mark = await client.query<{ madeAt: string }>(`SELECT "madeAt" FROM ${DEMO_MARK_TABLE} LIMIT 1`);
      return { kind: 'demo', madeAt: mark.rows[0]?.madeAt ?? 'an unknown time' };
    }
    return { kind: 'foreign', holds: describeTables(tables.map((table) => (table.schema === 'public' ? table.name : `${table.schema}.${table.name}`))) };
  });
}

/** Reads, without writing anything, what the demo's database holds. */
export function inspectDemoDatabase(target: DatabaseTarget): Promise<DemoDatabaseState> {
  return target.kind === 'sqlite' ? Promise.resolve(sqliteState(target.path)) : postgresState(target.url);
}

/** Empties a database the demo made (call only after `inspectDemoDatabase` said so): the SQLite files, or every table. */
export async function resetDemoDatabase(target: DatabaseTarget): Promise<void> {
  if (target.kind === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${target.path}${suffix}`, { force: true });
    return;
  }
  await withClient(target.url, async (client) => {
    const tables = (await client.query<{ schema: string; name: string }>(USER_TABLES)).rows;
    await client.query('BEGIN');
    for (const table of tables) await client.query(`DROP TABLE IF EXISTS "${table.schema.replace(/"/g, '""')}"."${table.name.replace(/"/g, '""')}" CASCADE`);
    await client.query('COMMIT');
  });
}

/** Marks a new, empty database as the demo's, before anything else is written to it. */
export async function markDemoDatabase(target: DatabaseTarget, madeAt: string): Promise<void> {
  const create = `CREATE TABLE ${DEMO_MARK_TABLE} ("madeAt" varchar(30) NOT NULL)`;
  if (target.kind === 'sqlite') {
    const db = new Database(target.path);
    try {
      db.exec(create);
      db.prepare(`INSERT INTO ${DEMO_MARK_TABLE} ("madeAt") VALUES (?)`).run(madeAt);
    } finally {
      db.close();
    }
    return;
  }
  await withClient(target.url, async (client) => {
    await client.query(create);
    await client.query(`INSERT INTO ${DEMO_MARK_TABLE} ("madeAt") VALUES ($1)`, [madeAt]);
  });
}
