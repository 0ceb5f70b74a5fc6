import { overlongList, scanJson } from './json-shape';

describe('scanJson', () => {
  it.each<[string, number, number]>([
    ['{}', 1, 0],
    ['{"claims":[]}', 2, 0],
    ['{"claims":[ ]}', 2, 0],
    ['{"claims":[{}]}', 3, 1],
    ['{"claims":[{},{"a":[1,2,3]}],"sources":[1, 2 ,3]}', 4, 5],
    ['{"claims":["a,b", "[[[", "\\"]"]}', 2, 3],
    ['[[1,2],[3]]', 2, 0],
  ])('%s: depth %d, %d records', (text, depth, records) => {
    expect(scanJson(text)).toEqual({ depth, tooDeepAt: null, topListElements: records, tooLongAt: null });
  });

  it('stops at the first point past the limit', () => {
    const text = '['.repeat(100_000);
    expect(scanJson(text, 32)).toEqual({ depth: 33, tooDeepAt: 32, topListElements: 0, tooLongAt: null });
    expect(scanJson(`{"a":${'{"b":'.repeat(40)}1${'}'.repeat(41)}`, 32).tooDeepAt).not.toBeNull();
  });

  it('stops at the first list longer than it may be, at any depth, before anything is parsed', () => {
    expect(scanJson('{"claims":[{"facets":[1,2,3,4]}]}', 32, 4).tooLongAt).toBeNull();
    expect(scanJson('{"claims":[{"facets":[1,2,3,4,5]}]}', 32, 4).tooLongAt).toBe(29);
    expect(scanJson('{"a":[["x,y,z,w,v"]], "b":[1,2]}', 32, 4).tooLongAt).toBeNull();
    // Lists below the top object's lists have a limit of their own: a bundle's 300,000 facets stop at it.
    expect(scanJson('{"claims":[1,2,3,{"facets":[1,2,3]}]}', 32, 10, 2).tooLongAt).toBe(31);
  });

  it('counts nesting inside strings as text', () => {
    expect(scanJson(JSON.stringify({ text: '['.repeat(1000) }), 32).tooDeepAt).toBeNull();
  });
});

describe('overlongList', () => {
  const limits = { any: 5, deeper: 5, named: { facets: 2, claims: 100 } };
  it.each<[unknown, ReturnType<typeof overlongList>]>([
    [{ facets: [1, 2] }, null],
    [{ facets: [1, 2, 3] }, { path: 'facets', name: 'facets', length: 3, limit: 2 }],
    [{ claims: [{}, { facets: [{}, {}, {}] }] }, { path: 'claims[1].facets', name: 'facets', length: 3, limit: 2 }],
    [{ claims: Array.from({ length: 50 }, () => ({})) }, null],
    [{ facets: [{ value: [1, 2, 3, 4, 5, 6] }] }, { path: 'facets[0].value', name: 'value', length: 6, limit: 5 }],
    [[1, 2, 3, 4, 5, 6], { path: 'body', name: 'items', length: 6, limit: 5 }],
    ['text', null],
  ])('%j', (value, expected) => {
    expect(overlongList(value, limits)).toEqual(expected);
  });
});
