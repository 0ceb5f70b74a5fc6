import { DeskUser } from '../../auth/access.decorator';
import { EventView } from '../../events/events.service';
import { html, Html } from '../../common/html';
import { canEdit, when } from './layout';

export type EventTab = 'board' | 'timeline' | 'contradictions' | 'add' | 'extract';

/** The event's title, when and where, and its pages as tabs. */
export function eventHeader(event: EventView, user: DeskUser, tab: EventTab): Html {
  const place = [event.location?.name, event.location?.admin1, event.location?.country].filter(Boolean).join(', ');
  const link = (target: EventTab, path: string, label: string) =>
    html`<a href="/desk/events/${event.id}${path}"${tab === target ? html` aria-current="page"` : ''}>${label}</a>`;
  return html`<nav class="crumbs" aria-label="Breadcrumb"><a href="/desk">Events</a> ›</nav>
<h1>${event.title}</h1>
<p class="meta">${event.type.replace(/_/g, ' ')} · ${when(event.startsAt)}${event.endsAt ? html` to ${when(event.endsAt)}` : ''}${place ? html` · ${place}` : ''}</p>
<nav class="tabs" aria-label="Event pages">
  ${link('board', '', 'Board')}
  ${link('timeline', '/timeline', 'Timeline')}
  ${link('contradictions', '/contradictions', 'Contradictions')}
  <a href="/desk/queue?eventId=${event.id}">Review queue</a>
  ${canEdit(user) ? [link('add', '/claims/new', 'Add a claim'), link('extract', '/extract', 'Claims from an article')] : ''}
</nav>`;
}
