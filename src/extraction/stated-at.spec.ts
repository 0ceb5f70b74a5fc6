import { statedAt } from './stated-at';

describe('statedAt', () => {
  // 2024-09-18 is a Wednesday.
  const published = '2024-09-18T10:00:00.000Z';
  it.each([
    [null, published],
    ['on Wednesday', published],
    ['on Tuesday', '2024-09-17T12:00:00.000Z'],
    ['on Tuesday evening', '2024-09-17T19:00:00.000Z'],
    ['on Friday', '2024-09-13T12:00:00.000Z'],
    ['on Wednesday morning', '2024-09-18T09:00:00.000Z'],
    ['on Wednesday evening', published],
    ['on the ground', published],
  ])('%s -> %s', (when, expected) => {
    expect(statedAt(published, when)).toBe(expected);
  });

  it('has no time without a publication time', () => {
    expect(statedAt(null, 'on Friday')).toBeNull();
  });
});
