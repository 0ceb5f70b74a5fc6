import { DeskUser } from '../../auth/access.decorator';
import { EventView } from '../../events/events.service';
import { html, Html } from '../../common/html';
import { label, when } from '../labels';
import { canEdit } from './layout';

export type EventTab = 'board' | 'timeline' | 'claims' | 'contradictions' | 'add' | 'extract' | 'edit' | 'history';

/** The event's title, when and where, and its pages as tabs. */
export function eventHeader(event: EventView, user: DeskUser, tab: EventTab): Html {
  const place = [event.location?.name, event.location?.admin1, event.location?.country].filter(Boolean).join(', ');
  const link = (target: EventTab, path: string, label: string) =>
    html`<a href="/desk/events/${event.id}${path}"${tab === target ? html` aria-current="page"` : ''}>${label}</a>`;
  return html`<nav class="crumbs" aria-label="Breadcrumb"><a href="/desk">Events</a> ›</nav>
<h1>${event.title}</h1>
<p class="meta">${label(event.type)} · ${when(event.startsAt, event.timePrecision)}${event.endsAt ? html` to ${when(event.endsAt, event.timePrecision)}` : ''}${place ? html` · ${place}` : ''}</p>
<nav class="tabs" aria-label="Event pages">
  ${link('board', '', 'Board')}
  ${link('timeline', '/timeline', 'Timeline')}
  ${link('claims', '/claims', 'Claims')}
  ${link('contradictions', '/contradictions', 'Contradictions')}
  <a href="/desk/queue?eventId=${event.id}">Review queue</a>
  ${canEdit(user) ? [link('add', '/claims/new', 'Add a claim'), link('extract', '/extract', 'Claims from an article'), link('edit', '/edit', 'Edit the event'),
    html`<a href="/desk/events/${event.id}/merge">Merge duplicates</a>`] : ''}
  <a href="/desk/audit/event/${event.id}"${tab === 'history' ? html` aria-current="page"` : ''}>History</a>
</nav>`;
}
