import { DeskUser } from '../../auth/access.decorator';
import { Fragment, html, Html } from '../../common/html';

/** Where the stylesheet is served; `?v=` changes with its content, so browsers may keep it. */
export interface Assets {
  stylesheet: string;
  icon: string;
}

export interface Chrome {
  title: string;
  user: DeskUser | null;
  assets: Assets;
  /** The section of the top navigation this page belongs to. */
  section?: 'events' | 'queue' | 'sources' | 'documents' | 'search';
  /** Show the sections even without a user (an error page for a signed-in browser, where no route ran to say who). */
  navigation?: boolean;
  /** The words searched for, kept in the search box on the results page. */
  query?: string;
}

export const canReview = (user: DeskUser | null) => user?.role === 'reviewer' || user?.role === 'admin';
export const canEdit = (user: DeskUser | null) => user?.role === 'editor' || user?.role === 'admin';
export const canTriage = (user: DeskUser | null) => !!user && user.role !== 'viewer';

/** The hidden field every form posts: the session's form token. */
export const tokenField = (user: DeskUser) => html`<input type="hidden" name="_csrf" value="${user.formToken}">`;

const current = (chrome: Chrome, section: Chrome['section']) => (chrome.section === section ? html` aria-current="page"` : '');

export function layout(chrome: Chrome, main: Fragment): string {
  const { user } = chrome;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${chrome.title} · Crosscheck</title>
<link rel="stylesheet" href="${chrome.assets.stylesheet}">
<link rel="icon" href="${chrome.assets.icon}" type="image/svg+xml">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <a class="brand" href="/desk">Crosscheck</a>
  ${user || chrome.navigation ? html`<nav aria-label="Sections">
    <a href="/desk"${current(chrome, 'events')}>Events</a>
    <a href="/desk/queue"${current(chrome, 'queue')}>Review queue</a>
    <a href="/desk/sources"${current(chrome, 'sources')}>Sources</a>
    <a href="/desk/documents"${current(chrome, 'documents')}>Documents</a>
  </nav>
  <form class="search-box" method="get" action="/desk/search" role="search" aria-label="Search the desk">
    <label for="site-q" class="visually-hidden">Search claims, sources, events and documents</label>
    <input id="site-q" name="q" type="search" maxlength="200" placeholder="Claims, sources, events…"${chrome.section === 'search' ? html` value="${chrome.query ?? ''}"` : ''}>
    <button type="submit">Search</button>
  </form>` : ''}
  ${user ? html`<form class="who" method="post" action="/desk/sign-out">
    ${tokenField(user)}
    <span>${user.name} <span class="role">(${user.role})</span></span>
    <button type="submit" class="link">Sign out</button>
  </form>` : ''}
</header>
<main id="main" tabindex="-1">
${main}
</main>
</body>
</html>
`.text;
}

/** What a page says after a form went through; a code in the URL, so no text from a link is ever shown. */
const DONE_MESSAGES: Record<string, string> = {
  merged: 'The sources were merged: their claims are here and their names are aliases.',
  added: 'The claim was added; contradictions and corroborations were recomputed.',
  accepted: 'The ticked claims were added; contradictions and corroborations were recomputed.',
  triaged: 'The contradiction was triaged; the decision holds while the claims on its sides stay the same.',
  reviewed: 'Your verdict was recorded.',
  source: 'The source was added.',
  source_saved: 'The source was saved; contradictions and corroborations were recomputed where its names, stake or side changed.',
  source_deleted: 'The source was deleted.',
  event_saved: 'The event was saved.',
  claim_saved: 'The claim was saved; contradictions and corroborations were recomputed.',
  claim_deleted: 'The claim was deleted; contradictions and corroborations were recomputed.',
};

export const doneMessage = (code: string | undefined) => (code && Object.hasOwn(DONE_MESSAGES, code) ? DONE_MESSAGES[code] : null);

/** A message at the top of a page: what just happened, or what went wrong and where. */
export function notice(kind: 'done' | 'problem', message: string, details: Array<{ path: string; message: string }> = []): Html {
  return html`<div class="notice ${kind}" role="${kind === 'problem' ? 'alert' : 'status'}">
  <p>${message}</p>
  ${details.length > 1 || (details.length === 1 && !message.includes(details[0].message)) ? html`<ul>${details.map((d) => html`<li><strong>${d.path}</strong>: ${d.message}</li>`)}</ul>` : ''}
</div>`;
}

export function severityBadge(severity: string | null): Html {
  return severity ? html`<span class="badge sev-${severity}">${severity}</span>` : html``;
}

export function verdictBadge(verdict: string): Html {
  return html`<span class="badge verdict-${verdict}">${verdict.replace(/_/g, ' ')}</span>`;
}

export { when } from '../labels';
