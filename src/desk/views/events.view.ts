import { DeskUser } from '../../auth/access.decorator';
import { Page } from '../../common/pagination';
import { EVENT_TYPES } from '../../events/event.entity';
import { EventSummary } from '../desk.service';
import { DeskEventsQuery, EVENT_FILTERS } from '../dto/desk-events.query';
import { html } from '../../common/html';
import { Assets, canEdit, layout, when } from './layout';

const FILTER_LABELS: Record<(typeof EVENT_FILTERS)[number], string> = {
  open_contradictions: 'with open contradictions',
  waiting_for_review: 'with claims waiting for review',
};

export function eventsPage(assets: Assets, user: DeskUser, query: DeskEventsQuery, page: Page<EventSummary>): string {
  const next = new URLSearchParams({
    ...(query.q && { q: query.q }), ...(query.type && { type: query.type }), ...(query.has && { has: query.has }), ...(query.limit && { limit: String(query.limit) }),
  });
  if (page.nextCursor) next.set('cursor', page.nextCursor);
  return layout({ title: 'Events', user, assets, section: 'events' }, html`
<h1>Events</h1>
${canEdit(user) ? html`<p><a class="button" href="/desk/events/new">New event</a> <a class="button" href="/desk/articles/new">Claims from an article</a></p>` : ''}
<form method="get" action="/desk" class="filters" role="search">
  <div><label for="q">Title or place</label><input id="q" name="q" type="search" value="${query.q ?? ''}" maxlength="200"></div>
  <div><label for="type">Type</label><select id="type" name="type">
    <option value="">any type</option>
    ${EVENT_TYPES.map((type) => html`<option value="${type}"${query.type === type ? html` selected` : ''}>${type.replace(/_/g, ' ')}</option>`)}
  </select></div>
  <div><label for="has">Show</label><select id="has" name="has">
    <option value="">all events</option>
    ${EVENT_FILTERS.map((f) => html`<option value="${f}"${query.has === f ? html` selected` : ''}>${FILTER_LABELS[f]}</option>`)}
  </select></div>
  <div><button type="submit">Filter</button></div>
</form>
${page.items.length === 0 ? html`<p class="empty">No event matches.</p>` : html`
<div class="scroll" tabindex="0" role="region" aria-label="Events">
<table class="list cards">
  <thead><tr><th scope="col">Event</th><th scope="col">When</th><th scope="col">Where</th>
    <th scope="col" class="num">Claims</th><th scope="col" class="num">Open contradictions</th><th scope="col" class="num">Waiting for review</th></tr></thead>
  <tbody>
  ${page.items.map(({ event, claims, openContradictions, waitingForReview }) => html`<tr>
    <th scope="row"><a href="/desk/events/${event.id}">${event.title}</a><div class="meta">${event.type.replace(/_/g, ' ')}</div></th>
    <td><span class="cell-label">When</span>${when(event.startsAt)}</td>
    <td><span class="cell-label">Where</span>${[event.location?.name, event.location?.country].filter(Boolean).join(', ')}</td>
    <td class="num"><span class="cell-label">Claims</span>${claims}</td>
    <td class="num"><span class="cell-label">Open contradictions</span>${openContradictions ? html`<a href="/desk/events/${event.id}/contradictions">${openContradictions}</a>` : '0'}</td>
    <td class="num"><span class="cell-label">Waiting for review</span>${waitingForReview ? html`<a href="/desk/queue?eventId=${event.id}">${waitingForReview}</a>` : '0'}</td>
  </tr>`)}
  </tbody>
</table>
</div>
<p class="meta">Waiting for review: the claims the review queue lists (flagged for re-review, reviewers disagreeing, on an open high-severity contradiction, or unreviewed).</p>`}
${page.nextCursor ? html`<p><a href="/desk?${next.toString()}">Next page</a></p>` : ''}`);
}
