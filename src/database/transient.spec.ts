import { backoffMs, DEFAULT_RETRY, isTransient, sqlState } from './transient';

describe('transient database failures', () => {
  it('knows a deadlock, a serialization failure and a lock timeout, wrapped by TypeORM or bare', () => {
    expect(isTransient({ code: '40P01' })).toBe(true);
    expect(isTransient({ driverError: { code: '40001' } })).toBe(true);
    expect(isTransient(Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' }))).toBe(true);
  });

  it('leaves everything else to the caller: a unique violation, a busy SQLite file, a plain error', () => {
    expect(isTransient({ code: '23505' })).toBe(false);
    expect(isTransient({ code: 'SQLITE_BUSY' })).toBe(false);
    expect(isTransient(new Error('boom'))).toBe(false);
    expect(isTransient(null)).toBe(false);
    expect(sqlState({ code: 42 })).toBeUndefined();
  });

  it('waits longer after each failed try, within the cap, and never less than half the ceiling', () => {
    const policy = { attempts: 6, baseMs: 10, maxMs: 100 };
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, policy, 0))).toEqual([5, 10, 20, 40, 50]);
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, policy, 0.999))).toEqual([10, 20, 40, 80, 100]);
    expect(backoffMs(30, DEFAULT_RETRY, 0.5)).toBeLessThanOrEqual(DEFAULT_RETRY.maxMs);
  });
});
