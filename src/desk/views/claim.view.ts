import { DeskUser } from '../../auth/access.decorator';
import { ClaimView } from '../../claims/claims.service';
import { ContradictionView, CredibilityView } from '../../contradictions/contradiction-views';
import { Document } from '../../documents/document.entity';
import { EventView } from '../../events/events.service';
import { Review, VERDICTS } from '../../reviews/review.entity';
import { facetText } from '../board';
import { label } from '../labels';
import { html, Html, safeUrl } from '../../common/html';
import { Assets, canEdit, canReview, layout, notice, severityBadge, tokenField, verdictBadge, when } from './layout';

export interface ClaimPage {
  claim: ClaimView;
  event: EventView | null;
  document: Document | null;
  credibility: CredibilityView;
  /** The newest verdicts are shown; true when there are older ones too. */
  history: Review[];
  moreHistory: boolean;
  contradictions: ContradictionView[];
  /** Names of the sources and reviewers the page mentions. */
  names: Map<string, string>;
}

/** What the reviewer typed, kept when the verdict could not land. */
export interface ReviewDraft {
  verdict: string;
  rationale: string;
  evidence: string;
  credibility: string;
  credibilityReason: string;
}

export const EMPTY_DRAFT: ReviewDraft = { verdict: '', rationale: '', evidence: '', credibility: '', credibilityReason: '' };

const ADMIRALTY = ['1 confirmed', '2 probably true', '3 possibly true', '4 doubtful', '5 improbable', '6 cannot be judged'];

/** Where the quote stands in the text: at its offsets, or, for a quote typed without them, where it first occurs. */
export function quoteSpan(text: string, quote: ClaimView['quote']): [number, number] | null {
  if (!quote || !quote.exact) return null;
  if (quote.start !== null && quote.end !== null && text.slice(quote.start, quote.end) === quote.exact) return [quote.start, quote.end];
  const at = text.indexOf(quote.exact);
  return at >= 0 ? [at, at + quote.exact.length] : null;
}

/** The document text with the quote marked in place, or the quote on its own where the text does not hold it. */
function documentSection(document: Document, claim: ClaimView): Html {
  const text = document.text ?? '';
  const span = quoteSpan(text, claim.quote);
  const link = safeUrl(document.url);
  return html`<section aria-labelledby="document">
  <h2 id="document">In the document</h2>
  <p class="meta">${span ? html`<a href="#quote">Jump to the quote</a> · ` : ''}${link ? html`<a href="${link}" rel="noreferrer noopener">${document.title}</a>` : document.title}${document.publishedAt ? html` · ${when(document.publishedAt)}` : ''}${document.sha256 ? html` · SHA-256 <code>${document.sha256.slice(0, 16)}…</code>` : ''}</p>
  ${claim.quote && !span ? html`<p>The quote, not found in the archived text: <mark>${claim.quote.exact}</mark></p>` : ''}
  ${document.text
    ? html`<div class="document-text">${span ? html`${text.slice(0, span[0])}<mark id="quote">${text.slice(span[0], span[1])}</mark>${text.slice(span[1])}` : text}</div>`
    : html`<p class="empty">The document has no archived text.</p>`}
</section>`;
}

function reviewForm(user: DeskUser, claim: ClaimView, draft: ReviewDraft, version: number): Html {
  const selected = (a: string, b: string) => (a === b ? html` selected` : '');
  return html`<form method="post" action="/desk/claims/${claim.id}/reviews" class="stack review-form">
  ${tokenField(user)}
  <input type="hidden" name="version" value="${version}">
  <label for="verdict">Verdict</label>
  <select id="verdict" name="verdict" required>
    <option value="">choose a verdict</option>
    ${VERDICTS.map((v) => html`<option value="${v}"${selected(draft.verdict, v)}>${label(v)}</option>`)}
  </select>
  <label for="rationale">Rationale <span class="hint">(why, for a reader of the report; at least 10 characters)</span></label>
  <textarea id="rationale" name="rationale" rows="4" required minlength="10" maxlength="10000">${draft.rationale}</textarea>
  <label for="evidence">Evidence <span class="hint">(links or claim ids, one per line)</span></label>
  <textarea id="evidence" name="evidence" rows="3">${draft.evidence}</textarea>
  <label for="credibility">Credibility <span class="hint">(leave as suggested, or grade it yourself)</span></label>
  <select id="credibility" name="credibility">
    <option value="">as suggested</option>
    ${ADMIRALTY.map((label, i) => html`<option value="${i + 1}"${selected(draft.credibility, String(i + 1))}>${label}</option>`)}
  </select>
  <label for="credibilityReason">Why this grade <span class="hint">(needed when you grade it)</span></label>
  <input id="credibilityReason" name="credibilityReason" maxlength="5000" value="${draft.credibilityReason}">
  <button type="submit">Record the verdict</button>
</form>`;
}

