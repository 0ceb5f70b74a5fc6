import fc from 'fast-check';
import { findText } from './find-text';
import { charactersHandled } from '../../test/work-counters';

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

  // Counted, not timed, so a loaded machine cannot tip it: the characters read at worst (test/work-counters.ts),
  // on inputs that make a naive search quadratic. Knuth-Morris-Pratt doubles them as the input doubles;
  // indexOf, counted at its worst (text times pattern), quadruples them.
  it('does work linear in the text: the characters a repetitive search reads grow by about 2 as the input doubles', () => {
    const handled = (n: number) => {
      const text = 'a'.repeat(n);
      const pattern = `${'a'.repeat(n / 40)}b`;
      return charactersHandled(() => findText(text, pattern));
    };
    expect(handled(400_000) / handled(200_000)).toBeLessThan(3);
  });
});
