import { DeskUser } from '../../auth/access.decorator';
import { ClaimView } from '../../claims/claims.service';
import { Page } from '../../common/pagination';
import { VERDICTS } from '../../reviews/review.entity';
import { QUEUE_REASONS, QueueReason } from '../../reviews/verdicts';
import { filterQuery, QueueQuery } from '../dto/filters.query';
import { label, plural } from '../labels';
import { html } from '../../common/html';
import { Assets, layout, verdictBadge } from './layout';

const REASONS: Record<QueueReason, string> = {
  needs_re_review: 'needs re-review: a contradiction on it changed',
  reviewer_disagreement: 'reviewers disagree',
  open_high_contradiction: 'on an open high-severity contradiction',
  unreviewed: 'not reviewed yet',
};

export function queuePage(
  assets: Assets, user: DeskUser, page: Page<ClaimView & { queueReason: QueueReason }>, query: QueueQuery,
  names: Map<string, string>, titles: Map<string, string>,
): string {
  const { eventId } = query;
  const { cursor: _cursor, ...filter } = query;
  const next = filterQuery(filter, page.nextCursor ? { cursor: page.nextCursor } : {});
  const option = (value: string, chosen: string | undefined, text: string) => html`<option value="${value}"${value === chosen ? html` selected` : ''}>${text}</option>`;
  return layout({ title: 'Review queue', user, assets, section: 'queue' }, html`
<h1>Review queue${eventId ? html`: <a href="/desk/events/${eventId}">${titles.get(eventId) ?? 'event'}</a>` : ''}</h1>
<p class="meta">Re-reviews first, then disagreements, then claims on open high-severity contradictions, then the unreviewed; oldest first.${eventId ? html` <a href="/desk/queue${filterQuery({ ...filter, eventId: undefined })}">All events</a>` : ''}</p>
<form method="get" action="/desk/queue" class="filters" aria-label="Filter the queue">
  ${eventId ? html`<input type="hidden" name="eventId" value="${eventId}">` : ''}
  ${query.sourceId ? html`<input type="hidden" name="sourceId" value="${query.sourceId}">` : ''}
  <div><label for="reason">Why it waits</label><select id="reason" name="reason"><option value="">any reason</option>${QUEUE_REASONS.map((r) => option(r, query.reason, REASONS[r]))}</select></div>
  <div><label for="verdict">Current verdict</label><select id="verdict" name="verdict"><option value="">any verdict</option>${['unreviewed', ...VERDICTS].map((v) => option(v, query.verdict, label(v)))}</select></div>
  <div><button type="submit">Filter</button></div>
  ${query.reason || query.verdict ? html`<div><a href="/desk/queue${filterQuery({ eventId, sourceId: query.sourceId })}">Clear the filters</a></div>` : ''}
</form>
<p class="summary">${plural(page.items.length, 'claim')} on this page${page.nextCursor ? ', more after it' : ''}.</p>
${page.items.length === 0 ? html`<p class="empty">Nothing${query.reason || query.verdict ? ' matching these filters' : ''} is waiting for review.</p>` : html`<ol class="queue">
${page.items.map((c) => html`<li>
  <p class="reason">${REASONS[c.queueReason]} ${c.status !== 'unreviewed' ? verdictBadge(c.status) : ''}</p>
  <a href="/desk/claims/${c.id}">${c.text}</a>
  <p class="meta">${names.get(c.sourceId) ?? c.sourceId}${c.eventId ? html` · ${titles.get(c.eventId) ?? ''}` : ''}</p>
</li>`)}
</ol>`}
${page.nextCursor ? html`<p><a href="/desk/queue${next}">Next page</a></p>` : ''}`);
}
