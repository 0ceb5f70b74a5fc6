import { parse } from 'csv-parse/sync';
import { loadBamakoCase, LoadedDemo } from '../src/demo/load-demo';
import { CONTRADICTION_COLUMNS } from '../src/reports/csv';
import { bearer, startTestApp, TestApp } from './harness';

/** Triage notes typed the way people type them: on several lines, with tabs, quotes and commas. */
const NOTES = [
  'checked by phone\nwith the AFP desk;\ta tab, a comma, and a "quote"',
  'first line\rsecond line (an old Mac)\r\nthen Windows line ends',
  '=HYPERLINK("http://evil.example","x")\n+1',
];

/** RFC 4180 read strictly: CRLF only as the record delimiter, no guessing, no relaxing of quotes or column counts. */
const strict = (text: string) => parse(text.replace(/^\uFEFF/, ''), {
  record_delimiter: '\r\n', relax_column_count: false, relax_quotes: false, skip_empty_lines: false,
}) as string[][];

describe('CSV after hostile notes', () => {
  let t: TestApp;
  let demo: LoadedDemo;
  const get = (path: string) => t.http().get(path).set(bearer(t.keys.viewer)).expect(200);

  beforeAll(async () => {
    t = await startTestApp();
    demo = await loadBamakoCase(t.app, t.admin);
    const contradictions = (await get(`/events/${demo.event.id}/contradictions`)).body.items;
    expect(contradictions.length).toBeGreaterThanOrEqual(NOTES.length);
    for (const [i, note] of NOTES.entries()) {
      await t.http().patch(`/contradictions/${contradictions[i].id}`).set(bearer(t.keys.reviewer)).send({ status: 'confirmed', note }).expect(200);
    }
  });
  afterAll(() => t.close());

  it.each([
    ['the report', () => `/events/${demo.event.id}/report?format=csv`],
    ['the report with a BOM', () => `/events/${demo.event.id}/report?format=csv&bom=true`],
    ['the streamed export', () => `/exports/contradictions?format=csv&eventId=${demo.event.id}`],
  ])('%s parses strictly, every row with every column, every note whole', async (_, path) => {
    const text = (await get(path())).text;
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = strict(text);
    expect(rows[0]).toEqual([...CONTRADICTION_COLUMNS]);
    for (const row of rows) expect(row).toHaveLength(CONTRADICTION_COLUMNS.length);
    const notes = rows.slice(1).map((row) => row[CONTRADICTION_COLUMNS.indexOf('note')]);
    for (const note of NOTES) expect(notes).toContain(/^[=+\-@\t\r\n]/.test(note) ? `'${note}` : note);
  });
});
