import { DeskUser } from '../../auth/access.decorator';
import { CONTRADICTION_KINDS, SEVERITIES, TRIAGE_STATES, TriageState } from '../../contradictions/contradiction.entity';
import { ContradictionView, SideView } from '../../contradictions/contradiction-views';
import { HAPPENING_WORDS } from '../../contradictions/explanations';
import { EventView } from '../../events/events.service';
import { html } from '../../common/html';
import { whenText } from '../board';
import { ContradictionsQuery, filterQuery } from '../dto/filters.query';
import { label, plural } from '../labels';
import { eventHeader } from './event-header';
import { Assets, canTriage, layout, notice, severityBadge, tokenField, when } from './layout';

/** Confirm is the main action; dismissing or reopening is the lesser one, and looks it. */
const ACTIONS: Record<TriageState, [string, string]> = { confirmed: ['Confirm', 'confirm'], dismissed: ['Dismiss', 'secondary'], open: ['Reopen', 'secondary'] };

/** What a side holds, in words: a denial says so ("denies: Hills Front"), a happening took place or did not. */
export function holds(c: Pick<ContradictionView, 'attribute'>, value: Pick<SideView, 'value'>, denies: boolean): string {
  if (value.value === null) return 'says nothing';
  if (value.value === 'true' && Object.hasOwn(HAPPENING_WORDS, c.attribute)) return HAPPENING_WORDS[c.attribute][denies ? 1 : 0];
  return denies ? `denies: ${label(value.value)}` : label(value.value);
}

function side(title: string, c: ContradictionView, value: SideView, name: (id: string) => string, texts: Map<string, string>) {
  // In a negation the second side is the one that denies (the explanation names it so).
  const denies = c.kind === 'negation' && value === c.sideB;
  return html`<div class="side"><h3>${title}: ${holds(c, value, denies)}</h3>
  <p>${value.sourceIds.map(name).join(', ')}</p>
  ${whenText(value) ? html`<p class="when">${whenText(value)}</p>` : ''}
  <ul class="plain">${value.claimIds.map((id) => html`<li><a href="/desk/claims/${id}">${texts.get(id) ?? id}</a></li>`)}</ul></div>`;
}

const selectOf = (id: string, text: string, values: readonly string[], chosen: string | undefined, none: string) =>
  html`<div><label for="${id}">${text}</label><select id="${id}" name="${id}"><option value="">${none}</option>${values.map((v) => html`<option value="${v}"${v === chosen ? html` selected` : ''}>${label(v)}</option>`)}</select></div>`;

export interface ContradictionsView {
  items: ContradictionView[];
  filter: ContradictionsQuery;
  attributes: string[];
  /** Names of sources and of the users who triaged. */
  names: Map<string, string>;
  texts: Map<string, string>;
}

export function contradictionsPage(assets: Assets, user: DeskUser, event: EventView, view: ContradictionsView, done: string | null): string {
  const { items, filter, names, texts } = view;
  const name = (id: string) => names.get(id) ?? id;
  // Where a triage brings the desk back: this page, with these filters.
  const back = `/desk/events/${event.id}/contradictions${filterQuery(filter)}`;
  const filtered = Object.values(filter).some((v) => v !== undefined);
  return layout({ title: `Contradictions: ${event.title}`, user, assets, section: 'events' }, html`
${eventHeader(event, user, 'contradictions')}
${done ? notice('done', done) : ''}
<form method="get" class="filters" action="/desk/events/${event.id}/contradictions" aria-label="Filter the contradictions">
  ${(filter.party ?? []).map((p) => html`<input type="hidden" name="party" value="${p}">`)}
  ${selectOf('status', 'State', TRIAGE_STATES, filter.status, 'any state')}
  ${selectOf('severity', 'Severity', SEVERITIES, filter.severity, 'any severity')}
  ${selectOf('kind', 'Kind', CONTRADICTION_KINDS, filter.kind, 'any kind')}
  ${selectOf('attribute', 'Attribute', view.attributes, filter.attribute, 'any attribute')}
  <div><button type="submit">Filter</button></div>
  ${filtered ? html`<div><a href="/desk/events/${event.id}/contradictions">Clear the filters</a></div>` : ''}
</form>
${filter.party?.length ? html`<p class="meta">Only contradictions with ${filter.party.map(name).join(' or ')} on a side.</p>` : ''}
<p class="summary">${plural(items.length, 'contradiction')}${filtered ? ' match these filters' : ''}: open first, then confirmed, then dismissed; the most severe first.</p>
${items.length === 0 ? html`<p class="empty">No contradiction matches.</p>` : ''}
${items.map((c) => html`<article class="contradiction sev-${c.severity} status-${c.status}" id="c-${c.id}" aria-labelledby="h-${c.id}">
  <h2 id="h-${c.id}">${severityBadge(c.severity)} ${label(c.attribute)}${c.subject ? ` (${c.subject})` : ''} · ${label(c.kind)}
    <span class="badge status-${c.status}">${c.status}</span></h2>
  <p class="explanation">${c.explanation}</p>
  <div class="sides">${side('Side A', c, c.sideA, name, texts)}${side('Side B', c, c.sideB, name, texts)}</div>
  ${c.triagedAt || c.note ? html`<p class="meta triaged">${c.triagedAt ? html`${c.status === 'open' ? 'Reopened' : label(c.status).replace(/^./, (l) => l.toUpperCase())} by <strong>${c.triagedById ? name(c.triagedById) : 'the system'}</strong>, ${when(c.triagedAt)}` : ''}${c.note ? html` · note: <q>${c.note}</q>` : ''}</p>` : ''}
  ${canTriage(user) ? html`<form method="post" action="/desk/contradictions/${c.id}/triage" class="triage">
    ${tokenField(user)}
    <input type="hidden" name="back" value="${back}">
    <label for="note-${c.id}">Note</label>
    <textarea id="note-${c.id}" name="note" rows="2" maxlength="5000">${c.note ?? ''}</textarea>
    <div class="actions">${TRIAGE_STATES.filter((s) => s !== c.status).map((s) => html`<button type="submit" name="status" value="${s}" class="${ACTIONS[s][1]}" aria-describedby="h-${c.id}">${ACTIONS[s][0]}</button> `)}</div>
  </form>` : ''}
</article>`)}`);
}
