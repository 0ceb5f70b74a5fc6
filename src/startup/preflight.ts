import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { DatabaseTarget, Environment } from '../config/environment';
import { StartupContext, StartupFailure, StartupPhase, startupFailureLine } from './failure-line';

/**
 * Checks made before the app is built, so a start that cannot succeed stops in one line before it
 * has touched anything: the port is free, the database answers (waiting a bounded time for a server
 * that is still starting), the SQLite file can be made and written.
 */

/** Runs one step of the start; a failure comes out as a StartupFailure holding its one line. */
export async function startupStep<T>(phase: StartupPhase, context: StartupContext, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StartupFailure) throw error;
    throw new StartupFailure(startupFailureLine(error, context, phase), { cause: error });
  }
}

/** Binds the port for a moment: a busy port is found before anything else happens. */
export function checkPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** Codes on which waiting longer cannot help: the server answered and said no. */
const FINAL_POSTGRES_CODES = new Set(['3D000', '28P01', '28000', '42501']);

async function waitForPostgres(url: string, waitSeconds: number): Promise<void> {
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: Math.max(1000, Math.min(5000, deadline - Date.now())) });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      if (FINAL_POSTGRES_CODES.has(String((error as { code?: unknown }).code)) || Date.now() + 500 > deadline) throw error;
    } finally {
      await client.end().catch(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** mkdir -p, one level at a time: Node's recursive mkdir never returns on some paths (under /proc). */
function makeFolder(folder: string): void {
  if (existsSync(folder)) return;
  const parent = dirname(folder);
  if (parent !== folder) makeFolder(parent);
  mkdirSync(folder);
}

/** The SQLite file's folder is made if missing (and said so), the file opens as SQLite, and both are writable. */
function checkSqlite(path: string): string | null {
  if (path === ':memory:') return null;
  const folder = dirname(path);
  const made = !existsSync(folder);
  makeFolder(folder);
  accessSync(folder, constants.W_OK);
  if (existsSync(path)) accessSync(path, constants.W_OK);
  const db = new Database(path);
  try {
    db.pragma('schema_version');
  } finally {
    db.close();
  }
  return made ? `made the folder ${folder} for DATABASE_URL` : null;
}

/** Checks the database; answers a note worth printing (a folder made), if any. */
export async function checkDatabase(target: DatabaseTarget, waitSeconds: number): Promise<string | null> {
  if (target.kind === 'sqlite') return checkSqlite(target.path);
  await waitForPostgres(target.url, waitSeconds);
  return null;
}

/** The start-up checks in order: port, then database. */
export async function preflight(environment: Environment): Promise<string | null> {
  await startupStep('listen', environment, () => checkPortFree(environment.host, environment.port));
  return startupStep('database', environment, () => checkDatabase(environment.database, environment.databaseWaitSeconds));
}

/** Prints the failure's one line (and, with LOG_LEVEL=debug, its stack) and ends the process with code 1. */
export function exitOnStartupFailure(error: unknown, context: StartupContext, debug: boolean): never {
  const line = startupFailureLine(error, context, 'other');
  process.stderr.write(`crosscheck: ${line}\n`);
  if (debug) {
    const cause = error instanceof StartupFailure && error.cause ? error.cause : error;
    process.stderr.write(`${cause instanceof Error ? cause.stack : String(cause)}\n`);
  }
  process.exit(1);
}
