import { PoolClient } from 'pg';
import { EntityManager } from 'typeorm';
import { inlined } from './inline-sql';

/**
 * Transactions that committed inside their own work (on PostgreSQL, a last statement sent together
 * with its COMMIT, see fast-commit.ts): the write queue then neither commits nor rolls them back.
 */
const committed = new WeakSet<EntityManager>();

export function markCommitted(manager: EntityManager): void {
  committed.add(manager);
}

export function committedInline(manager: EntityManager): boolean {
  return committed.has(manager);
}

/**
 * PostgreSQL transactions whose BEGIN has not been sent yet: it goes with their first statement, in
 * the same round trip (see firstStatement), or, before any other, on its own (see WriteQueue).
 */
const unbegun = new WeakSet<EntityManager>();

export function beginLater(manager: EntityManager): void {
  unbegun.add(manager);
}

/** Whether the transaction's BEGIN is still to be sent; answers true once, and from then on it is the caller's to send. */
export function takeBegin(manager: EntityManager): boolean {
  return unbegun.delete(manager);
}

/**
 * A statement's rows. When it is the first of a transaction whose BEGIN waits (see beginLater), both
 * go in one round trip, the values inlined (the simple protocol takes two statements at once).
 */
export async function firstStatement<T>(manager: EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
  if (!takeBegin(manager)) return manager.query(sql, parameters);
  const client = (await manager.queryRunner!.connect()) as PoolClient;
  const results = (await client.query(`START TRANSACTION; ${inlined(sql, parameters)}`)) as unknown as Array<{ rows: T[] }>;
  return results[1].rows;
}
