import { inlined } from './inline-sql';

describe('inlined: parameters written in as literals', () => {
  it.each([
    ['a string', 'SELECT $1', ['it\'s'], "SELECT 'it''s'"],
    ['a backslash (escaped form)', 'SELECT $1', ['a\\b'], "SELECT  E'a\\\\b'"],
    ['null and undefined', 'VALUES ($1, $2)', [null, undefined], 'VALUES (NULL, NULL)'],
    ['numbers and booleans, as text the column converts', 'VALUES ($1, $2)', [12, false], "VALUES ('12', 'false')"],
    ['an object, as JSON', 'SELECT $1::json', [{ a: "o'k" }], `SELECT '{"a":"o''k"}'::json`],
    ['a value that looks like a parameter stays as it is', 'SELECT $1, $2', ['$2', 'x'], "SELECT '$2', 'x'"],
    ['two-digit numbers', 'SELECT $10', Array.from({ length: 10 }, (_, i) => i), "SELECT '9'"],
  ])('%s', (_name, sql, parameters, expected) => {
    expect(inlined(sql, parameters)).toBe(expected);
  });

  it('refuses a placeholder without a value', () => {
    expect(() => inlined('SELECT $2', [1])).toThrow('no value for $2');
  });
});
