/** What the demo found at its database, before touching it. */
export type DemoDatabaseState =
  | { kind: 'new' }
  | { kind: 'demo'; madeAt: string }
  /** Anything else: a database the demo did not make. `holds` says what, for the refusal. */
  | { kind: 'foreign'; holds: string };

export type DemoDecision =
  | { action: 'create' }
  | { action: 'continue'; madeAt: string }
  | { action: 'recreate' }
  | { action: 'refuse'; line: string };

/**
 * The demo never destroys data it did not make: it creates its database when there is none (or an
 * empty one), continues its own, recreates its own only when asked (`--reset`), and refuses anything
 * else, reset or not, leaving it as it was.
 */
export function decideDemoDatabase(state: DemoDatabaseState, reset: boolean, shown: string): DemoDecision {
  if (state.kind === 'new') return { action: 'create' };
  if (state.kind === 'demo') return reset ? { action: 'recreate' } : { action: 'continue', madeAt: state.madeAt };
  return {
    action: 'refuse',
    line: `the demo will not use ${shown}: it holds ${state.holds}, not a database the demo made, and was left as it was; set DEMO_DATABASE_URL to a new SQLite file or an empty PostgreSQL database`,
  };
}
