import { html, Html } from '../../common/html';
import { MAX_DOCUMENT_TEXT } from '../../documents/dto/create-document.dto';

/** What an article form keeps as typed when it comes back with a problem. */
export interface ArticleText {
  title: string;
  url: string;
  /** As typed: an ISO date or time, UTC when it names no zone (article-form.ts). */
  publishedAt: string;
  text: string;
}

export const EMPTY_ARTICLE_TEXT: ArticleText = { title: '', url: '', publishedAt: '', text: '' };

/**
 * The fields of the "paste an article" forms (on an event's page and from the events list): headline,
 * link, publication time and text. `publisher` is what a form adds after the link (the event's form
 * asks who published it).
 */
export function articleFields(draft: ArticleText, publisher: Html | '' = ''): Html {
  return html`<label for="title">Headline</label>
  <input id="title" name="title" required maxlength="500" value="${draft.title}">
  <label for="url">Link <span class="hint">(optional)</span></label>
  <input id="url" name="url" type="url" maxlength="2000" value="${draft.url}">
  ${publisher}
  <label for="publishedAt">Published at <span class="hint">(ISO date or time in UTC, optional: 2024-09-18 or 2024-09-18T09:00:00Z; each claim found in it is dated by it unless the text names the day)</span></label>
  <input id="publishedAt" name="publishedAt" maxlength="40" value="${draft.publishedAt}">
  <label for="text">Article text</label>
  <textarea id="text" name="text" rows="14" required maxlength="${MAX_DOCUMENT_TEXT}">${draft.text}</textarea>`;
}
