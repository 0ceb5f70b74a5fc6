import { DatabaseTarget } from '../config/environment';
import { maskPasswordIn, maskUrl } from './mask-url';

/** A start-up failure already said in one line: the setting it concerns and what to do. */
export class StartupFailure extends Error {}

/** What a start-up failure is about, so its line can name the setting. */
export interface StartupContext {
  host: string;
  port: number;
  database: DatabaseTarget;
  databaseWaitSeconds: number;
}

type ErrnoLike = { code?: unknown; message?: unknown; errno?: unknown };

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').find((line) => line.trim())?.trim() ?? 'no message';
}

function databaseName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.slice(1)) || '(none)';
  } catch {
    return '(unreadable)';
  }
}

function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}`;
  } catch {
    return '(unreadable host)';
  }
}

/** What was being done when the start failed: binding the port, opening the database, or anything else. */
export type StartupPhase = 'listen' | 'database' | 'other';

/**
 * The one line a failed start prints, for every failure a user can fix: the port, the database, the
 * path. Anything else is named as unexpected, still in one line (the stack comes with LOG_LEVEL=debug).
 * Passwords in DATABASE_URL never appear.
 */
export function startupFailureLine(error: unknown, context: StartupContext, phase: StartupPhase): string {
  if (error instanceof StartupFailure) return error.message;
  const { code } = (error ?? {}) as ErrnoLike;
  const db = context.database;
  const shownUrl = db.kind === 'postgres' ? maskUrl(db.url) : `sqlite:${db.path}`;
  const cause = db.kind === 'postgres' ? maskPasswordIn(firstLine(error), db.url) : firstLine(error);
  if (phase === 'listen') {
    const where = `${context.host}:${context.port}`;
    if (code === 'EADDRINUSE') return `port ${context.port} is already in use on ${context.host} (PORT): stop the program using it, or set PORT to a free port`;
    if (code === 'EACCES') return `cannot bind ${where}: ports below 1024 need privileges (PORT): set PORT to 1024 or above`;
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      return `cannot bind ${where}: HOST ${context.host} is not an address of this machine: set HOST to 0.0.0.0 (every interface) or 127.0.0.1`;
    }
    return `cannot bind ${where} (HOST, PORT): ${cause}`;
  }
  if (phase === 'database' && db.kind === 'postgres') {
    if (code === '3D000') {
      const name = databaseName(db.url);
      const [host, port] = hostOf(db.url).split(':');
      return `the database "${name}" of DATABASE_URL (${shownUrl}) does not exist: create it (createdb -h ${host} -p ${port} ${name}) or fix DATABASE_URL`;
    }
    if (code === '28P01' || code === '28000') {
      return `PostgreSQL at ${hostOf(db.url)} refused the user of DATABASE_URL (${shownUrl}): ${cause}; fix the user or password in DATABASE_URL`;
    }
    return `PostgreSQL at ${hostOf(db.url)} (DATABASE_URL ${shownUrl}) did not answer within ${context.databaseWaitSeconds} s (${cause}): start it, check the host and port, or raise DATABASE_WAIT_SECONDS`;
  }
  if (phase === 'database' && db.kind === 'sqlite') {
    if (code === 'SQLITE_NOTADB') return `${db.path} (DATABASE_URL) is not a SQLite database: point DATABASE_URL at a new file or at a Crosscheck database`;
    return `cannot create or write the SQLite file ${db.path} of DATABASE_URL (${cause}): choose a writable path, e.g. DATABASE_URL=sqlite:data/crosscheck.sqlite`;
  }
  return `start-up failed: ${cause} (LOG_LEVEL=debug prints the stack)`;
}
