import { describeRange, isVagueQuantity, overlaps, readQuantity } from './quantity';
import { charactersHandled } from '../../test/work-counters';

const open = null;

describe('readQuantity', () => {
  it.each<[string | number | { min: number; max?: number | null }, number, number | null]>([
    // exact numbers, digits and words
    [203, 203, 203],
    ['203', 203, 203],
    ['1,200', 1200, 1200],
    ['1 200', 1200, 1200],
    ['12.5', 12.5, 12.5],
    ['twenty', 20, 20],
    ['Twenty', 20, 20],
    ['twenty-five', 25, 25],
    ['seven', 7, 7],
    ['a dozen', 12, 12],
    ['half a dozen', 6, 6],
    ['a score', 20, 20],
    ['two score', 40, 40],
    ['three score and ten', 70, 70],
    ['20 or so', 16, 24],
    ['100 or more', 100, open],
    ['100 or more people', 100, open],
    ['half a million', 500000, 500000],
    ['about half a dozen', 4.8, 7.2],
    ['two dozen', 24, 24],
    ['a hundred', 100, 100],
    ['two hundred and fifty', 250, 250],
    ['3 thousand', 3000, 3000],
    ['300 dead', 300, 300],
    // approximations: [0.8N, 1.2N]
    ['about 300', 240, 360],
    ['about 20 prisoners', 16, 24],
    ['around 50', 40, 60],
    ['approximately 1,200', 960, 1440],
    ['nearly 300', 240, 360],
    ['some 20', 16, 24],
    ['roughly a hundred', 80, 120],
    ['an estimated 40', 32, 48],
    // open above
    ['at least 500', 500, open],
    ['more than 100', 100, open],
    ['over 30', 30, open],
    ['more than a dozen', 12, open],
    ['100+', 100, open],
    // closed above
    ['up to 50', 0, 50],
    ['fewer than 10', 0, 10],
    ['less than 5', 0, 5],
    ['under 20', 0, 20],
    // ranges
    ['between 100 and 300', 100, 300],
    ['100-300', 100, 300],
    ['100 to 300', 100, 300],
    ['from 10 to 20', 10, 20],
    ['three or four', 3, 4],
    [{ min: 100, max: 300 }, 100, 300],
    [{ min: 500 }, 500, open],
    // words with ranges of their own
    ['a few', 2, 5],
    ['several', 3, 9],
    ['several military aircraft', 3, 9],
    ['dozens', 24, 99],
    ['dozens of civilians', 24, 99],
    ['tens', 20, 99],
    ['scores', 40, 199],
    ['hundreds', 200, 999],
    ['thousands', 2000, 9999],
    // none
    ['no casualties', 0, 0],
    ['none', 0, 0],
    ['zero', 0, 0],
    ['no', 0, 0],
    [0, 0, 0],
  ])('%p reads as [%p, %p]', (value, min, max) => {
    const read = readQuantity(value)!;
    expect(read).not.toBeNull();
    expect(read.min).toBeCloseTo(min);
    if (max === null) expect(read.max).toBeNull();
    else expect(read.max).toBeCloseTo(max);
  });

  it.each(['enormous', 'heavy losses', 'massive', 'huge', 'enormous human and material losses'])('%p is a high magnitude: at least ten', (value) => {
    expect(readQuantity(value)).toEqual({ min: 10, max: null, magnitude: 'high' });
  });

  it.each(['light', 'minor casualties', 'limited'])('%p is a low magnitude: at most ten', (value) => {
    expect(readQuantity(value)).toEqual({ min: 0, max: 10, magnitude: 'low' });
  });

  it.each(['banana', 'a lot of people maybe', '', 'some'])('cannot read %p', (value) => {
    expect(readQuantity(value)).toBeNull();
  });

  it('compares ranges: overlap, open ends', () => {
    expect(overlaps(readQuantity('about 20')!, readQuantity(20)!)).toBe(true);
    expect(overlaps(readQuantity('dozens')!, readQuantity('at least 30')!)).toBe(true);
    expect(overlaps(readQuantity('no casualties')!, readQuantity('about 20')!)).toBe(false);
    expect(overlaps(readQuantity('at least 500')!, readQuantity('between 100 and 300')!)).toBe(false);
    expect(overlaps(readQuantity('enormous')!, readQuantity('several')!)).toBe(false);
  });

  it('describes a range in words', () => {
    expect(describeRange(readQuantity('about 20')!)).toBe('16-24');
    expect(describeRange(readQuantity('at least 500')!)).toBe('at least 500');
    expect(describeRange(readQuantity(0)!)).toBe('0');
  });
});

describe('isVagueQuantity: words without a figure', () => {
  it.each<[string | number | { min: number; max?: number | null }, boolean]>([
    ['enormous', true], ['heavy losses', true], ['Massive', true], ['several', true], ['dozens', true], ['dozens of dead', true],
    ['a few', true], ['hundreds', true], ['many', true], ['at least dozens', true], ['more than several', true], ['minimal', true],
    ['about 30', false], ['at least 70', false], ['at least 10', false], ['30', false], [30, false], ['a dozen', false], ['none', false],
    ['no casualties', false], ['between 3 and 9', false], ['3-9', false], [{ min: 10, max: null }, false], ['up to 10', false],
  ])('%j: %s', (value, vague) => {
    expect(isVagueQuantity(value)).toBe(vague);
  });
});

describe('readQuantity on hostile input', () => {
  it.each(['1 1 1 1 1 1 1 1 +', `${'1 '.repeat(5000)}+`, '20 30 40', '1 + 1', `${'1,'.repeat(30_000)}`])('refuses %p', (value) => {
    expect(readQuantity(value)).toBeNull();
  });

  it('reads any white space between words as one space', () => {
    expect(readQuantity('\u00a0about\u200320\t\n prisoners\u3000')).toEqual(readQuantity('about 20 prisoners'));
    expect(readQuantity('at\u2028least\ufeff500.')).toEqual({ min: 500, max: null, magnitude: null });
  });

  it('still reads a figure followed by what it counts', () => {
    expect(readQuantity('20 dead, 5 wounded')).toEqual({ min: 20, max: 20, magnitude: null });
    expect(readQuantity(`about 20 prisoners${' and more words'.repeat(2000)}`)).toEqual({ min: 16, max: 24, magnitude: null });
  });

  // Counted, not timed, so a loaded machine cannot tip it: eight times the value, about eight times the
  // characters read (test/work-counters.ts), where a quadratic loop would give 64. The bound sits far from both.
  it('does work linear in the value: eight times the value, about eight times the characters read', () => {
    const values = (n: number) => [`${'1 '.repeat(n)}+`, `${' '.repeat(n)}x`, `between ${'1 and '.repeat(n / 6)}2`, `${'1-'.repeat(n / 2)}`, `${',;'.repeat(n)}x.`];
    const handled = (n: number) => {
      const inputs = values(n);
      return charactersHandled(() => {
        for (const v of inputs) readQuantity(v);
      });
    };
    expect(handled(32_000) / handled(4_000)).toBeLessThan(24);
  });
});
