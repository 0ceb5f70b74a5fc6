import { FixedWindowCounter, RateDecision } from './rate-window';

const MINUTE = 60_000;
/** 10:00:00.000 UTC on some day: a minute starts here. */
const T = 1_700_000_040_000;

describe('FixedWindowCounter', () => {
  it.each<[string, number, Array<[string, number]>, RateDecision]>([
    ['lets the limit through', 3, [['a', T], ['a', T + 1], ['a', T + 2]], { allowed: true }],
    ['refuses the next, until the minute ends', 3, [['a', T], ['a', T], ['a', T], ['a', T + 15_000]], { allowed: false, retryAfterSeconds: 45 }],
    ['rounds the wait up to whole seconds', 1, [['a', T], ['a', T + 58_001]], { allowed: false, retryAfterSeconds: 2 }],
    ['asks for at least one second at the end of a minute', 1, [['a', T], ['a', T + MINUTE - 1]], { allowed: false, retryAfterSeconds: 1 }],
    ['counts afresh in the next minute', 1, [['a', T], ['a', T + 1], ['a', T + MINUTE]], { allowed: true }],
    ['counts each key on its own', 1, [['a', T], ['b', T]], { allowed: true }],
    ['keeps counting refused requests', 2, [['a', T], ['a', T], ['a', T], ['a', T + 1]], { allowed: false, retryAfterSeconds: 60 }],
  ])('%s', (_, limit, hits, last) => {
    const counter = new FixedWindowCounter(limit);
    const decisions = hits.map(([key, now]) => counter.hit(key, now));
    expect(decisions[decisions.length - 1]).toEqual(last);
  });

  it('windows follow the clock minute, not the first request', () => {
    const counter = new FixedWindowCounter(1);
    expect(counter.hit('a', T + 59_000)).toEqual({ allowed: true });
    expect(counter.hit('a', T + MINUTE)).toEqual({ allowed: true });
  });

  it('at capacity forgets the key whose window started first, and only that one', () => {
    const counter = new FixedWindowCounter(1, MINUTE, 3);
    counter.hit('old', T);
    counter.hit('b', T + 1);
    counter.hit('c', T + 2);
    // 'old' starts a new window: it is now the newest, so 'b' is the oldest.
    counter.hit('old', T + MINUTE);
    counter.hit('d', T + MINUTE + 1);
    expect(counter.size).toBe(3);
    // 'c' and 'old' are still counted: a second request this minute is refused.
    expect(counter.hit('c', T + 3).allowed).toBe(false);
    expect(counter.hit('old', T + MINUTE + 2).allowed).toBe(false);
    // 'b' was forgotten and starts again.
    expect(counter.hit('b', T + MINUTE + 3)).toEqual({ allowed: true });
  });

  it('never remembers more keys than it may', () => {
    const counter = new FixedWindowCounter(5, MINUTE, 100);
    for (let i = 0; i < 1000; i += 1) counter.hit(`key${i}`, T + i);
    expect(counter.size).toBe(100);
    expect(counter.hit('key999', T + 1000)).toEqual({ allowed: true });
  });
});
