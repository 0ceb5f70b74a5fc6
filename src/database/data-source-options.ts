import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { DatabaseTarget } from '../config/environment';
import { ENTITIES } from './entities';

/** How long a write waits for another process's lock on the SQLite file before giving up with 503. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * How long a PostgreSQL statement waits for a row lock (an event's, held by another writer) before it
 * fails with 55P03; the write queue then runs the transaction again after a pause, a few times.
 */
export const POSTGRES_LOCK_TIMEOUT_MS = 5000;

// Resolved from this file, so the same options serve `ts` sources (tests, CLI) and the built `dist/`.
const MIGRATIONS = join(__dirname, '..', '..', 'migrations', '*.{ts,js}');

/** One options object for Nest, the TypeORM CLI and the tests. The schema changes only through migrations. */
export function dataSourceOptions(target: DatabaseTarget): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: [MIGRATIONS],
    migrationsRun: false,
    synchronize: false,
    logging: false,
  };
  if (target.kind === 'postgres') {
    return { ...common, type: 'postgres', url: target.url, extra: { max: 10, lock_timeout: POSTGRES_LOCK_TIMEOUT_MS } };
  }
  if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: target.path,
    enableWAL: target.path !== ':memory:',
    timeout: SQLITE_BUSY_TIMEOUT_MS,
    prepareDatabase: sqlitePragmas,
  };
}

/**
 * The pragmas of every connection to a SQLite file, the app's and the benches' raw baselines alike, so
 * that both pay the same for a commit. WAL with synchronous=FULL: every answered commit is on disk, so
 * it survives a power cut or an OS crash, not only a crash of the process. NORMAL would save the fsync
 * per commit (about 10 ms a claim on the loaded bench machine) but could lose answered commits since the
 * last checkpoint, and nothing acknowledged may be lost.
 */
export function sqlitePragmas(db: { pragma(source: string): unknown }): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
}
