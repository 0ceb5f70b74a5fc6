/** What a counter answers for one request: let it through, or refuse it and say when to come back. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts requests per key; a sliding window or other limits can answer to the same call. */
export interface RateCounter {
  hit(key: string, now: number): RateDecision;
}

/** How many keys a counter remembers; past that the key whose window started longest ago is forgotten. */
export const MAX_TRACKED_KEYS = 10_000;

/**
 * At most `limit` requests per key in each fixed window (a calendar minute by default), counted in
 * this process. Windows are kept in the order they started, so the one to forget is always the first.
 */
export class FixedWindowCounter implements RateCounter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly maxKeys = MAX_TRACKED_KEYS,
  ) {}

  hit(key: string, now: number): RateDecision {
    const start = now - (now % this.windowMs);
    let window = this.windows.get(key);
    if (!window || window.start !== start) {
      // Taken out and put back, so the map stays in the order the windows started.
      this.windows.delete(key);
      while (this.windows.size >= this.maxKeys) this.windows.delete(this.windows.keys().next().value!);
      window = { start, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= this.limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((start + this.windowMs - now) / 1000)) };
  }

  /** How many keys are remembered now. */
  get size(): number {
    return this.windows.size;
  }
}
