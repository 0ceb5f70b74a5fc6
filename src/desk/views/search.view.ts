import { DeskUser } from '../../auth/access.decorator';
import { html } from '../../common/html';
import { SEARCH_KINDS, SearchHit, SearchKind } from '../../search/search.service';
import { plural } from '../labels';
import { Assets, layout, notice } from './layout';

const HEADINGS: Record<SearchKind, [string, string]> = { claim: ['claim', 'Claims'], source: ['source', 'Sources'], event: ['event', 'Events'], document: ['document', 'Documents'] };
const LINKS: Record<SearchKind, string> = { claim: '/desk/claims/', source: '/desk/sources/', event: '/desk/events/', document: '/desk/documents/' };

/** Results of the one search box, grouped by kind; with no words yet, the box and what it searches. */
export function searchPage(assets: Assets, user: DeskUser, q: string, hits: SearchHit[] | null, problem: string | null, limit: number): string {
  const found = (kind: SearchKind) => (hits ?? []).filter((h) => h.kind === kind);
  return layout({ title: q ? `Search: ${q}` : 'Search', user, assets, section: 'search', query: q }, html`
<h1>${q ? html`Search: <q>${q}</q>` : 'Search'}</h1>
${problem ? notice('problem', problem) : ''}
<p class="meta">Claims (their text and quotes), sources (names, aliases, sides), events (titles and places) and documents (titles and text). Every word must be found, as the start of a word.</p>
${hits === null ? '' : hits.length === 0 ? html`<p class="empty">Nothing matches every word.</p>` : html`
<p class="summary">${SEARCH_KINDS.filter((k) => found(k).length).map((k) => plural(found(k).length, HEADINGS[k][0])).join(' · ')}</p>
${SEARCH_KINDS.filter((k) => found(k).length).map((kind) => html`<section aria-labelledby="found-${kind}" class="search-group">
  <h2 id="found-${kind}">${HEADINGS[kind][1]}</h2>
  <ul class="plain results">${found(kind).map((h) => html`<li><a href="${LINKS[kind]}${h.id}">${h.title}</a>${h.detail ? html`<div class="meta">${h.detail}</div>` : ''}</li>`)}</ul>
  ${found(kind).length >= limit ? html`<p class="meta">The best ${limit} are shown; add a word to narrow the search.</p>` : ''}
</section>`)}`}`);
}
