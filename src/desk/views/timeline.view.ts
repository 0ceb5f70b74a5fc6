import { DeskUser } from '../../auth/access.decorator';
import { EventView } from '../../events/events.service';
import { html } from '../../common/html';
import { timeText } from '../board';
import { Timeline, TimelineEntry } from '../timeline';
import { eventHeader } from './event-header';
import { Assets, layout, severityBadge } from './layout';

const KIND_WORDS: Record<string, string> = { revision_in_time: 'later revision' };

function statement(entry: TimelineEntry, name: (id: string) => string) {
  return html`<a href="/desk/claims/${entry.claimId}">${entry.text}</a>
    ${entry.facets.length ? html`<ul class="plain facets">${entry.facets.map((f) => html`<li>${f}</li>`)}</ul>` : ''}
    ${entry.links.length ? html`<ul class="plain links">${entry.links.map((l) => html`<li>${severityBadge(l.severity)}
      <a href="#s-${l.otherClaimId}">${l.kind === 'revision_in_time' ? 'revised in time against' : 'contradicts'} ${name(l.otherPartyId)}</a>
      <span class="meta">${l.attribute.replace(/_/g, ' ')} · ${KIND_WORDS[l.kind] ?? l.kind.replace(/_/g, ' ')}${l.status === 'confirmed' ? ' · confirmed' : ''}</span></li>`)}</ul>` : ''}`;
}

/** Each party's statements in time order, one lane per party grouped by side, contradictions linking both ends. */
export function timelinePage(assets: Assets, user: DeskUser, event: EventView, timeline: Timeline): string {
  const names = new Map(timeline.lanes.map((l) => [l.id, l.name]));
  const name = (id: string) => names.get(id) ?? id;
  return layout({ title: `Timeline: ${event.title}`, user, assets, section: 'events' }, html`
${eventHeader(event, user, 'timeline')}
${timeline.entries.length === 0 ? html`<p class="empty">No claim on this event yet.</p>` : html`
<div class="scroll" tabindex="0" role="region" aria-label="Timeline: statements by party, in time order">
<table class="timeline">
  <caption>Statements in the order they were made, each party in its own column. A link names the statement at the other end of a contradiction.</caption>
  <thead><tr><th scope="col">Said</th>${timeline.lanes.map((l) => html`<th scope="col">${l.name}${l.side ? html`<div class="meta">${l.side}</div>` : ''}</th>`)}</tr></thead>
  <tbody>
  ${timeline.entries.map((entry) => html`<tr id="s-${entry.claimId}">
    <th scope="row">${entry.statedAt ? timeText(entry.statedAt) : 'time unknown'}</th>
    ${timeline.lanes.map((l) => (l.id === entry.partyId
      ? html`<td class="said" data-party="${l.name}"><span class="cell-label">${l.name}</span><div>${statement(entry, name)}</div></td>`
      : html`<td class="empty"></td>`))}
  </tr>`)}
  </tbody>
</table>
</div>`}`);
}
