import { DeskUser } from '../../auth/access.decorator';
import { ClaimView } from '../../claims/claims.service';
import { html, Html } from '../../common/html';
import { EventView } from '../../events/events.service';
import { facetText } from '../board';
import { label, plural, when } from '../labels';
import { eventHeader } from './event-header';
import { Assets, canEdit, layout, notice, tokenField, verdictBadge } from './layout';
import { EventDraft, eventFields } from './records.view';

/** Every claim on the event, with or without facets: the board shows only what has facets. */
export function eventClaimsPage(assets: Assets, user: DeskUser, event: EventView, claims: ClaimView[], names: Map<string, string>, done: string | null): string {
  const name = (id: string | null) => (id ? names.get(id) ?? 'a source' : '');
  return layout({ title: `Claims: ${event.title}`, user, assets, section: 'events' }, html`
${eventHeader(event, user, 'claims')}
${done ? notice('done', done) : ''}
<p class="summary">${plural(claims.length, 'claim')}${claims.some((c) => !c.facets.length) ? html`, ${plural(claims.filter((c) => !c.facets.length).length, 'claim')} without facets (not on the board)` : ''}</p>
${claims.length === 0 ? html`<p class="empty">No claim on this event yet.</p>` : html`
<div class="scroll" tabindex="0" role="region" aria-label="Claims on this event">
<table class="list cards">
  <thead><tr><th scope="col">Claim</th><th scope="col">Claimant</th><th scope="col">Facets</th><th scope="col">Verdict</th>${canEdit(user) ? html`<th scope="col">Actions</th>` : ''}</tr></thead>
  <tbody>
  ${claims.map((c) => html`<tr>
    <th scope="row"><a href="/desk/claims/${c.id}">${c.text}</a>${c.statedAt ? html`<div class="meta">stated ${when(c.statedAt)}</div>` : ''}</th>
    <td><span class="cell-label">Claimant</span>${name(c.sourceId)}${c.conveyedById ? html` <span class="via">via ${name(c.conveyedById)}</span>` : ''}</td>
    <td><span class="cell-label">Facets</span>${c.facets.length ? html`<ul class="plain">${c.facets.map((f) => html`<li>${label(f.attribute)}${f.subject ? ` (${f.subject})` : ''}: ${facetText(f)}</li>`)}</ul>` : html`<span class="empty">none</span>`}</td>
    <td><span class="cell-label">Verdict</span>${verdictBadge(c.status)}</td>
    ${canEdit(user) ? html`<td><span class="cell-label">Actions</span><a href="/desk/claims/${c.id}/edit" aria-label="Edit: ${c.text.slice(0, 60)}">Edit</a></td>` : ''}
  </tr>`)}
  </tbody>
</table>
</div>`}`);
}

export function eventEditPage(assets: Assets, user: DeskUser, event: EventView, draft: EventDraft, seen: string, problem: Html | null): string {
  return layout({ title: `Edit: ${event.title}`, user, assets, section: 'events' }, html`
${eventHeader(event, user, 'edit')}
<h2>Edit the event</h2>
${problem ?? ''}
<form method="post" action="/desk/events/${event.id}/edit" class="stack wide">
  ${tokenField(user)}
  <input type="hidden" name="seen" value="${seen}">
  ${eventFields(draft)}
  <button type="submit">Save the event</button>
</form>`);
}
