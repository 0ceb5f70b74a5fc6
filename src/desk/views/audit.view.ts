import { DeskUser } from '../../auth/access.decorator';
import { AuditEntry } from '../../audit/audit-entry.entity';
import { html, Html } from '../../common/html';
import { Page } from '../../common/pagination';
import { changes } from '../audit-diff';
import { filterQuery } from '../dto/filters.query';
import { label, plural, when } from '../labels';
import { Assets, layout, verdictBadge } from './layout';

export interface AuditFilter { action?: string; entity?: string; actorId?: string }

export interface AuditPage {
  /** What the history is of: "the claim", "the event and its claims"; and where the record is. */
  title: string;
  back: { href: string; text: string };
  path: string;
  kinds: string[];
  entries: Page<AuditEntry>;
  /** Display names of the users who acted. */
  actors: Map<string, string>;
  filter: AuditFilter;
}

const LINKS: Record<string, string> = { claim: '/desk/claims/', source: '/desk/sources/', event: '/desk/events/', document: '/desk/documents/' };
const VERBS: Record<string, string> = { create: 'created', update: 'changed', delete: 'deleted' };

/** One entry as a sentence: who did what to which record; a review and a triage say their verdict and decision. */
function what(entry: AuditEntry): Html {
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const text = typeof after.text === 'string' ? after.text : typeof before.text === 'string' ? before.text : typeof after.name === 'string' ? after.name : null;
  const link = LINKS[entry.entity] && entry.action !== 'delete' ? html`<a href="${LINKS[entry.entity]}${entry.entityId}">${text ?? label(entry.entity)}</a>` : html`${text ?? ''}`;
  if (entry.entity === 'review') return html`reviewed <a href="/desk/claims/${String(after.claimId)}">a claim</a>: ${verdictBadge(String(after.verdict))}`;
  if (entry.entity === 'contradiction' && entry.action === 'update' && after.status !== before.status) {
    return html`${after.status === 'open' ? 'reopened' : String(after.status)} the contradiction on ${label(String(after.attribute ?? before.attribute ?? ''))}`;
  }
  if (entry.entity === 'contradiction') return html`${VERBS[entry.action]} a contradiction on ${label(String(after.attribute ?? before.attribute ?? ''))}`;
  return html`${VERBS[entry.action]} the ${label(entry.entity)} ${link}`;
}

const table = (t: Html) => t;

const FIELDS: Record<string, string> = { sourceId: 'claimant', conveyedById: 'conveyed by', triagedById: 'triaged by', reviewerId: 'reviewer', verdictById: 'verdict by' };
/** A record's field as words: `triagedById` is "triaged by", `statedAt` "stated at". */
const fieldName = (field: string) => FIELDS[field] ?? label(field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());

export function auditPage(assets: Assets, user: DeskUser, page: AuditPage): string {
  const { entries, filter, actors } = page;
  const who = (id: string | null) => (id ? actors.get(id) ?? 'a removed user' : 'the system');
  const option = (value: string, chosen: string | undefined, text: string) => html`<option value="${value}"${value === chosen ? html` selected` : ''}>${text}</option>`;
  const filtered = Object.values(filter).some((v) => v !== undefined);
  return layout({ title: `History: ${page.title}`, user, assets, section: 'events' }, html`
<nav class="crumbs" aria-label="Breadcrumb"><a href="${page.back.href}">${page.back.text}</a> ›</nav>
<h1>History of changes: ${page.title}</h1>
<p class="meta">Who did what and when, newest first, with each changed field before and after. Every change leaves an entry, written with the change itself.</p>
<form method="get" action="${page.path}" class="filters" aria-label="Filter the history">
  <div><label for="action">Action</label><select id="action" name="action"><option value="">any action</option>${['create', 'update', 'delete'].map((a) => option(a, filter.action, VERBS[a]))}</select></div>
  ${page.kinds.length > 1 ? html`<div><label for="entity">Record</label><select id="entity" name="entity"><option value="">any record</option>${page.kinds.map((k) => option(k, filter.entity, label(k)))}</select></div>` : ''}
  <div><label for="actorId">Who</label><select id="actorId" name="actorId"><option value="">anyone</option>${[...actors].map(([id, name]) => option(id, filter.actorId, name))}</select></div>
  <div><button type="submit">Filter</button></div>
  ${filtered ? html`<div><a href="${page.path}">Clear the filters</a></div>` : ''}
</form>
<p class="summary">${plural(entries.items.length, 'entry', 'entries')}${entries.nextCursor ? ', older ones on the next page' : ''}.</p>
${entries.items.length === 0 ? html`<p class="empty">No entry${filtered ? ' matches these filters' : ''}.</p>` : html`<ol class="audit">
${entries.items.map((entry) => {
  const changed = changes(entry.before, entry.after);
  return html`<li class="entry action-${entry.action}">
  <p><strong class="who">${who(entry.actorId)}</strong> ${what(entry)} <span class="meta">· ${when(entry.at)}</span></p>
  ${changed.length ? (entry.action === 'update' ? table : (t: Html) => html`<details><summary>${entry.action === 'create' ? 'What was recorded' : 'What was deleted'} (${plural(changed.length, 'field')})</summary>${t}</details>`)(html`<div class="scroll" tabindex="0" role="region" aria-label="Changes at ${when(entry.at)}"><table class="list changes"><thead><tr><th scope="col">Field</th><th scope="col">Before</th><th scope="col">After</th></tr></thead><tbody>
    ${changed.map((c) => html`<tr><th scope="row">${fieldName(c.field)}</th><td>${c.before === '' ? html`<span class="empty">none</span>` : actors.get(c.before) ?? c.before}</td><td>${c.after === '' ? html`<span class="empty">none</span>` : actors.get(c.after) ?? c.after}</td></tr>`)}
  </tbody></table></div>`) : ''}
</li>`;
})}
</ol>`}
${entries.nextCursor ? html`<p><a href="${page.path}${filterQuery(filter, { cursor: entries.nextCursor })}">Older entries</a></p>` : ''}`);
}
