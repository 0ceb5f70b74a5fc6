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
 * A write broke an integrity rule (PostgreSQL SQLSTATE class 23: a foreign key, unique, not-null or
 * check violation; SQLite's SQLITE_CONSTRAINT and its extended codes): the rows themselves are refused,
 * say a claim naming a source deleted meanwhile. Nothing else is: a lost connection, a syntax error or a
 * full disk is no reason to blame one claim.
 */
export function isIntegrityViolation(error: unknown): boolean {
  const code = sqlState(error);
  return code !== undefined && (/^23[0-9A-Z]{3}$/.test(code) || code === 'SQLITE_CONSTRAINT' || code.startsWith('SQLITE_CONSTRAINT_'));
}

/**
 * The wait before try number `attempt + 1` (attempt counts from 1): exponential, capped, with full
 * jitter so that the transactions that collided do not collide again in step. `random` is in [0, 1).
 */
export function backoffMs(attempt: number, policy: RetryPolicy = DEFAULT_RETRY, random: number = Math.random()): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}
