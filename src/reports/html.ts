import { Html, html } from '../common/html';
import { Report } from './report';
import { Cell, reportTables, Table, TitledTable } from './report-tables';

/** No script, no request: everything the page needs is in it. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

const CSS = new Html(`
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;margin:2rem auto;max-width:75rem;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #d0d7de}h3{font-size:1rem;margin:1.25rem 0 .4rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top;white-space:pre-wrap;overflow-wrap:break-word}
th{background:#f6f8fa;white-space:nowrap}.high{color:#a40e26;font-weight:600}.medium{color:#9a6700;font-weight:600}.low{color:#57606a}
.meta{color:#57606a;font-size:.85rem}code{font-size:.8rem}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
`);

const LINE = new Html('\n');
const cell = (c: Cell) => (typeof c === 'string' ? c : html`<span class="${c.severity}">${c.severity}</span>`);

function table({ header, rows }: Table, id?: string): Html {
  return html`<table${id ? html` id="${id}"` : ''}><thead><tr>${header.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows.map((r) => html`<tr>${r.map((c) => html`<td>${cell(c)}</td>`)}</tr>`)}</tbody></table>`;
}

function titled({ heading, table: body, note }: TitledTable): Html[] {
  return [html`<h3>${heading}</h3>`, table(body), ...(note === null ? [] : [html`<p>${note}</p>`])];
}

/** One self-contained printable page; every value from the data is escaped by the `html` tag. */
export function renderHtml(report: Report): string {
  const tables = reportTables(report);
  const parts: Html[] = [
    html`<h1>${tables.title}</h1>`,
    html`<p class="meta">Generated ${tables.generatedAt} &middot; content SHA-256 <code>${tables.sha256}</code></p>`,
    html`<h2>Event</h2>`, table(tables.event),
    html`<h2>Contradictions</h2>`, table(tables.contradictions, 'contradictions'),
    html`<h2>Disputes</h2>`, ...tables.disputes.flatMap(titled),
    html`<h2>Corroborations</h2>`, table(tables.corroborations),
    html`<h2>Sources</h2>`, table(tables.sources),
    html`<h2>Claims by claimant</h2>`, ...tables.claimants.flatMap(titled),
  ];
  const head = html`<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="${new Html(REPORT_CSP)}"><title>${tables.title}</title><style>${CSS}</style>`;
  const body = parts.flatMap((part, i) => (i ? [LINE, part] : [part]));
  return html`<!doctype html>
<html lang="en"><head>${head}</head><body>${body}</body></html>
`.text;
}
