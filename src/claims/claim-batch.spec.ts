import { EntityManager } from 'typeorm';
import { writeAndLock, WriteRefused } from './claim-batch';

/** A manager whose every statement fails with `error`, on the given database. */
function failing(type: 'postgres' | 'better-sqlite3', error: unknown): EntityManager {
  return {
    connection: { driver: { options: { type }, escape: (name: string) => `"${name}"` }, getMetadata: () => ({ columns: [], tableName: 't' }) },
    query: async () => {
      throw error;
    },
  } as unknown as EntityManager;
}

const wrapped = (code: string) => Object.assign(new Error(`driver said ${code}`), { driverError: { code } });

describe('writeAndLock: which failures refuse the batch (it goes again one claim at a time)', () => {
  const cases: Array<[string, unknown, 'refused' | 'propagates']> = [
    ['PG foreign key violation (a source deleted meanwhile)', wrapped('23503'), 'refused'],
    ['PG unique violation', wrapped('23505'), 'refused'],
    ['PG not-null violation, bare driver error', Object.assign(new Error('null'), { code: '23502' }), 'refused'],
    ['PG check violation', wrapped('23514'), 'refused'],
    ['PG value too long (class 22)', wrapped('22001'), 'refused'],
    ['PG invalid text encoding (class 22)', wrapped('22021'), 'refused'],
    ['PG trigger raised (P0001)', wrapped('P0001'), 'refused'],
    ['SQLite constraint', wrapped('SQLITE_CONSTRAINT'), 'refused'],
    ['SQLite value too big', wrapped('SQLITE_TOOBIG'), 'refused'],
    ['SQLite foreign key constraint', wrapped('SQLITE_CONSTRAINT_FOREIGNKEY'), 'refused'],
    ['PG deadlock (transient: retried whole)', wrapped('40P01'), 'propagates'],
    ['PG serialization failure (transient)', wrapped('40001'), 'propagates'],
    ['PG lock timeout (transient)', wrapped('55P03'), 'propagates'],
    ['PG syntax error', wrapped('42601'), 'propagates'],
    ['PG connection failure', wrapped('08006'), 'propagates'],
    ['PG disk full', wrapped('53100'), 'propagates'],
    ['PG query cancelled', wrapped('57014'), 'propagates'],
    ['PG server shutting down', wrapped('57P01'), 'propagates'],
    ['SQLite busy', wrapped('SQLITE_BUSY'), 'propagates'],
    ['SQLite I/O error', wrapped('SQLITE_IOERR'), 'propagates'],
    ['a plain error', new Error('boom'), 'propagates'],
  ];

  for (const type of ['postgres', 'better-sqlite3'] as const) {
    it.each(cases)(`${type}: %s`, async (_name, error, expected) => {
      const claim = { id: 'c1' } as never;
      const outcome = await writeAndLock(failing(type, error), 'e1', type === 'postgres' ? [] : [claim], [], []).then(() => 'none', (thrown: unknown) => thrown);
      if (expected === 'refused') {
        expect(outcome).toBeInstanceOf(WriteRefused);
        expect((outcome as WriteRefused).cause).toBe(error);
      } else {
        expect(outcome).toBe(error);
      }
    });
  }
});
