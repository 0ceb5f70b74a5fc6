/** What a counter answers for one request: let it through, or refuse it and say when to come back. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts requests per key (an API key, or a client address). */
export interface RateCounter {
  hit(key: string, now: number): RateDecision;
}

/** How many keys a counter remembers; past that the key whose window started longest ago is forgotten. */
export const MAX_TRACKED_KEYS = 10_000;

interface Window {
  start: number;
  /** Requests let through in the window before this one (0 when that window was not the one just before). */
  previous: number;
  current: number;
}

/**
 * At most `limit` requests per key in any window of `windowMs` (a minute), counted in this process with
 * the sliding-window estimate: the requests of the current fixed window plus those of the previous one,
 * weighted by how much of it still lies inside the last minute. A burst across a minute boundary is
 * therefore counted as one minute's requests (a fixed window would let twice the limit through).
 * Refused requests are not counted, so a client that waits as long as Retry-After says gets in.
 * Two numbers per key; keys are kept in the order their window started, so the one to forget is the first.
 */
export class SlidingWindowCounter implements RateCounter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly maxKeys = MAX_TRACKED_KEYS,
  ) {}

  hit(key: string, now: number): RateDecision {
    const start = now - (now % this.windowMs);
    let window = this.windows.get(key);
    if (!window || window.start !== start) {
      const previous = window && start - window.start === this.windowMs ? window.current : 0;
      // Taken out and put back, so the map stays in the order the windows started.
      this.windows.delete(key);
      while (this.windows.size >= this.maxKeys) this.windows.delete(this.windows.keys().next().value!);
      window = { start, previous, current: 0 };
      this.windows.set(key, window);
    }
    const elapsed = now - start;
    const estimate = window.previous * (1 - elapsed / this.windowMs) + window.current;
    if (estimate < this.limit) {
      window.current += 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(this.waitMs(window, elapsed) / 1000)) };
  }

  /** How long until the estimate falls under the limit, with no further request let through meanwhile. */
  private waitMs(window: Window, elapsed: number): number {
    const W = this.windowMs;
    if (window.current < this.limit && window.previous > 0) {
      // previous * (1 - e / W) + current < limit  <=>  e > W * (1 - (limit - current) / previous)
      return W * (1 - (this.limit - window.current) / window.previous) - elapsed;
    }
    // This window is full: wait for the next one, where it counts as the previous window.
    return W - elapsed + W * Math.max(0, 1 - this.limit / window.current);
  }

  /** How many keys are remembered now. */
  get size(): number {
    return this.windows.size;
  }
}
