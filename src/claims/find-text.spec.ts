import fc from 'fast-check';
import { findText } from './find-text';

describe('findText', () => {
  it.each<[string, string, number]>([
    ['the army said', 'army', 4],
    ['', '', 0],
    ['abc', '', 0],
    ['ab', 'abc', -1],
    ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab', 'aaaaaaaaaaaaaaaaaaab', 12],
    ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaaaaaab', -1],
    ['xx abcabcabcabcabcabd abcabcabcabcabcabcabd', 'abcabcabcabcabcabcabd', 22],
  ])('%j in %j', (text, pattern, at) => {
    expect(findText(text, pattern)).toBe(at);
  });

  it('agrees with indexOf', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b') , maxLength: 200 }), fc.string({ unit: fc.constantFrom('a', 'b'), minLength: 17, maxLength: 40 }), (text, pattern) => {
      expect(findText(text, pattern)).toBe(text.indexOf(pattern));
    }));
  });

  it('does work linear in the text: the steps of a repetitive search grow by about 2 as the input doubles', () => {
    // Counted by time ratio on inputs that make a naive search quadratic (no absolute time is asserted).
    const time = (n: number) => {
      const text = 'a'.repeat(n);
      const pattern = `${'a'.repeat(n / 40)}b`;
      const start = process.hrtime.bigint();
      for (let i = 0; i < 5; i += 1) findText(text, pattern);
      return Number(process.hrtime.bigint() - start);
    };
    time(50_000);
    const ratio = Math.min(...[0, 1, 2].map(() => time(400_000) / time(200_000)));
    expect(ratio).toBeLessThan(3);
  });
});
