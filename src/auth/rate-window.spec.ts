import { RateDecision, SlidingWindowCounter } from './rate-window';

const MINUTE = 60_000;
/** 10:00:00.000 UTC on some day: a minute starts here. */
const T = 1_700_000_040_000;

describe('SlidingWindowCounter', () => {
  it.each<[string, number, Array<[string, number]>, RateDecision]>([
    ['lets the limit through', 3, [['a', T], ['a', T + 1], ['a', T + 2]], { allowed: true }],
    ['refuses the next, until the minute ends', 3, [['a', T], ['a', T], ['a', T], ['a', T + 15_000]], { allowed: false, retryAfterSeconds: 45 }],
    ['rounds the wait up to whole seconds', 1, [['a', T], ['a', T + 58_001]], { allowed: false, retryAfterSeconds: 2 }],
    ['asks for at least one second', 1, [['a', T], ['a', T + MINUTE - 1]], { allowed: false, retryAfterSeconds: 1 }],
    ['counts each key on its own', 1, [['a', T], ['b', T]], { allowed: true }],
    ['does not count refused requests', 2, [['a', T], ['a', T], ['a', T], ['a', T], ['a', T + MINUTE + MINUTE / 2 + 1]], { allowed: true }],
    ['forgets a window older than the one before', 1, [['a', T], ['a', T + 2 * MINUTE]], { allowed: true }],
  ])('%s', (_, limit, hits, last) => {
    const counter = new SlidingWindowCounter(limit);
    const decisions = hits.map(([key, now]) => counter.hit(key, now));
    expect(decisions[decisions.length - 1]).toEqual(last);
  });

  it('counts a burst across a minute boundary as one minute (a fixed window let 2x through)', () => {
    const counter = new SlidingWindowCounter(100);
    let allowed = 0;
    for (let i = 0; i < 100; i += 1) if (counter.hit('a', T + MINUTE - 100 + i).allowed) allowed += 1;
    for (let i = 0; i < 100; i += 1) if (counter.hit('a', T + MINUTE + i).allowed) allowed += 1;
    // The estimate lets a trickle through as the previous minute slides out; a fixed window let 200 through.
    expect(allowed).toBeLessThanOrEqual(101);
  });

  it('lets requests back in as the previous minute slides out', () => {
    const counter = new SlidingWindowCounter(10);
    for (let i = 0; i < 10; i += 1) counter.hit('a', T + MINUTE - 1);
    expect(counter.hit('a', T + MINUTE)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    // Half a minute into the next window, half the previous minute still counts: 5 of 10 are free.
    let allowed = 0;
    for (let i = 0; i < 10; i += 1) if (counter.hit('a', T + MINUTE + MINUTE / 2).allowed) allowed += 1;
    expect(allowed).toBe(5);
  });

  it('at capacity forgets the key whose window started first, and only that one', () => {
    const counter = new SlidingWindowCounter(1, MINUTE, 3);
    counter.hit('old', T);
    counter.hit('b', T + 1);
    counter.hit('c', T + 2);
    // 'old' starts a new window: it is now the newest, so 'b' is the oldest.
    counter.hit('old', T + 2 * MINUTE);
    counter.hit('d', T + 2 * MINUTE + 1);
    expect(counter.size).toBe(3);
    expect(counter.hit('c', T + 3).allowed).toBe(false);
    expect(counter.hit('old', T + 2 * MINUTE + 2).allowed).toBe(false);
    // 'b' was forgotten and starts again.
    expect(counter.hit('b', T + 2 * MINUTE + 3)).toEqual({ allowed: true });
  });

  it('never remembers more keys than it may', () => {
    const counter = new SlidingWindowCounter(5, MINUTE, 100);
    for (let i = 0; i < 1000; i += 1) counter.hit(`key${i}`, T + i);
    expect(counter.size).toBe(100);
    expect(counter.hit('key999', T + 1000)).toEqual({ allowed: true });
  });
});
