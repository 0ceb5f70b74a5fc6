import escapeHtml from 'escape-html';
import { describeRange } from '../claims/quantity';
import { sideTimeText } from '../contradictions/time';
import { namer, Report } from './report';

/** No script, no request: everything the page needs is in it. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;margin:2rem auto;max-width:75rem;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #d0d7de}h3{font-size:1rem;margin:1.25rem 0 .4rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top;white-space:pre-wrap;overflow-wrap:break-word}
th{background:#f6f8fa;white-space:nowrap}.high{color:#a40e26;font-weight:600}.medium{color:#9a6700;font-weight:600}.low{color:#57606a}
.meta{color:#57606a;font-size:.85rem}code{font-size:.8rem}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
`;

const esc = (value: string | number | null | undefined) => escapeHtml(value === null || value === undefined ? '' : String(value));

function table(header: string[], rows: Array<Array<string | { html: string }>>, id?: string): string {
  const cell = (c: string | { html: string }) => (typeof c === 'string' ? esc(c) : c.html);
  return `<table${id ? ` id="${id}"` : ''}><thead><tr>${header.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`
    + `<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

/** One self-contained printable page; every value from the data is escaped. */
export function renderHtml(report: Report): string {
  const name = namer(report);
  const e = report.event;
  const place = e.location ? [e.location.name, e.location.admin1, e.location.country].filter(Boolean).join(', ') : 'unknown';
  const parts: string[] = [
    `<h1>${esc(report.title)}</h1>`,
    `<p class="meta">Generated ${esc(report.generatedAt)} &middot; content SHA-256 <code>${esc(report.sha256)}</code></p>`,
    '<h2>Event</h2>',
    table(['field', 'value'], [
      ['title', e.title], ['type', e.type], ['time', `${e.startsAt ?? '?'} to ${e.endsAt ?? '?'} (precision: ${e.timePrecision})`],
      ['place', `${place}${e.location?.precision ? ` (precision: ${e.location.precision})` : ''}`], ['description', e.description ?? ''],
    ]),
    '<h2>Contradictions</h2>',
    table(['severity', 'status', 'attribute', 'kind', 'side A', 'side B', 'explanation', 'note'], report.contradictions.map((c) => [
      { html: `<span class="${esc(c.severity)}">${esc(c.severity)}</span>` }, c.status, c.subject ? `${c.attribute} (${c.subject})` : c.attribute, c.kind,
      `${c.sideA.value ?? 'silent'}: ${c.sideA.sourceIds.map(name).join(', ')}${sideTimeText(c.sideA)}`, `${c.sideB.value ?? 'silent'}: ${c.sideB.sourceIds.map(name).join(', ')}${sideTimeText(c.sideB)}`,
      c.explanation, c.note ?? '',
    ]), 'contradictions'),
    '<h2>Disputes</h2>',
  ];
  for (const d of report.disputes) {
    parts.push(`<h3>${esc(d.subject ? `${d.attribute} (${d.subject})` : d.attribute)}</h3>`);
    parts.push(table(['position', 'polarity', 'sources', 'claims'], d.positions.map((p) => [
      p.range ? `${p.value} (${describeRange({ min: p.range.min, max: p.range.max, magnitude: null })})` : p.value, p.polarity, p.sourceIds.map(name).join(', '), String(p.claimIds.length),
    ])));
    if (d.figures) parts.push(`<p>Conservative figure ${esc(d.figures.conservative)}, median ${esc(d.figures.median)}, highest ${esc(d.figures.highest)}${d.figures.highestOpen ? ' or more' : ''}.</p>`);
  }
  parts.push('<h2>Corroborations</h2>', table(['attribute', 'value', 'sources'], report.corroborations.map((c) => [
    c.subject ? `${c.attribute} (${c.subject})` : c.attribute, c.value, c.sourceIds.map(name).join(', '),
  ])));
  parts.push('<h2>Sources</h2>', table(['source', 'aliases', 'kind', 'stake', 'reliability'], report.sources.map((s) => [s.name, s.aliases.join(', '), s.kind, s.stake, s.reliability])));
  parts.push('<h2>Claims by claimant</h2>');
  for (const claimant of report.claimants) {
    parts.push(`<h3>${esc(claimant.name)}</h3>`, table(['claim', 'quote', 'conveyed by', 'document', 'verdict', 'credibility', 'reviews'], claimant.claims.map((c) => [
      c.text, c.quote ?? '', c.conveyedBy ? name(c.conveyedBy) : '', c.document?.title ?? '', c.verdict,
      `suggested ${c.credibility.suggested}${c.credibility.reviewed ? `, reviewed ${c.credibility.reviewed.grade}` : ''}`,
      c.reviews.latest.map((r) => `${r.verdict} (${r.createdAt.slice(0, 10)}): ${r.rationale}`).join('\n') || 'none',
    ])));
  }
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}"><title>${esc(report.title)}</title><style>${CSS}</style></head>`
    + `<body>${parts.join('\n')}</body></html>\n`;
}
