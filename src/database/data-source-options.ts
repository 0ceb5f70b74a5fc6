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
    prepareDatabase: (db: { pragma(source: string): unknown }) => {
      // WAL with synchronous=FULL: a commit that was answered survives a crash of the process and of the machine.
      db.pragma('synchronous = FULL');
      db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    },
  };
}