export function claimPage(assets: Assets, user: DeskUser, page: ClaimPage, options: { draft?: ReviewDraft; version?: number; problem?: Html; done?: string | null } = {}): string {
  const { claim, event, document, credibility, history, contradictions, names } = page;
  const name = (id: string | null) => (id ? names.get(id) ?? id : '');
  return layout({ title: `Claim by ${name(claim.sourceId)}`, user, assets, section: 'events' }, html`
<nav class="crumbs" aria-label="Breadcrumb"><a href="/desk">Events</a> ›${event ? html` <a href="/desk/events/${event.id}">${event.title}</a> ›` : ''}</nav>
<h1>Claim by ${name(claim.sourceId)}</h1>
<p class="actions">${canEdit(user) ? html`<a class="button" href="/desk/claims/${claim.id}/edit">Edit the claim</a> <a class="button danger" href="/desk/claims/${claim.id}/delete">Delete…</a> ` : ''}<a href="/desk/audit/claim/${claim.id}">History of changes</a></p>
${options.done ? notice('done', options.done) : ''}
${options.problem ?? ''}
<blockquote class="claim-text">${claim.text}</blockquote>
${claim.originalText ? html`<p class="meta">In the original${claim.language ? ` (${claim.language})` : ''}:</p><blockquote class="original"${claim.language ? html` lang="${claim.language}"` : ''}>${claim.originalText}</blockquote>` : ''}
<div class="columns">
<section aria-labelledby="about">
  <h2 id="about">About this claim</h2>
  <dl class="facts">
    <dt>Claimant</dt><dd>${name(claim.sourceId)}</dd>
    ${claim.voicedBy ? html`<dt>Voiced by</dt><dd>${claim.voicedBy}</dd>` : ''}
    <dt>Conveyed by</dt><dd>${claim.conveyedById ? name(claim.conveyedById) : 'first-hand'}</dd>
    ${claim.statedAt ? html`<dt>Stated</dt><dd>${when(claim.statedAt)}</dd>` : ''}
    <dt>Verdict</dt><dd>${verdictBadge(claim.status)}${claim.needsReReview ? html` <span class="badge flag">needs re-review</span>` : ''}${claim.reviewDisagreement ? html` <span class="badge flag">reviewers disagree</span>` : ''}</dd>
    <dt>Suggested credibility</dt><dd>${ADMIRALTY[credibility.suggested - 1]}${credibility.reasons.length ? html`<ul class="reasons">${credibility.reasons.map((r) => html`<li>${r}</li>`)}</ul>` : ''}</dd>
    <dt>Reviewed credibility</dt><dd>${credibility.reviewed ? html`${ADMIRALTY[credibility.reviewed.grade - 1]}${credibility.reviewed.reason ? html` — ${credibility.reviewed.reason}` : ''}` : 'not graded'}</dd>
    <dt>Version</dt><dd>${claim.version}</dd>
  </dl>
  <h3>Facets</h3>
  ${claim.facets.length ? html`<div class="scroll" tabindex="0" role="region" aria-label="Facets"><table class="list facets"><thead><tr><th scope="col">Attribute</th><th scope="col">Subject</th><th scope="col">Value</th><th scope="col">Time</th></tr></thead><tbody>
    ${claim.facets.map((f) => html`<tr><td>${label(f.attribute)}</td><td>${f.subject ?? ''}</td><td>${facetText(f)}</td><td>${f.timeScope ? [f.timeScope.from && `from ${when(f.timeScope.from)}`, f.timeScope.to && `to ${when(f.timeScope.to)}`].filter(Boolean).join(' ') : ''}</td></tr>`)}
  </tbody></table></div>` : html`<p class="empty">No facets.</p>`}
  <h3>Contradictions it is part of</h3>
  ${contradictions.length ? html`<ul class="plain">${contradictions.map((c) => html`<li>${severityBadge(c.severity)} <span class="badge status-${c.status}">${c.status}</span> <span class="meta">${label(c.kind)}</span>
    <a href="/desk/events/${c.eventId}/contradictions#c-${c.id}">${c.explanation}</a></li>`)}</ul>` : html`<p class="empty">None.</p>`}
</section>
<section aria-labelledby="review">
  <h2 id="review">Verdicts</h2>
  ${history.length ? html`<ol class="history">${history.map((r) => html`<li>${verdictBadge(r.verdict)} by ${name(r.reviewerId)}, ${when(r.createdAt)} (on version ${r.claimVersion})
    <p>${r.rationale}</p>
    ${r.evidence.urls.length || r.evidence.claimIds.length ? html`<ul class="evidence">${r.evidence.urls.map((u) => {
      const safe = safeUrl(u);
      return html`<li>${safe ? html`<a href="${safe}" rel="noreferrer noopener">${u}</a>` : u}</li>`;
    })}${r.evidence.claimIds.map((id) => html`<li><a href="/desk/claims/${id}">claim ${id}</a></li>`)}</ul>` : ''}</li>`)}</ol>` : html`<p class="empty">Not reviewed yet.</p>`}
  ${page.moreHistory ? html`<p class="meta">The latest ${history.length} verdicts; the API lists them all (GET /claims/${claim.id}/reviews).</p>` : ''}
  ${history.length ? html`<p><a class="button" href="/desk/claims/${claim.id}/claim-review">Download the ClaimReview (JSON-LD)</a></p>` : ''}
  ${canReview(user) ? html`<h3>Your verdict</h3>${reviewForm(user, claim, options.draft ?? EMPTY_DRAFT, options.version ?? claim.version)}` : ''}
</section>
</div>
${document ? documentSection(document, claim) : claim.quote ? html`<section aria-labelledby="document"><h2 id="document">Quote</h2><p><mark id="quote">${claim.quote.exact}</mark></p></section>` : ''}`);
}
