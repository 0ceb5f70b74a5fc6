import { DeskUser } from '../../auth/access.decorator';
import { ClaimView } from '../../claims/claims.service';
import { html, Html } from '../../common/html';
import { Assets, layout, tokenField } from './layout';
import { ClaimDraft, claimFields, SourceChoice } from './claim-form.view';

export function claimEditPage(
  assets: Assets, user: DeskUser, claim: ClaimView, sources: SourceChoice[], attributes: string[], draft: ClaimDraft, version: number, problem: Html | null,
): string {
  return layout({ title: 'Edit the claim', user, assets, section: 'events' }, html`
<nav class="crumbs" aria-label="Breadcrumb"><a href="/desk">Events</a> ›${claim.eventId ? html` <a href="/desk/events/${claim.eventId}/claims">Claims</a> ›` : ''} <a href="/desk/claims/${claim.id}">Claim</a> ›</nav>
<h1>Edit the claim</h1>
<p class="meta">Saving recomputes the contradictions and corroborations of the event; a changed claim is flagged for re-review where its verdict rested on a contradiction that changed.</p>
${problem ?? ''}
<form method="post" action="/desk/claims/${claim.id}/edit" class="stack wide">
  ${tokenField(user)}
  <input type="hidden" name="version" value="${version}">
  ${claimFields(sources, attributes, draft)}
  <button type="submit">Save the claim</button>
</form>
<p><a href="/desk/claims/${claim.id}">Cancel</a> · <a href="/desk/claims/${claim.id}/delete">Delete this claim…</a></p>`);
}
