import { chunks } from './chunks';

describe('chunks', () => {
  it.each([
    [[], 3, []],
    [[1, 2, 3], 3, [[1, 2, 3]]],
    [[1, 2, 3, 4, 5, 6, 7], 3, [[1, 2, 3], [4, 5, 6], [7]]],
    [[1, 2], 5, [[1, 2]]],
  ])('%j in runs of %i', (items, size, expected) => {
    expect(chunks(items, size)).toEqual(expected);
  });
});
