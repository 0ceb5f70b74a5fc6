import { readQuantity } from '../claims/quantity';
import { COMPARABLE_WIDTH, corroboratesQuantity } from './precision';
import { isVagueQuantity } from '../claims/quantity';

const quantity = (value: string | number) => ({ range: readQuantity(value)!, vague: isVagueQuantity(value) });

describe('corroboratesQuantity: at least as precise, inside, of comparable width', () => {
  it('compares widths with a factor of 2', () => {
    expect(COMPARABLE_WIDTH).toBe(2);
  });

  it.each<[string | number, string | number, boolean, string]>([
    // figures and approximations
    [30, 'about 30', true, 'a figure inside an approximation of it'],
    ['about 30', 30, false, 'an approximation is less precise than the figure'],
    [30, 'between 20 and 40', true, 'a figure in a range 20 wide (its own reading, about 30, is 12 wide: 20 <= 2 x 12)'],
    [30, 'between 10 and 50', false, 'a range 40 wide is more than twice "about 30"'],
    [30, 30, true, 'the same figure'],
    [31, 30, false, 'another figure is not inside'],
    // where the factor lies, between ranges
    ['between 20 and 40', 'between 10 and 50', true, 'a range half as wide inside another: exactly twice as wide'],
    ['between 20 and 40', 'between 10 and 51', false, 'just over twice as wide'],
    ['about 30', 'between 20 and 40', true, '24-36 inside 20-40'],
    ['about 20', 'between 10 and 100', false, '16-24 inside 10-100, far narrower'],
    ['between 25 and 45', 'between 20 and 40', false, 'not inside'],
    // open ranges: comparable to their bound
    ['at least 77', 'at least 70', true, 'at least 77 lies inside at least 70'],
    ['at least 70', 'at least 77', false, 'at least 70 does not lie inside at least 77'],
    [80, 'at least 70', true, '80 is at least 70, within twice the bound'],
    [140, 'at least 70', true, 'twice the bound'],
    [141, 'at least 70', false, 'past twice the bound'],
    ['at least 70', 'about 100', false, 'an open range is never inside a closed one'],
    // vague words
    ['enormous', 'about 30', false, 'vague words never corroborate a figure'],
    ['dozens', 'at least 30', false, 'vague words never corroborate a figure'],
    ['several', 'a few', false, 'not inside'],
    ['enormous', 'heavy', true, 'the same magnitude in other words'],
    [15, 'enormous', true, 'a figure may corroborate vague words it lies in'],
    [30, 'dozens', false, '"dozens" (24-99) is far wider than "30"'],
  ])('%j corroborates %j: %s (%s)', (q, p, expected) => {
    expect(corroboratesQuantity(quantity(q), quantity(p))).toBe(expected);
  });
});
