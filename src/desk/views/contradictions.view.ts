import { DeskUser } from '../../auth/access.decorator';
import { TRIAGE_STATES, TriageState } from '../../contradictions/contradiction.entity';
import { ContradictionView, SideView } from '../../contradictions/contradiction-views';
import { EventView } from '../../events/events.service';
import { html } from '../../common/html';
import { whenText } from '../board';
import { eventHeader } from './event-header';
import { Assets, canTriage, layout, notice, severityBadge, tokenField, when } from './layout';

const ACTIONS: Record<TriageState, string> = { confirmed: 'Confirm', dismissed: 'Dismiss', open: 'Reopen' };

function side(label: string, value: SideView, name: (id: string) => string, texts: Map<string, string>) {
  return html`<div class="side"><h3>${label}: ${value.value === null ? 'says nothing' : value.value.replace(/_/g, ' ')}</h3>
  <p>${value.sourceIds.map(name).join(', ')}</p>
  ${whenText(value) ? html`<p class="when">${whenText(value)}</p>` : ''}
  <ul class="plain">${value.claimIds.map((id) => html`<li><a href="/desk/claims/${id}">${texts.get(id) ?? id}</a></li>`)}</ul></div>`;
}

export function contradictionsPage(
  assets: Assets, user: DeskUser, event: EventView, items: ContradictionView[], status: TriageState | '',
  names: Map<string, string>, texts: Map<string, string>, done: string | null,
): string {
  const name = (id: string) => names.get(id) ?? id;
  return layout({ title: `Contradictions: ${event.title}`, user, assets, section: 'events' }, html`
${eventHeader(event, user, 'contradictions')}
${done ? notice('done', done) : ''}
<form method="get" class="filters" action="/desk/events/${event.id}/contradictions">
  <div><label for="status">Show</label><select id="status" name="status">
    <option value="">all</option>
    ${TRIAGE_STATES.map((s) => html`<option value="${s}"${status === s ? html` selected` : ''}>${s}</option>`)}
  </select></div>
  <div><button type="submit">Filter</button></div>
</form>
${items.length === 0 ? html`<p class="empty">No contradiction${status ? ` is ${status}` : ''}.</p>` : ''}
${items.map((c) => html`<article class="contradiction sev-${c.severity}" id="c-${c.id}" aria-labelledby="h-${c.id}">
  <h2 id="h-${c.id}">${severityBadge(c.severity)} ${c.attribute.replace(/_/g, ' ')}${c.subject ? ` (${c.subject})` : ''} · ${c.kind.replace(/_/g, ' ')}
    <span class="badge status-${c.status}">${c.status}</span></h2>
  <p class="explanation">${c.explanation}</p>
  <div class="sides">${side('Side A', c.sideA, name, texts)}${side('Side B', c.sideB, name, texts)}</div>
  ${c.note || c.triagedAt ? html`<p class="meta">${c.status !== 'open' ? `${c.status} ${when(c.triagedAt)}` : ''}${c.note ? html` · note: <q>${c.note}</q>` : ''}</p>` : ''}
  ${canTriage(user) ? html`<form method="post" action="/desk/contradictions/${c.id}/triage" class="triage">
    ${tokenField(user)}
    <label for="note-${c.id}">Note</label>
    <textarea id="note-${c.id}" name="note" rows="2" maxlength="5000">${c.note ?? ''}</textarea>
    <div class="actions">${TRIAGE_STATES.filter((s) => s !== c.status).map((s) => html`<button type="submit" name="status" value="${s}" aria-describedby="h-${c.id}">${ACTIONS[s]}</button> `)}</div>
  </form>` : ''}
</article>`)}`);
}
