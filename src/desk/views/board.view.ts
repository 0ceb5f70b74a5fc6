import { DeskUser } from '../../auth/access.decorator';
import { REPORT_FORMATS } from '../../reports/dto/report-query.dto';
import { Report } from '../../reports/report';
import { Board, BoardCell, whenText } from '../board';
import { html } from '../../common/html';
import { eventHeader } from './event-header';
import { Assets, layout, notice, severityBadge, verdictBadge } from './layout';

const FORMAT_LABELS = { json: 'JSON', markdown: 'Markdown', csv: 'CSV', html: 'HTML' } as const;

function cell(value: BoardCell, name: (id: string) => string) {
  const classes = ['cell', value.severity ? `contested sev-${value.severity}` : '', value.corroboratedBy.length ? 'corroborated' : '', value.values.length ? '' : 'empty'].filter(Boolean).join(' ');
  // The party's name is in the cell for narrow screens, where the board is one card per attribute.
  return html`<td class="${classes}" data-party="${name(value.partyId)}"><span class="cell-label">${name(value.partyId)}</span><div>
    ${value.values.length ? html`<ul class="values">${value.values.map((v) => html`<li><a href="/desk/claims/${v.claimId}">${v.text}</a>${v.verdict !== 'unreviewed' ? html` ${verdictBadge(v.verdict)}` : ''}${v.conveyedBy ? html` <span class="via">via ${name(v.conveyedBy)}</span>` : ''}${whenText(v) ? html`<span class="when">${whenText(v)}</span>` : ''}</li>`)}</ul>` : ''}
    ${value.silentOn.length ? html`<p class="mark-silent-on">silent on ${value.silentOn.join(', ')}</p>` : ''}
    ${value.severity ? html`<p class="mark">contested ${severityBadge(value.severity)}</p>` : ''}
    ${value.corroboratedBy.length ? html`<p class="mark-corroborated">corroborated by ${value.corroboratedBy.map(name).join(', ')}</p>` : ''}
  </div></td>`;
}

export function boardPage(assets: Assets, user: DeskUser, report: Report, board: Board, done: string | null): string {
  const names = new Map(report.sources.map((s) => [s.id, s.name]));
  const name = (id: string) => names.get(id) ?? id;
  const open = report.contradictions.filter((c) => c.status === 'open').length;
  return layout({ title: report.event.title, user, assets, section: 'events' }, html`
${eventHeader(report.event, user, 'board')}
${done ? notice('done', done) : ''}
<p class="summary">${report.claimants.reduce((n, c) => n + c.claims.length, 0)} claims from ${board.parties.length} parties ·
  <a href="/desk/events/${report.event.id}/contradictions">${open} open contradictions</a> of ${report.contradictions.length}</p>
${board.rows.length === 0 ? html`<p class="empty">No claim on this event has facets yet.</p>` : html`
<div class="scroll" tabindex="0" role="region" aria-label="Board: attributes by party">
<table class="board">
  <caption>What each party says, attribute by attribute, with when it was said. A contested cell is on a side of a contradiction; "silent on" marks a detected omission.</caption>
  <thead>${board.sides.some((s) => s.side !== null) ? html`<tr class="side-groups"><td></td>${board.sides.map((s) => html`<th scope="colgroup" colspan="${String(s.count)}">${s.side ?? 'no side given'}</th>`)}</tr>` : ''}<tr><th scope="col">Attribute</th>${board.parties.map((p) => html`<th scope="col">${p.name}<div class="meta">${[p.stake?.replace(/_/g, ' '), p.reliability && `reliability ${p.reliability}`].filter(Boolean).join(' · ')}</div></th>`)}</tr></thead>
  <tbody>
  ${board.rows.map((row) => html`<tr${row.severity ? html` class="row-contested"` : ''}>
    <th scope="row">${row.attribute.replace(/_/g, ' ')}${row.subject ? html`<div class="meta">${row.subject}</div>` : ''}${row.severity ? html` ${severityBadge(row.severity)}` : ''}</th>
    ${row.cells.map((c) => cell(c, name))}
  </tr>`)}
  </tbody>
</table>
</div>`}
<section class="exports" aria-labelledby="exports">
  <h2 id="exports">Export the report</h2>
  <p>${REPORT_FORMATS.map((format) => html`<a class="button" href="/desk/events/${report.event.id}/report?format=${format}">${FORMAT_LABELS[format]}</a> `)}</p>
  <p class="meta">Content SHA-256 <code>${report.sha256}</code></p>
</section>`);
}
