import { EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '../common/app-error';
import { Lead } from './bulk-insert';
import { backoffMs, DEFAULT_RETRY, isTransient, RetryPolicy } from './transient';

/**
 * Per-event serialisation. Every transaction that changes an event's claims, facets, holdings,
 * contradictions, triage or reviews takes the event's row lock before it reads what it will change:
 * `UPDATE events SET revision = revision + 1 ... RETURNING revision` locks the row (until commit) and
 * gives the event a new revision in one statement, so two API processes never interleave detection on
 * one event, and a reader anywhere sees from the revision that the event changed. On SQLite the write
 * queue and the file lock already serialise writes; the revision is bumped all the same.
 *
 * A transaction that touches several events locks them in id order, so two of them cannot wait on each
 * other. Locking an event twice in one transaction costs one statement, the first time.
 */

const locked = new WeakMap<EntityManager, Map<string, number>>();

/**
 * The vocabulary token's row (1764800000000-VocabularyVersion), locked before any event by a transaction that
 * will write sources: a source's insert or name change fires the trigger that updates the row, and source edits
 * and term changes take it before the events they compare again. One order everywhere (the token, then the
 * events in id order), so no two writers wait on each other in a circle. PostgreSQL only: on SQLite the write
 * queue already serialises writes.
 */
export async function lockVocabulary(manager: EntityManager): Promise<void> {
  if (manager.connection.driver.options.type === 'postgres') await manager.query('SELECT "token" FROM vocabulary_version WHERE "id" = 1 FOR UPDATE');
}

/** Locks the events (ids in any order, nulls and repeats ignored) and answers each one's new revision. */
export async function lockEvents(manager: EntityManager, eventIds: Array<string | null | undefined>): Promise<Map<string, number>> {
  let held = locked.get(manager);
  if (!held) {
    held = new Map();
    locked.set(manager, held);
  }
  const wanted = [...new Set(eventIds.filter((id): id is string => typeof id === 'string'))].sort();
  const numbered = manager.connection.driver.options.type === 'postgres';
  for (const id of wanted) {
    if (held.has(id)) continue;
    const raw = await manager.query(`UPDATE events SET revision = revision + 1 WHERE id = ${numbered ? '$1' : '?'} RETURNING revision`, [id]);
    // PostgreSQL answers an UPDATE as [rows, count]; SQLite as the rows.
    const rows = (numbered ? raw[0] : raw) as Array<{ revision: number | string }>;
    if (rows.length) held.set(id, Number(rows[0].revision));
  }
  return new Map(wanted.filter((id) => held.has(id)).map((id) => [id, held.get(id)!]));
}

/**
 * On PostgreSQL, locks one event in the same statement as the writes in `lead` (data-modifying `WITH`s,
 * say the INSERTs of new claims), which run first: one round trip instead of one per statement.
 * Answers the event's new revision (undefined when the event is gone).
 */
export async function lockEventAfter(manager: EntityManager, eventId: string, lead: Lead): Promise<number | undefined> {
  const held = locked.get(manager) ?? new Map<string, number>();
  locked.set(manager, held);
  if (held.has(eventId)) {
    await manager.query(`${lead.sql}SELECT 1`, lead.parameters);
    return held.get(eventId);
  }
  const parameters = [...lead.parameters, eventId];
  const [rows] = await manager.query(`${lead.sql}UPDATE events SET revision = revision + 1 WHERE id = $${parameters.length} RETURNING revision`, parameters) as [Array<{ revision: number | string }>, number];
  if (rows.length) held.set(eventId, Number(rows[0].revision));
  return held.get(eventId);
}

/** Notes that this transaction locked the event, and its new revision, in a statement sent some other way. */
export function noteLocked(manager: EntityManager, eventId: string, revision: number): void {
  const held = locked.get(manager) ?? new Map<string, number>();
  locked.set(manager, held);
  held.set(eventId, revision);
}

/**
 * A new revision for every event (after a change that weighs on all of them, such as a new term).
 * On PostgreSQL the rows are locked in id order, as lockEvents does.
 */
export async function touchAllEvents(manager: EntityManager): Promise<void> {
  const postgres = manager.connection.driver.options.type === 'postgres';
  await manager.query(postgres
    ? 'UPDATE events SET revision = revision + 1 WHERE id IN (SELECT id FROM events ORDER BY id FOR UPDATE)'
    : 'UPDATE events SET revision = revision + 1');
}

/** The events this transaction has locked, with their new revisions. */
export function lockedEvents(manager: EntityManager): ReadonlyMap<string, number> {
  return locked.get(manager) ?? new Map();
}

/** The error a client gets when the retries ran out: 503 with Retry-After, nothing stored. */
export function busyError(): AppError {
  return new AppError(ErrorCode.Unavailable, 'Too many writes on this event at once; nothing was stored, retry in a moment', [], { retryAfterSeconds: 1 });
}

/**
 * Runs a whole transaction, and runs it again when it failed for a transient reason (a deadlock, a
 * serialization failure, a lock timeout) after a growing, jittered wait. When the tries run out the
 * answer is 503 with Retry-After; the failed tries were rolled back, so nothing is stored.
 */
export async function withTransientRetry<T>(attempt: () => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY): Promise<T> {
  for (let tried = 1; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isTransient(error)) throw error;
      if (tried >= policy.attempts) throw busyError();
      await new Promise((resolve) => setTimeout(resolve, backoffMs(tried, policy)));
    }
  }
}
