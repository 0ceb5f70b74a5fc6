import { parse } from 'csv-parse/sync';
import { CONTRADICTION_COLUMNS, renderCsv } from './csv';

/** RFC 4180 read strictly: CRLF only, no guessing, equal column counts enforced by the parser itself. */
const strict = (text: string) => parse(text, { record_delimiter: '\r\n', relax_column_count: false, relax_quotes: false }) as string[][];

const row = (cell: string) => CONTRADICTION_COLUMNS.map((_, i) => (i === 15 ? cell : `c${i}`));

describe('renderCsv', () => {
  it.each([
    ['a bare LF', 'two\nlines'],
    ['a bare CR', 'two\rlines'],
    ['CRLF', 'two\r\nlines'],
    ['a tab', 'a\tb'],
    ['a quote', 'said "no"'],
    ['the delimiter', 'a, b'],
  ])('quotes a cell holding %s, and the row parses back whole', (_, cell) => {
    const text = renderCsv([row(cell)], false);
    expect(text).toContain(`"${cell.replace(/"/g, '""')}"`);
    const rows = strict(text);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveLength(CONTRADICTION_COLUMNS.length);
    expect(rows[1][15]).toBe(cell);
  });

  it('leaves a plain cell unquoted', () => {
    expect(renderCsv([row('plain words')], false)).toContain(',plain words,');
  });
});
