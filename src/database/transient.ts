/**
 * Which database failures are transient (another transaction was in the way, and the same work tried
 * again will most likely pass), and how long to wait before the next try.
 */

/** PostgreSQL: deadlock_detected, serialization_failure, lock_not_available (lock_timeout). */
export const TRANSIENT_SQLSTATES = ['40P01', '40001', '55P03'] as const;

/** How many times a transaction is tried in all, and the waits between tries. */
export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseMs: 15, maxMs: 400 };

/** The SQLSTATE of a driver error, whether TypeORM wrapped it or not. */
export function sqlState(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const wrapped = (error as { driverError?: { code?: unknown } }).driverError?.code;
  const own = (error as { code?: unknown }).code;
  const code = wrapped ?? own;
  return typeof code === 'string' ? code : undefined;
}

export function isTransient(error: unknown): boolean {
  const code = sqlState(error);
  return code !== undefined && (TRANSIENT_SQLSTATES as readonly string[]).includes(code);
}

/**
 * A write was refused for what its rows hold, so that one claim in a batch may be at fault and the others
 * must not fail with it: an integrity rule (PostgreSQL SQLSTATE class 23: a foreign key, unique, not-null
 * or check violation; SQLite's SQLITE_CONSTRAINT and its extended codes), a value the column cannot take
 * (class 22: too long, out of range, badly encoded; SQLITE_TOOBIG, SQLITE_MISMATCH) or a trigger that
 * raised (P0001). Nothing else is: a lost connection, a syntax error or a full disk is no reason to blame
 * one claim, and running the batch again one by one would only double the work.
 */
export function isRowRefused(error: unknown): boolean {
  const code = sqlState(error);
  if (code === undefined) return false;
  return /^2[23][0-9A-Z]{3}$/.test(code) || code === 'P0001'
    || code === 'SQLITE_CONSTRAINT' || code.startsWith('SQLITE_CONSTRAINT_') || code === 'SQLITE_TOOBIG' || code === 'SQLITE_MISMATCH';
}

/**
 * The wait before try number `attempt + 1` (attempt counts from 1): exponential, capped, with full
 * jitter so that the transactions that collided do not collide again in step. `random` is in [0, 1).
 */
export function backoffMs(attempt: number, policy: RetryPolicy = DEFAULT_RETRY, random: number = Math.random()): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}
