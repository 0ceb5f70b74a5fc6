import { createHash } from 'node:crypto';
import { sampleReport } from '../../test/report-sample';
import { renderReport } from './render';
import { drain, jsonPieces, renderJson, reportClaim, reportClaimant, ReportContent, sealedJsonPieces, sealReport } from './report';

const FIXED = '2024-09-18T06:00:00.000Z';
const LATER = '2024-09-19T21:30:15.123Z';
const FORMATS = ['json', 'markdown', 'csv', 'html'] as const;

/** The same content with every object's keys in reverse order: what a database may hand back. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).reverse().map((key) => [key, reversedKeys((value as Record<string, unknown>)[key])]));
  return value;
}

describe('report determinism', () => {
  it.each(FORMATS)('%s: the same content at the same time gives the same bytes, whatever order its keys came in', (format) => {
    const a = renderReport(sealReport(sampleReport(), FIXED), format, false).body;
    const b = renderReport(sealReport(reversedKeys(sampleReport()) as ReportContent, FIXED), format, false).body;
    expect(b).toBe(a);
    expect(a).toContain(format === 'csv' ? 'quantity_mismatch' : 'Bamako');
  });

  it.each(FORMATS)('%s: another time changes the time stamp and nothing else', (format) => {
    const first = renderReport(sealReport(sampleReport(), FIXED), format, false).body;
    const later = renderReport(sealReport(sampleReport(), LATER), format, false).body;
    expect(later.split(LATER).join(FIXED)).toBe(first);
    // The CSV carries no time stamp at all; every other format says when it was made.
    expect(later.includes(LATER)).toBe(format !== 'csv');
  });

  it('seals the content: sha256 is the SHA-256 of its JSON with keys sorted, without generatedAt and sha256', () => {
    const sealed = sealReport(reversedKeys(sampleReport()) as ReportContent, FIXED);
    const { generatedAt, sha256, ...content } = JSON.parse(renderReport(sealed, 'json', false).body);
    expect(generatedAt).toBe(FIXED);
    const sorted = (value: unknown): unknown => Array.isArray(value) ? value.map(sorted)
      : value && typeof value === 'object' ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Record<string, unknown>)[k])])) : value;
    expect(sha256).toBe(createHash('sha256').update(JSON.stringify(sorted(content))).digest('hex'));
    expect(sealReport(sampleReport(), LATER).sha256).toBe(sha256);
    expect(sealReport({ ...sampleReport(), title: 'another title' }, FIXED).sha256).not.toBe(sha256);
  });

  it('writes the JSON one item at a time with the same bytes as at once, empty lists and all', () => {
    const sealed = sealReport(sampleReport(), FIXED);
    expect(drain(jsonPieces(sealed)).join('')).toBe(renderJson(sealed));
    const empty = { ...sealed, disputes: [], corroborations: [] };
    expect(drain(jsonPieces(empty)).join('')).toBe(renderJson(empty));
  });

  it('writes the JSON from the pieces it hashed, stamped at another time, with the same bytes', () => {
    const sealed = sealReport(reversedKeys(sampleReport()) as ReportContent, FIXED);
    expect(sealedJsonPieces(sealed, LATER)!.join('')).toBe(renderJson({ ...sealed, generatedAt: LATER }));
    expect(sealedJsonPieces({ ...sealed }, LATER)).toBeUndefined();
  });

  it('writes claims made in canonical order (reasons shared, written once) with the same bytes and hash as any claim', () => {
    const content = sampleReport();
    const shared = ['contradicted by "them"', 'a second \u2028 reason'];
    // Every kind of value a claim holds: facets with and without a time scope, a list, a range; a document; a reviewed grade.
    const facets = [
      { attribute: 'fatalities', subject: null, value: { max: 30, min: 20 }, polarity: 'asserted' as const, exclusive: false, timeScope: { to: '2024-09-18', from: '2024-09-17' } },
      { attribute: 'targets', subject: 'the <b>base</b>', value: ['airport', 'school'], polarity: 'denied' as const, exclusive: true, timeScope: null },
    ];
    const extra = { facets, document: { url: null, title: 'A "title"', sha256: null, id: 'd1' }, statedAt: '2024-09-17T10:00:00.000Z' };
    const reviewed = { reason: 'seen on video', grade: 2 };
    const fast = { ...content, claimants: content.claimants.map((c) => reportClaimant(c.sourceId, c.name, c.claims.map((claim) => reportClaim({ ...claim, ...extra, credibility: { ...claim.credibility, reasons: shared, reviewed } })))) };
    const slow = { ...content, claimants: content.claimants.map((c) => ({ ...c, claims: c.claims.map((claim) => ({ ...claim, ...extra, credibility: { ...claim.credibility, reasons: [...shared], reviewed } })) })) };
    const [a, b] = [sealReport(reversedKeys(slow) as ReportContent, FIXED), sealReport(fast, FIXED)];
    expect(b.sha256).toBe(a.sha256);
    expect(sealedJsonPieces(b, LATER)!.join('')).toBe(sealedJsonPieces(a, LATER)!.join(''));
    expect(renderJson(b)).toBe(renderJson(a));
  });
});
