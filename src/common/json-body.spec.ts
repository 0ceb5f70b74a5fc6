import { FORBIDDEN_KEY, parseForm, parseJson } from './json-body';

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
