import { decideDemoDatabase, DemoDatabaseState } from './demo-decision';

describe('the demo and its database', () => {
  const foreign: DemoDatabaseState = { kind: 'foreign', holds: '14 tables (claims, events, …)' };
  it.each([
    [{ kind: 'new' }, false, { action: 'create' }],
    [{ kind: 'new' }, true, { action: 'create' }],
    [{ kind: 'demo', madeAt: '2026-11-27T05:00:00.000Z' }, false, { action: 'continue', madeAt: '2026-11-27T05:00:00.000Z' }],
    [{ kind: 'demo', madeAt: '2026-11-27T05:00:00.000Z' }, true, { action: 'recreate' }],
  ] as Array<[DemoDatabaseState, boolean, object]>)('%p with reset %p: %p', (state, reset, decision) => {
    expect(decideDemoDatabase(state, reset, 'data/demo.sqlite')).toEqual(decision);
  });

  it.each([false, true])('refuses a database it did not make, --reset or not (%p), in one line naming what it holds', (reset) => {
    const decision = decideDemoDatabase(foreign, reset, 'sqlite:data/demo.sqlite');
    expect(decision.action).toBe('refuse');
    expect(decision.action === 'refuse' && decision.line).toBe(
      'the demo will not use sqlite:data/demo.sqlite: it holds 14 tables (claims, events, …), not a database the demo made, and was left as it was; set DEMO_DATABASE_URL to a new SQLite file or an empty PostgreSQL database',
    );
  });
});
