import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { withTransientRetry } from './event-lock';
import { beginLater, committedInline, takeBegin } from './inline-commit';

/**
 * Runs write transactions. TypeORM's SQLite driver shares one connection and does not serialise
 * transactions: two at once fail ("cannot start a transaction within a transaction"), and a write
 * made meanwhile lands inside the other's transaction and vanishes with its rollback. So on SQLite
 * every write goes through this one process-wide queue; on PostgreSQL each gets its own connection
 * from the pool and the queue passes straight through; there a transaction that fails for a transient
 * reason (deadlock, serialization failure, lock timeout) is run again whole, and answers 503 with
 * Retry-After when the tries run out (see event-lock.ts).
 */
@Injectable()
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly serialise: boolean;

  constructor(private readonly dataSource: DataSource) {
    this.serialise = dataSource.options.type === 'better-sqlite3';
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serialise) return withTransientRetry(() => this.own(work));
    const result = this.tail.then(() => this.dataSource.transaction(async (manager) => {
      // TypeORM begins a deferred transaction: its first read takes a snapshot, and if another
      // process writes before our first write, SQLite answers BUSY at once, without waiting. A write
      // first (one that changes nothing) takes the write lock up front, waiting up to the busy timeout.
      await manager.query('DELETE FROM "migrations" WHERE 0 = 1');
      return work(manager);
    }));
    this.tail = result.catch(() => undefined);
    return result;
  }

  /**
   * TypeORM's transaction on PostgreSQL, with two differences (see inline-commit.ts): its BEGIN goes with
   * its first statement when that statement says so (firstStatement), else on its own before it; and
   * one that the work committed itself is left as it is.
   */
  private async own<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    const { manager } = runner;
    const query = runner.query.bind(runner);
    runner.query = (async (...args: Parameters<typeof query>) => {
      if (takeBegin(manager)) await query('START TRANSACTION');
      return query(...args);
    }) as typeof runner.query;
    Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
    beginLater(manager);
    try {
      const result = await work(manager);
      if (committedInline(manager) || takeBegin(manager)) Object.assign(runner, { isTransactionActive: false, transactionDepth: 0 });
      else await runner.commitTransaction();
      return result;
    } catch (error) {
      if (!committedInline(manager) && !takeBegin(manager)) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}
