import { EntityManager } from 'typeorm';

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
