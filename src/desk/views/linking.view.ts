import { DeskUser } from '../../auth/access.decorator';
import { html, Html } from '../../common/html';
import { EventView } from '../../events/events.service';
import { EventSuggestion } from '../../linking/event-suggestions.service';
import { PossibleDuplicate } from '../../linking/duplicates.service';
import { MergePreview } from '../../linking/merge-preview';
import { Source } from '../../sources/source.entity';
import { articleFields, ArticleText } from './article-fields';
import { eventHeader } from './event-header';
import { Assets, canEdit, layout, tokenField, when } from './layout';

const percent = (score: number) => `${Math.round(score * 100)}%`;

/** Paste an article first; the event it is about is chosen next, from suggestions. */
export function newArticlePage(assets: Assets, user: DeskUser, draft: ArticleText, problem: Html | null): string {
  return layout({ title: 'Claims from an article', user, assets, section: 'events' }, html`
<nav class="crumbs" aria-label="Breadcrumb"><a href="/desk">Events</a> ›</nav>
<h1>Claims from an article</h1>
<p>Paste the article: Crosscheck archives it, suggests the event it is about, and then finds who said what.</p>
${problem ?? ''}
<form method="post" action="/desk/articles" class="stack wide">
  ${tokenField(user)}
  ${articleFields(draft)}
  <button type="submit">Suggest its event</button>
</form>`);
}

/** The events an article may be about, best first, each with its reasons and one button to use it. */
export function suggestionsPage(assets: Assets, user: DeskUser, document: { id: string; title: string }, items: EventSuggestion[]): string {
  return layout({ title: `Which event? ${document.title}`, user, assets, section: 'events' }, html`
<nav class="crumbs" aria-label="Breadcrumb"><a href="/desk">Events</a> ›</nav>
<h1>Which event is “${document.title}” about?</h1>
${items.length ? html`<ol class="suggestions">${items.map((item) => html`<li>
  <h2><a href="/desk/events/${item.eventId}">${item.event.title}</a> <span class="badge">${percent(item.score)}</span></h2>
  <p class="meta">${when(item.event.startsAt)}${item.event.location?.name ? html` · ${item.event.location.name}` : ''}</p>
  <p>${item.reasons.length ? item.reasons.join('; ') : 'nothing in particular'}</p>
  <p><a class="button" href="/desk/events/${item.eventId}/documents/${document.id}/candidates">Use this event</a></p>
</li>`)}</ol>` : html`<p class="empty">No event matches this article.</p>`}
${canEdit(user) ? html`<p>None of these? <a href="/desk/events/new">Create a new event</a>, then add the article from its page.</p>` : ''}`);
}

/** Before creating: the records it may duplicate, and a button to create it all the same. */
export function duplicateWarning(kind: 'event' | 'source', duplicates: PossibleDuplicate[], action: string, fields: Record<string, string>, user: DeskUser): Html {
  return html`<div class="notice problem" role="alert">
  <p>This ${kind} may already exist. Open it rather than making it twice:</p>
  <ul>${duplicates.map((d) => html`<li><a href="/desk/${kind}s/${d.id}">${d.name}</a>: ${d.reasons.join('; ')}</li>`)}</ul>
  <form method="post" action="${action}">
    ${tokenField(user)}
    ${Object.entries(fields).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
    <input type="hidden" name="anyway" value="yes">
    <button type="submit">It is another ${kind}: create it</button>
  </form>
</div>`;
}

export interface MergeCandidate { id: string; name: string; reasons: string[] }

function previewBlock(preview: MergePreview): Html {
  const lines = (items: MergePreview['contradictions']['found']) => html`<ul>${items.map((c) => html`<li><strong>${c.attribute}${c.subject ? ` (${c.subject})` : ''}</strong>: ${c.explanation} <span class="badge">${c.status}</span></li>`)}</ul>`;
  const { found, gone, kept } = preview.contradictions;
  return html`<section aria-labelledby="moves">
  <h2 id="moves">What moves</h2>
  <p>${preview.claimsMoved.length} claim${preview.claimsMoved.length === 1 ? '' : 's'} move${preview.claimsMoved.length === 1 ? 's' : ''}.</p>
  ${preview.claimsMoved.length ? html`<ul>${preview.claimsMoved.slice(0, 50).map((c) => html`<li><a href="/desk/claims/${c.id}">${c.text}</a></li>`)}</ul>` : ''}
  <h2>What detection will change</h2>
  <p>${found.length} contradiction${found.length === 1 ? '' : 's'} found once the claims meet, ${gone.length} gone, ${kept.length} kept with their triage.</p>
  ${found.length ? html`<h3>Found</h3>${lines(found)}` : ''}
  ${gone.length ? html`<h3>Gone</h3>${lines(gone)}` : ''}
  ${kept.length ? html`<h3>Kept</h3>${lines(kept)}` : ''}
</section>`;
}

