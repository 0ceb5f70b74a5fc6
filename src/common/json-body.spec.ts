import { BODY_SHAPE, FORBIDDEN_KEY, parseBulkJson, parseForm, parseJson } from './json-body';
import { JsonScanner } from './json-scanner';

const codeOf = (text: string): string => {
  try {
    parseJson(text);
    return 'parsed';
  } catch (error) {
    return (error as { code?: string }).code ?? (error instanceof SyntaxError ? 'malformed' : 'other');
  }
};

describe('parseJson', () => {
  it.each([
    ['{"text":"x","facets":[{"attribute":"outcome"}]}', 'parsed'],
    ['{"constructor":"a field of that name"}', 'parsed'],
    ['{"constructor":{"name":"no prototype key"}}', 'parsed'],
    ['[1, 2, null]', 'parsed'],
    ['{"text":', 'malformed'],
    ['{"__proto__":{"polluted":true}}', FORBIDDEN_KEY],
    ['{"facets":[{"attribute":"outcome","__proto__":{"polluted":true}}]}', FORBIDDEN_KEY],
    ['{"\\u005f_proto__":{"polluted":true}}', FORBIDDEN_KEY],
    ['{"constructor":{"prototype":{"polluted":true}}}', FORBIDDEN_KEY],
  ])('%s: %s', (text, expected) => {
    expect(codeOf(text)).toBe(expected);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives the value back as sent', () => {
    expect(parseJson('{"a":[1,"two",{"b":null}]}')).toEqual({ a: [1, 'two', { b: null }] });
  });
});

describe('parseForm', () => {
  it('reads each field as text, and a repeated name as a list', () => {
    expect({ ...parseForm('a=1&b=two+words&a=3&c=%E2%9C%93') }).toEqual({ a: ['1', '3'], b: 'two words', c: '\u2713' });
  });
});

describe('parseBulkJson', () => {
  const lists = { any: 1000, deeper: 3, named: { facets: 2, claims: 5 } };
  const parsed = async (text: string) => {
    const scanner = new JsonScanner({ maxDepth: 32, maxRecords: 100, ranges: true });
    scanner.feed(text);
    try {
      return await parseBulkJson(text, scanner, lists);
    } catch (error) {
      return { refused: (error as { code?: string }).code ?? 'malformed', message: (error as Error).message };
    }
  };

  it.each([
    '{"claims":[{"text":"a"},{"text":"b","facets":[{"v":1}]}],"sources":[ ]}',
    '{"claims":[1],"claims":[2,3]}',
    '{"claims":[1],"claims":5}',
    '{"claims":5,"claims":[1]}',
    '{ "note": "x", "claims" : [ "a,b" , "]" ] , "n": {"m":[1]} }',
    '[1,2,3]',
    '{}',
  ])('gives what JSON.parse gives: %s', async (text) => {
    expect(await parsed(text)).toEqual(JSON.parse(text));
  });

  it.each([
    ['{"claims":[1,,2]}', 'malformed'],
    ['{"claims":[{"a":1} {"b":2}]}', 'FST_ERR_CTP_INVALID_JSON_BODY'],
    ['{"claims":[1],"x":}', 'malformed'],
    ['{"claims":[{"__proto__":{"polluted":true}}]}', FORBIDDEN_KEY],
    ['{"__proto__":{"polluted":true},"claims":[1]}', FORBIDDEN_KEY],
    ['{"claims":[{"facets":[1,2,3]}]}', BODY_SHAPE],
    ['{"claims":[1,2,3,4,5,6]}', BODY_SHAPE],
  ])('%s is refused (%s)', async (text, code) => {
    expect(await parsed(text)).toMatchObject({ refused: code });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the record that does not parse', async () => {
    expect(await parsed('{"claims":[{},{"a":tru}]}')).toMatchObject({ message: expect.stringMatching(/^claims\[1\]: /) });
  });
});
