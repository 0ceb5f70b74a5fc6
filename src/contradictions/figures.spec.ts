import { median, QuantityPosition, quantityFigures } from './figures';

/** A position as a test writes it: [min, max], the sources holding it, and how many claims. */
function at(min: number, max: number | null, sourceIds: string[], claims = sourceIds.length, polarity: 'asserted' | 'denied' = 'asserted', vague = false): QuantityPosition {
  return { polarity, range: { min, max }, vague, sourceIds, claimIds: Array.from({ length: claims }, (_, i) => `${sourceIds[0]}-${min}-${i}`) };
}

/** Vague words, as read: "enormous" is at least 10. */
const words = (min: number, max: number | null, sourceIds: string[]) => at(min, max, sourceIds, sourceIds.length, 'asserted', true);

describe('quantityFigures: ACLED conservative, median and highest', () => {
  it.each<[string, QuantityPosition[], ReturnType<typeof quantityFigures>]>([
    ['one exact figure', [at(12, 12, ['afp'])], { conservative: 12, median: 12, highest: 12, highestOpen: false }],
    ['about 20 (16-24) and 30', [at(16, 24, ['tv']), at(30, 30, ['afp'])], { conservative: 16, median: 25, highest: 30, highestOpen: false }],
    ['"at least 70" is the highest, and open', [at(24, 36, ['hospital']), at(70, null, ['jnim'])], { conservative: 24, median: 50, highest: 70, highestOpen: true }],
    ['an open range below a closed one: the highest is closed', [at(10, null, ['jnim']), at(100, 300, ['army'])], { conservative: 10, median: 105, highest: 300, highestOpen: false }],
    ['the median counts claims, not positions', [at(0, 0, ['army'], 3), at(20, 20, ['afp'])], { conservative: 0, median: 0, highest: 20, highestOpen: false }],
    ['an even number of claims: the mean of the middle two', [at(10, 10, ['a']), at(20, 20, ['b']), at(30, 30, ['c']), at(40, 40, ['d'])], { conservative: 10, median: 25, highest: 40, highestOpen: false }],
    ['denials do not count', [at(500, 500, ['jnim'], 1, 'denied'), at(12, 12, ['army'])], { conservative: 12, median: 12, highest: 12, highestOpen: false }],
    ['nothing asserted: no figures', [at(500, 500, ['jnim'], 1, 'denied')], null],
    ['never from vague words: "enormous" beside "about 30" and "at least 70"', [words(10, null, ['jnim']), at(24, 36, ['hospital']), at(70, null, ['army'])], { conservative: 24, median: 50, highest: 70, highestOpen: true }],
    ['never from vague words: "dozens" beside 12', [words(24, 99, ['tv']), at(12, 12, ['afp'])], { conservative: 12, median: 12, highest: 12, highestOpen: false }],
    ['vague words only: no figures', [words(10, null, ['jnim']), words(3, 9, ['tv'])], null],
  ])('%s', (_, positions, expected) => {
    expect(quantityFigures(positions)).toEqual(expected);
  });

  it.each<[number[], number]>([[[3], 3], [[1, 2], 1.5], [[5, 1, 3], 3], [[4, 1, 3, 2], 2.5]])('median of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
