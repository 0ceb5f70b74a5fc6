import { DeskUser } from '../../auth/access.decorator';
import { ClaimView } from '../../claims/claims.service';
import { html, safeUrl } from '../../common/html';
import { Page } from '../../common/pagination';
import { Document } from '../../documents/document.entity';
import { DocumentSummary } from '../../documents/documents.service';
import { plural, when } from '../labels';
import { Assets, layout } from './layout';

export function documentsPage(assets: Assets, user: DeskUser, page: Page<DocumentSummary>, query: { q?: string }, names: Map<string, string>): string {
  const next = new URLSearchParams({ ...(query.q && { q: query.q }), ...(page.nextCursor && { cursor: page.nextCursor }) });
  return layout({ title: 'Documents', user, assets, section: 'documents' }, html`
<h1>Documents</h1>
<p class="meta">Communiqués, statements and articles claims were read from. A document is archived as it was received, with the SHA-256 of its text, so it is not edited.</p>
<form method="get" action="/desk/documents" class="filters" role="search" aria-label="Filter the documents">
  <div><label for="dq">Title</label><input id="dq" name="q" type="search" value="${query.q ?? ''}" maxlength="200"></div>
  <div><button type="submit">Filter</button></div>
</form>
${page.items.length === 0 ? html`<p class="empty">No document matches.</p>` : html`
<div class="scroll" tabindex="0" role="region" aria-label="Documents">
<table class="list cards">
  <thead><tr><th scope="col">Document</th><th scope="col">Publisher</th><th scope="col">Published</th><th scope="col" class="num">Text</th></tr></thead>
  <tbody>
  ${page.items.map((d) => html`<tr>
    <th scope="row"><a href="/desk/documents/${d.id}">${d.title}</a></th>
    <td><span class="cell-label">Publisher</span>${d.publisherId ? html`<a href="/desk/sources/${d.publisherId}">${names.get(d.publisherId) ?? 'a source'}</a>` : ''}</td>
    <td><span class="cell-label">Published</span>${when(d.publishedAt)}</td>
    <td class="num"><span class="cell-label">Text</span>${d.textLength === null ? 'none' : plural(d.textLength, 'character')}</td>
  </tr>`)}
  </tbody>
</table>
</div>`}
${page.nextCursor ? html`<p><a href="/desk/documents?${next.toString()}">Next page</a></p>` : ''}`);
}

export function documentPage(assets: Assets, user: DeskUser, document: Document, publisher: string | null, claims: ClaimView[], names: Map<string, string>): string {
  const link = safeUrl(document.url);
  return layout({ title: document.title, user, assets, section: 'documents' }, html`
<nav class="crumbs" aria-label="Breadcrumb"><a href="/desk/documents">Documents</a> ›</nav>
<h1>${document.title}</h1>
<dl class="facts">
  <dt>Publisher</dt><dd>${document.publisherId ? html`<a href="/desk/sources/${document.publisherId}">${publisher ?? 'a source'}</a>` : 'not said'}</dd>
  <dt>Published</dt><dd>${when(document.publishedAt) || 'not said'}</dd>
  <dt>Web address</dt><dd>${link ? html`<a href="${link}" rel="noreferrer noopener">${document.url}</a>` : document.url ?? 'none'}</dd>
  ${document.language ? html`<dt>Language</dt><dd>${document.language}</dd>` : ''}
  ${document.sha256 ? html`<dt>SHA-256</dt><dd><code>${document.sha256}</code></dd>` : ''}
</dl>
<p><a href="/desk/audit/document/${document.id}">History of changes</a></p>
<h2>${plural(claims.length, 'claim')} from this document</h2>
${claims.length ? html`<ul class="plain">${claims.map((c) => html`<li><a href="/desk/claims/${c.id}">${c.text}</a> <span class="meta">${names.get(c.sourceId) ?? ''}</span></li>`)}</ul>` : html`<p class="empty">No claim quotes this document yet.</p>`}
<h2>Text</h2>
${document.text ? html`<div class="document-text">${document.text}</div>` : html`<p class="empty">The document has no archived text.</p>`}`);
}
