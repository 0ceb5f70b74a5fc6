import { SizedLru } from './sized-lru';

describe('SizedLru', () => {
  it('drops the least recently used values until the total size fits the bound', () => {
    const lru = new SizedLru<string, number>(100);
    lru.set('a', 1, 40);
    lru.set('b', 2, 40);
    expect(lru.get('a')).toBe(1); // a is now the most recent
    lru.set('c', 3, 40);
    expect([lru.get('a'), lru.get('b'), lru.get('c')]).toEqual([1, undefined, 3]);
    expect(lru.bytes).toBe(80);
  });

  it('replaces a value and its size under the same key', () => {
    const lru = new SizedLru<string, number>(100);
    lru.set('a', 1, 90);
    lru.set('a', 2, 10);
    lru.set('b', 3, 90);
    expect([lru.get('a'), lru.get('b'), lru.bytes, lru.size]).toEqual([2, 3, 100, 2]);
  });

  it('keeps nothing larger than the bound, and forgets what is deleted', () => {
    const lru = new SizedLru<string, number>(100);
    lru.set('big', 1, 101);
    expect(lru.get('big')).toBeUndefined();
    lru.set('a', 1, 10);
    lru.delete('a');
    expect([lru.get('a'), lru.bytes, lru.size]).toEqual([undefined, 0, 0]);
  });
});
