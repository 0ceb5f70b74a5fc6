import { DeskUser } from '../../auth/access.decorator';
import { SEVERITIES, TRIAGE_STATES } from '../../contradictions/contradiction.entity';
import { REPORT_FORMATS } from '../../reports/dto/report-query.dto';
import { BoardData } from '../../reports/report';
import { Board, BoardCell, BoardParty, whenText } from '../board';
import { BoardFilter } from '../board-filter';
import { filterQuery } from '../dto/filters.query';
import { html } from '../../common/html';
import { label, plural } from '../labels';
import { eventHeader } from './event-header';
import { Assets, layout, notice, severityBadge, verdictBadge } from './layout';

const FORMAT_LABELS = { json: 'JSON', markdown: 'Markdown', csv: 'CSV', html: 'HTML' } as const;

function cell(value: BoardCell, name: (id: string) => string, column: string, statuses: Map<string, string>) {
  // A contradiction confirmed by triage is marked as settled; one still open as waiting for a decision.
  const confirmed = value.contradictionIds.some((id) => statuses.get(id) === 'confirmed');
  const classes = ['cell', value.severity ? `contested sev-${value.severity} ${confirmed ? 'confirmed' : 'open'}` : '', value.corroboratedBy.length ? 'corroborated' : '', value.values.length ? '' : 'empty'].filter(Boolean).join(' ');
  // The party's name is in the cell for narrow screens, where the board is one card per attribute.
  return html`<td class="${classes}" data-party="${column}"><span class="cell-label">${column}</span><div>
    ${value.values.length ? html`<ul class="values">${value.values.map((v) => html`<li><a href="/desk/claims/${v.claimId}">${v.text}</a>${v.verdict !== 'unreviewed' ? html` ${verdictBadge(v.verdict)}` : ''}${v.conveyedBy ? html` <span class="via">via ${name(v.conveyedBy)}</span>` : ''}${whenText(v) ? html`<span class="when">${whenText(v)}</span>` : ''}</li>`)}</ul>` : ''}
    ${value.silentOn.length ? html`<p class="mark-silent-on">silent on ${value.silentOn.join(', ')}</p>` : ''}
    ${value.severity ? html`<p class="mark">${confirmed ? html`<strong class="settled">confirmed contradiction</strong>` : 'contested, open'} ${severityBadge(value.severity)}</p>` : ''}
    ${value.corroboratedBy.length ? html`<p class="mark-corroborated">corroborated by ${value.corroboratedBy.map(name).join(', ')}</p>` : ''}
  </div></td>`;
}

const selectOf = (id: string, text: string, values: readonly string[], chosen: string | undefined, none: string, say: (v: string) => string = label) =>
  html`<div><label for="${id}">${text}</label><select id="${id}" name="${id}"><option value="">${none}</option>${values.map((v) => html`<option value="${v}"${v === chosen ? html` selected` : ''}>${say(v)}</option>`)}</select></div>`;

function filterForm(report: BoardData, everyParty: BoardParty[], attributes: string[], filter: BoardFilter, collapsed: boolean) {
  const chosen = new Set(filter.party ?? []);
  return html`<form method="get" action="/desk/events/${report.event.id}" class="filters board-filters" aria-label="Filter the board">
  <details class="parties"${chosen.size ? html` open` : ''}><summary>Parties${chosen.size ? ` (${chosen.size} chosen)` : ': all'}</summary>
    <fieldset><legend class="visually-hidden">Show only these parties</legend>
    ${everyParty.map((p) => html`<label class="check"><input type="checkbox" name="party" value="${p.id}"${chosen.has(p.id) ? html` checked` : ''}> ${p.name}${p.side ? html` <span class="meta">(${p.side})</span>` : ''}</label>`)}
    </fieldset></details>
  ${selectOf('attribute', 'Attribute', attributes, filter.attribute, 'any attribute')}
  ${selectOf('severity', 'Severity', SEVERITIES, filter.severity, 'any severity')}
  ${selectOf('status', 'Contradiction', TRIAGE_STATES, filter.status, 'any state')}
  ${selectOf('view', 'Columns', ['parties', 'sides'], filter.view ?? (collapsed ? 'sides' : 'parties'), 'as suits the board', (v) => (v === 'sides' ? 'one per side' : 'one per party'))}
  <div><button type="submit">Filter</button></div>
  ${Object.values(filter).some((v) => v !== undefined) ? html`<div><a href="/desk/events/${report.event.id}">Clear the filters</a></div>` : ''}
</form>`;
}

