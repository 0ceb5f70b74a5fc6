import { DeskUser } from '../../auth/access.decorator';
import { ClaimView } from '../../claims/claims.service';
import { Page } from '../../common/pagination';
import { ReviewQueueQuery } from '../../reviews/dto/create-review.dto';
import { QueueReason } from '../../reviews/verdicts';
import { html } from '../../common/html';
import { Assets, layout, verdictBadge } from './layout';

const REASONS: Record<QueueReason, string> = {
  needs_re_review: 'needs re-review: a contradiction on it changed',
  reviewer_disagreement: 'reviewers disagree',
  open_high_contradiction: 'on an open high-severity contradiction',
  unreviewed: 'not reviewed yet',
};

export function queuePage(
  assets: Assets, user: DeskUser, page: Page<ClaimView & { queueReason: QueueReason }>, query: ReviewQueueQuery,
  names: Map<string, string>, titles: Map<string, string>,
): string {
  const { eventId } = query;
  const next = new URLSearchParams({
    ...(eventId && { eventId }), ...(query.sourceId && { sourceId: query.sourceId }), ...(query.limit && { limit: String(query.limit) }),
    ...(page.nextCursor && { cursor: page.nextCursor }),
  });
  return layout({ title: 'Review queue', user, assets, section: 'queue' }, html`
<h1>Review queue${eventId ? html`: <a href="/desk/events/${eventId}">${titles.get(eventId) ?? 'event'}</a>` : ''}</h1>
<p class="meta">Re-reviews first, then disagreements, then claims on open high-severity contradictions, then the unreviewed; oldest first.${eventId ? html` <a href="/desk/queue">All events</a>` : ''}</p>
${page.items.length === 0 ? html`<p class="empty">Nothing is waiting for review.</p>` : html`<ol class="queue">
${page.items.map((c) => html`<li>
  <p class="reason">${REASONS[c.queueReason]} ${c.status !== 'unreviewed' ? verdictBadge(c.status) : ''}</p>
  <a href="/desk/claims/${c.id}">${c.text}</a>
  <p class="meta">${names.get(c.sourceId) ?? c.sourceId}${c.eventId ? html` · ${titles.get(c.eventId) ?? ''}` : ''}</p>
</li>`)}
</ol>`}
${page.nextCursor ? html`<p><a href="/desk/queue?${next.toString()}">Next page</a></p>` : ''}`);
}
