import { approximateSize } from './approximate-size';

describe('approximateSize', () => {
  it('grows with the text and the number of entries', () => {
    expect(approximateSize('x'.repeat(1000))).toBeGreaterThan(approximateSize('x'.repeat(10)));
    expect(approximateSize(Array(100).fill(1))).toBeGreaterThan(approximateSize(Array(10).fill(1)));
    expect(approximateSize(new Map([['a', 'x'.repeat(100)]]))).toBeGreaterThan(200);
    expect(approximateSize(new Set(['x'.repeat(100)]))).toBeGreaterThan(200);
  });

  it('counts a shared object once, and survives a cycle', () => {
    const shared = { text: 'x'.repeat(1000) };
    const once = approximateSize([shared]);
    expect(approximateSize([shared, shared])).toBe(once + 8);
    const cycle: Record<string, unknown> = { name: 'loop' };
    cycle.self = cycle;
    expect(approximateSize(cycle)).toBeGreaterThan(0);
  });

  it('weighs nothing for null, undefined and functions', () => {
    expect([approximateSize(null), approximateSize(undefined), approximateSize(() => 1)]).toEqual([0, 0, 0]);
  });
});
