import { DeskUser } from '../../auth/access.decorator';
import { ClaimView } from '../../claims/claims.service';
import { html, Html, safeUrl } from '../../common/html';
import { Page } from '../../common/pagination';
import { Source, SOURCE_KINDS } from '../../sources/source.entity';
import { label, plural } from '../labels';
import { Assets, canEdit, layout, notice, tokenField, verdictBadge } from './layout';
import { options, SourceDraft, sourceFields } from './records.view';

export function sourcesPage(assets: Assets, user: DeskUser, page: Page<Source>, query: { q?: string; kind?: string }, done: string | null): string {
  const next = new URLSearchParams({ ...(query.q && { q: query.q }), ...(query.kind && { kind: query.kind }), ...(page.nextCursor && { cursor: page.nextCursor }) });
  return layout({ title: 'Sources', user, assets, section: 'sources' }, html`
<h1>Sources</h1>
${done ? notice('done', done) : ''}
${canEdit(user) ? html`<p><a class="button" href="/desk/sources/new?back=%2Fdesk%2Fsources">New source</a></p>` : ''}
<form method="get" action="/desk/sources" class="filters" role="search" aria-label="Filter the sources">
  <div><label for="sq">Name or alias</label><input id="sq" name="q" type="search" value="${query.q ?? ''}" maxlength="200"></div>
  <div><label for="kind">Kind</label><select id="kind" name="kind">${options(SOURCE_KINDS, query.kind ?? '', 'any kind')}</select></div>
  <div><button type="submit">Filter</button></div>
</form>
${page.items.length === 0 ? html`<p class="empty">No source matches.</p>` : html`
<div class="scroll" tabindex="0" role="region" aria-label="Sources">
<table class="list cards">
  <thead><tr><th scope="col">Source</th><th scope="col">Kind</th><th scope="col">Stake</th><th scope="col">Side</th><th scope="col">Reliability</th></tr></thead>
  <tbody>
  ${page.items.map((s) => html`<tr>
    <th scope="row"><a href="/desk/sources/${s.id}">${s.name}</a>${s.aliases.length ? html`<div class="meta">also ${s.aliases.join(', ')}</div>` : ''}</th>
    <td><span class="cell-label">Kind</span>${label(s.kind)}</td>
    <td><span class="cell-label">Stake</span>${label(s.stake)}</td>
    <td><span class="cell-label">Side</span>${s.side ?? ''}</td>
    <td><span class="cell-label">Reliability</span>${s.reliability}</td>
  </tr>`)}
  </tbody>
</table>
</div>`}
${page.nextCursor ? html`<p><a href="/desk/sources?${next.toString()}">Next page</a></p>` : ''}`);
}

export interface SourcePage {
  source: Source;
  claims: Page<ClaimView>;
  titles: Map<string, string>;
}

export function sourcePage(assets: Assets, user: DeskUser, page: SourcePage, form: { draft: SourceDraft; seen: string; problem: Html | null; done: string | null }): string {
  const { source, claims } = page;
  const link = safeUrl(source.url);
  return layout({ title: source.name, user, assets, section: 'sources' }, html`
<nav class="crumbs" aria-label="Breadcrumb"><a href="/desk/sources">Sources</a> ›</nav>
<h1>${source.name}</h1>
${form.done ? notice('done', form.done) : ''}
${form.problem ?? ''}
<div class="columns">
<section aria-labelledby="about">
  <h2 id="about">About this source</h2>
  <dl class="facts">
    <dt>Aliases</dt><dd>${source.aliases.length ? source.aliases.join(', ') : 'none'}</dd>
    <dt>Kind</dt><dd>${label(source.kind)}</dd>
    <dt>Stake</dt><dd>${label(source.stake)}</dd>
    <dt>Side</dt><dd>${source.side ?? 'not said'}</dd>
    <dt>Reliability</dt><dd>${source.reliability}</dd>
    <dt>Web address</dt><dd>${link ? html`<a href="${link}" rel="noreferrer noopener">${source.url}</a>` : source.url ?? 'none'}</dd>
    ${source.description ? html`<dt>Description</dt><dd>${source.description}</dd>` : ''}
  </dl>
  <p><a href="/desk/audit/source/${source.id}">History of changes</a></p>
  <h2 id="claims">${plural(claims.items.length, 'claim')} by this source${claims.nextCursor ? ' (the first ones)' : ''}</h2>
  ${claims.items.length ? html`<ul class="plain">${claims.items.map((c) => html`<li><a href="/desk/claims/${c.id}">${c.text}</a>
    ${c.status !== 'unreviewed' ? verdictBadge(c.status) : ''}${c.eventId ? html`<div class="meta">${page.titles.get(c.eventId) ?? ''}</div>` : ''}</li>`)}</ul>` : html`<p class="empty">No claim names this source as claimant.</p>`}
</section>
${canEdit(user) ? html`<section aria-labelledby="edit">
  <h2 id="edit">Edit</h2>
  <form method="post" action="/desk/sources/${source.id}" class="stack">
    ${tokenField(user)}
    <input type="hidden" name="seen" value="${form.seen}">
    ${sourceFields(form.draft)}
    <button type="submit">Save the source</button>
  </form>
  <h2 id="merge">Merge duplicates</h2>
  <p>Entered twice under another name? <a href="/desk/sources/${source.id}/merge">Merge duplicates into this source</a></p>
  <h2 id="delete">Delete</h2>
  <p>A source that claims, conveys or publishes anything cannot be deleted.</p>
  <p><a class="button danger" href="/desk/sources/${source.id}/delete">Delete this source…</a></p>
</section>` : ''}
</div>`);
}

/** Asks before deleting; the post carries what was shown. */
export function confirmDeletePage(assets: Assets, user: DeskUser, what: { kind: string; title: string; action: string; back: string; seen: string; warning: string; section: 'sources' | 'events'; problem?: string }): string {
  return layout({ title: `Delete ${what.kind}`, user, assets, section: what.section }, html`
<section class="narrow">
<h1>Delete this ${what.kind}?</h1>
${what.problem ? notice('problem', what.problem) : ''}
<blockquote class="claim-text">${what.title}</blockquote>
<p>${what.warning} The deletion is recorded in the history of changes.</p>
<form method="post" action="${what.action}" class="actions">
  ${tokenField(user)}
  <input type="hidden" name="seen" value="${what.seen}">
  <button type="submit" class="danger">Yes, delete it</button>
  <a class="button secondary" href="${what.back}">No, keep it</a>
</form>
</section>`);
}