export interface BoardView {
  board: Board;
  /** Every party of the event, for the filter, whatever the board shows. */
  everyParty: BoardParty[];
  attributes: string[];
  filter: BoardFilter;
  collapsed: boolean;
}

export function boardPage(assets: Assets, user: DeskUser, report: BoardData, view: BoardView, done: string | null): string {
  const { board, filter } = view;
  const names = new Map(report.sources.map((s) => [s.id, s.name]));
  const name = (id: string) => names.get(id) ?? id;
  const statuses = new Map(report.contradictions.map((c) => [c.id, c.status]));
  const open = report.contradictions.filter((c) => c.status === 'open').length;
  const filtered = Object.values(filter).some((v) => v !== undefined);
  const narrowed = filterQuery({ party: filter.party, attribute: filter.attribute, severity: filter.severity, status: filter.status });
  const quiet = board.rows.filter((r) => !r.severity).length;
  return layout({ title: report.event.title, user, assets, section: 'events' }, html`
${eventHeader(report.event, user, 'board')}
${done ? notice('done', done) : ''}
<p class="summary">${plural(report.claimants.reduce((n, c) => n + c.claims.length, 0), 'claim')} from ${plural(view.everyParty.length, 'party', 'parties')} ·
  <a href="/desk/events/${report.event.id}/contradictions">${plural(open, 'open contradiction')}</a> of ${report.contradictions.length} · <a href="/desk/events/${report.event.id}/claims">every claim, with or without facets</a></p>
${filterForm(report, view.everyParty, view.attributes, filter, view.collapsed)}
${view.collapsed ? html`<p class="meta">${plural(view.everyParty.length, 'party', 'parties')}: one column per side. Choose parties, or "one per party", to see each of them.</p>` : ''}
${filtered ? html`<p class="meta">Filtered: ${plural(board.rows.length, 'row')}, ${plural(board.parties.length, 'column')}. <a href="/desk/events/${report.event.id}/contradictions${narrowed}">The contradictions behind them</a>.</p>` : ''}
${board.rows.length === 0 ? html`<p class="empty">${filtered ? 'No row matches these filters.' : html`No claim on this event has facets yet: the <a href="/desk/events/${report.event.id}/claims">claims list</a> shows them all.`}</p>` : html`
${quiet ? html`<input type="checkbox" id="show-quiet" class="fold-toggle"><label for="show-quiet" class="fold-toggle">Show the ${plural(quiet, 'row')} with nothing contested</label>` : ''}
<div class="scroll board-frame" tabindex="0" role="region" aria-label="Board: attributes by party">
<table class="board">
  <caption>What each party says, attribute by attribute, with when it was said. A contested cell is on a side of a contradiction (open, or confirmed by triage); "silent on" marks a detected omission.</caption>
  <thead>${board.sides.some((s) => s.side !== null) ? html`<tr class="side-groups"><td class="corner"></td>${board.sides.map((s) => html`<th scope="colgroup" colspan="${String(s.count)}">${s.side ?? 'no side given'}</th>`)}</tr>` : ''}<tr><th scope="col" class="corner">Attribute</th>${board.parties.map((p) => html`<th scope="col">${p.name}<div class="meta">${[label(p.stake), p.reliability && `reliability ${p.reliability}`].filter(Boolean).join(' · ')}</div></th>`)}</tr></thead>
  <tbody>
  ${board.rows.map((row) => html`<tr class="${row.severity ? 'row-contested' : 'quiet'}">
    <th scope="row">${label(row.attribute)}${row.subject ? html`<div class="meta">${row.subject}</div>` : ''}${row.severity ? html` ${severityBadge(row.severity)}` : ''}</th>
    ${row.cells.map((c, i) => cell(c, name, board.parties[i].name, statuses))}
  </tr>`)}
  </tbody>
</table>
</div>`}
<section class="exports" aria-labelledby="exports">
  <h2 id="exports">Export the report</h2>
  <p>${REPORT_FORMATS.map((format) => html`<a class="button" href="/desk/events/${report.event.id}/report?format=${format}"${format === 'html' ? html` target="_blank" rel="noopener"` : ''}>${FORMAT_LABELS[format]}${format === 'html' ? ' (opens in a new tab)' : ''}</a> `)}</p>
  <p class="meta">The HTML report opens in a new tab to read or print; the other formats download, named after the event and its day. Each carries the SHA-256 of its content.</p>
</section>`);
}