/**
 * Merging into this record: first choose the duplicates (likely ones are offered), then read what moves
 * and what detection will change, then confirm. Choosing and previewing are GETs; only the confirmation posts.
 */
export function mergePage(
  assets: Assets, user: DeskUser, kind: 'event' | 'source', kept: { id: string; name: string }, header: Html,
  candidates: MergeCandidate[], chosen: string[], preview: MergePreview | null, problem: Html | null,
): string {
  const base = `/desk/${kind}s/${kept.id}/merge`;
  return layout({ title: `Merge into ${kept.name}`, user, assets, section: 'events' }, html`
${header}
<h2>Merge duplicate ${kind}s into this one</h2>
<p>The ${kind}s merged away keep their id and lead here; their claims move here${kind === 'source' ? ' and their names become aliases' : ''}. Everything is audited.</p>
${problem ?? ''}
<form method="get" action="${base}" class="stack wide">
  <fieldset>
    <legend>Duplicates</legend>
    ${candidates.length ? candidates.map((c, i) => html`<div><input type="checkbox" id="from-${i}" name="from" value="${c.id}"${chosen.includes(c.id) ? html` checked` : ''}>
      <label for="from-${i}">${c.name}</label>${c.reasons.length ? html` <span class="hint">(${c.reasons.join('; ')})</span>` : ''}</div>`) : html`<p class="empty">No likely duplicate found.</p>`}
  </fieldset>
  <label for="from-id">Or its id <span class="hint">(optional)</span></label>
  <input id="from-id" name="from" maxlength="36" value="">
  <button type="submit">Preview the merge</button>
</form>
${preview ? html`${previewBlock(preview)}
<form method="post" action="${base}">
  ${tokenField(user)}
  ${chosen.map((id) => html`<input type="hidden" name="from" value="${id}">`)}
  <button type="submit">Merge into ${kept.name}</button>
</form>` : ''}`);
}

export function eventMergeHeader(event: EventView, user: DeskUser): Html {
  return eventHeader(event, user, 'board');
}

/** A source's page: its names, and the way to merge its duplicates into it. */
export function sourceHeader(source: Source): Html {
  return html`<nav class="crumbs" aria-label="Breadcrumb"><a href="/desk">Events</a> ›</nav>
<h1>${source.name}</h1>
<p class="meta">${source.kind.replace(/_/g, ' ')} · ${source.stake.replace(/_/g, ' ')} · reliability ${source.reliability}${source.side ? html` · side ${source.side}` : ''}</p>`;
}

export function sourcePage(assets: Assets, user: DeskUser, source: Source, claims: number, done: string | null): string {
  return layout({ title: source.name, user, assets, section: 'events' }, html`
${sourceHeader(source)}
${done ? html`<div class="notice done" role="status"><p>${done}</p></div>` : ''}
<dl>
  <dt>Also known as</dt><dd>${source.aliases.length ? source.aliases.join(', ') : 'no alias'}</dd>
  <dt>Claims</dt><dd>${claims} made or conveyed</dd>
  ${source.description ? html`<dt>Description</dt><dd>${source.description}</dd>` : ''}
</dl>
${canEdit(user) ? html`<p><a class="button" href="/desk/sources/${source.id}/merge">Merge duplicates into this source</a></p>` : ''}`);
}

/**
 * The events a claim being added by hand may be about, from its text and time: one button each adds
 * it there, posting the form as typed (the event's own form checks it, as when added from its page).
 */
export function claimEventsPage(assets: Assets, user: DeskUser, current: string, draft: Record<string, string>, items: EventSuggestion[]): string {
  return layout({ title: 'Which event is the claim about?', user, assets, section: 'events' }, html`
<nav class="crumbs" aria-label="Breadcrumb"><a href="/desk">Events</a> › <a href="/desk/events/${current}/claims/new">Add a claim</a> ›</nav>
<h1>Which event is the claim about?</h1>
<blockquote>${draft.text}</blockquote>
${items.length ? html`<ol class="suggestions">${items.map((item) => html`<li>
  <h2>${item.event.title} <span class="badge">${percent(item.score)}</span>${item.eventId === current ? html` <span class="hint">(the event you were on)</span>` : ''}</h2>
  <p>${item.reasons.length ? item.reasons.join('; ') : 'nothing in particular'}</p>
  <form method="post" action="/desk/events/${item.eventId}/claims">
    ${tokenField(user)}
    ${Object.entries(draft).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
    <button type="submit">Add the claim to this event</button>
  </form>
</li>`)}</ol>` : html`<p class="empty">No event matches this text.</p>`}`);
}
