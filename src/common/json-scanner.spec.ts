import { JsonScanner } from './json-scanner';

/** The scanner fed `text` in pieces of `size` characters. */
function scanned(text: string, size: number, limits = { maxDepth: 32, ranges: true }): JsonScanner {
  const scanner = new JsonScanner(limits);
  for (let i = 0; i < text.length; i += size) if (!scanner.feed(text.slice(i, i + size))) break;
  return scanner;
}

describe('JsonScanner', () => {
  const text = '{"sources":[{"name":"a \\"quoted\\" [name]"}, 2 ],"claims":[],"events":[ {"a":[1,2]} ],"x":"y"}';

  it.each([1, 2, 3, 7, 1000])('finds the same shape and records however the text is cut (pieces of %d)', (size) => {
    const scanner = scanned(text, size);
    expect(scanner.shape()).toEqual({ depth: 4, tooDeepAt: null, topListElements: 3, tooLongAt: null, tooManyAt: null });
    expect(scanner.malformed).toBe(false);
    const at = ([start, end]: [number, number]) => text.slice(start, end).trim();
    expect(scanner.lists.map((l) => [at(l.key), l.elements.map(at)])).toEqual([
      ['"sources"', ['{"name":"a \\"quoted\\" [name]"}', '2']],
      ['"claims"', []],
      ['"events"', ['{"a":[1,2]}']],
    ]);
  });

  it('stops at the record past maxRecords, while the text is still arriving', () => {
    const scanner = new JsonScanner({ maxDepth: 32, maxRecords: 2 });
    expect(scanner.feed('{"claims":[{},{}')).toBe(true);
    expect(scanner.feed(',{}')).toBe(false);
    expect(scanner.shape().tooManyAt).toBe(17);
    expect(scanner.feed(']}')).toBe(false);
  });

  it.each(['{"claims":[1,,2]}', '{"claims":[1,]}', '{"claims":[,1]}', '{"claims":[1}]'])('%s is marked malformed (parsed whole, for JSON\'s own message)', (bad) => {
    expect(scanned(bad, 3).malformed).toBe(true);
  });
});
