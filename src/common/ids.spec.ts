import { newId, UUID_PATTERN } from './ids';

/** The creation time a UUIDv7 carries in its first 48 bits. */
const millisOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('newId', () => {
  it('is a lower-case UUID of version 7 and the RFC 9562 variant', () => {
    const id = newId();
    expect(id).toMatch(UUID_PATTERN);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
  });

  it('starts with the time it was made', () => {
    const before = Date.now();
    const id = newId();
    const after = Date.now();
    expect(millisOf(id)).toBeGreaterThanOrEqual(before);
    expect(millisOf(id)).toBeLessThanOrEqual(after);
  });

  it('sorts in the order the ids were made, many within one millisecond too', () => {
    const ids = Array.from({ length: 20_000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    // Far more ids than milliseconds: the order within one millisecond is kept by the counter.
    expect(new Set(ids.map(millisOf)).size).toBeLessThan(ids.length);
  });
});

describe('UUID_PATTERN', () => {
  it.each([
    ['0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a', true],
    ['0192F1D2-7C3A-7B1E-9F00-3A5C2E1D4B6A', false],
    ['0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6', false],
    ['0192f1d27c3a7b1e9f003a5c2e1d4b6a', false],
    ['0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a ', false],
    ['', false],
  ])('%j is an id: %s', (text, matches) => {
    expect(UUID_PATTERN.test(text)).toBe(matches);
  });
});
