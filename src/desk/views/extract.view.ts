import { DeskUser } from '../../auth/access.decorator';
import { EventView } from '../../events/events.service';
import { Source } from '../../sources/source.entity';
import { MAX_DOCUMENT_TEXT } from '../../documents/dto/create-document.dto';
import { html, Html } from '../../common/html';
import { attributeList, FACET_HINT, sourceOptions } from './claim-form.view';
import { eventHeader } from './event-header';
import { Assets, layout, tokenField } from './layout';

type SourceChoice = Pick<Source, 'id' | 'name' | 'kind'>;

export interface ArticleDraft {
  title: string;
  url: string;
  publisherId: string;
  text: string;
}

export const EMPTY_ARTICLE: ArticleDraft = { title: '', url: '', publisherId: '', text: '' };

/** A candidate claim as the editor sees and changes it; what extraction found is carried in hidden fields. */
export interface CandidateDraft {
  /** The claim already made from this quote of the document, if any. */
  claimId: string | null;
  accepted: boolean;
  speaker: string;
  confidence: string;
  quote: string;
  quoteStart: string;
  quoteEnd: string;
  /** A source id, `new` for the suggested source, or empty. */
  sourceId: string;
  suggestedName: string;
  suggestedKind: string;
  suggestedSide: string;
  text: string;
  facets: string;
}

export function articlePage(assets: Assets, user: DeskUser, event: EventView, sources: SourceChoice[], draft: ArticleDraft, problem: Html | null): string {
  return layout({ title: `Claims from an article: ${event.title}`, user, assets, section: 'events' }, html`
${eventHeader(event, user, 'extract')}
<h2>Claims from an article</h2>
<p>Paste the article's text: Crosscheck finds who said what (English wire copy), and you choose, correct and accept the claims. The text is archived with its SHA-256.</p>
${problem ?? ''}
<form method="post" action="/desk/events/${event.id}/extract" class="stack wide">
  ${tokenField(user)}
  <label for="title">Headline</label>
  <input id="title" name="title" required maxlength="500" value="${draft.title}">
  <label for="url">Link <span class="hint">(optional)</span></label>
  <input id="url" name="url" type="url" maxlength="2000" value="${draft.url}">
  <label for="publisherId">Published by <span class="hint">(optional)</span></label>
  <select id="publisherId" name="publisherId">${sourceOptions(sources, draft.publisherId, 'not given')}</select>
  <label for="text">Article text</label>
  <textarea id="text" name="text" rows="14" required maxlength="${MAX_DOCUMENT_TEXT}">${draft.text}</textarea>
  <button type="submit">Find the claims</button>
</form>`);
}

export function candidatesPage(
  assets: Assets, user: DeskUser, event: EventView, documentId: string, sources: SourceChoice[], attributes: string[],
  candidates: CandidateDraft[], problem: Html | null,
): string {
  return layout({ title: `Candidate claims: ${event.title}`, user, assets, section: 'events' }, html`
${eventHeader(event, user, 'extract')}
<h2>Candidate claims</h2>
${problem ?? ''}
${candidates.length === 0 ? html`<p class="empty">No attributed statement was found in this text. <a href="/desk/events/${event.id}/claims/new">Add a claim by hand</a>.</p>` : html`
<p>Tick the claims to keep, correct them, and accept. Facets: ${FACET_HINT}.</p>
${attributeList(attributes)}
<form method="post" action="/desk/documents/${documentId}/accept" class="candidates">
  ${tokenField(user)}
  <input type="hidden" name="eventId" value="${event.id}">
  ${candidates.map((c, i) => html`<fieldset class="candidate">
    <legend>${c.claimId
      ? html`Candidate ${i + 1}: “${c.speaker}”, already <a href="/desk/claims/${c.claimId}">a claim</a>`
      : html`<input type="checkbox" id="accept-${i}" name="accept" value="${i}"${c.accepted ? html` checked` : ''}> <label for="accept-${i}">Candidate ${i + 1}: “${c.speaker}” (confidence ${c.confidence})</label>`}</legend>
    <blockquote>${c.quote}</blockquote>
    ${(['speaker', 'confidence', 'quote', 'quoteStart', 'quoteEnd', 'suggestedName', 'suggestedKind'] as const).map((field) => html`<input type="hidden" name="c${i}.${field}" value="${c[field]}">`)}
    <div class="stack">
      <label for="c${i}-source">Claimant</label>
      <select id="c${i}-source" name="c${i}.sourceId">
        ${c.suggestedName ? html`<option value="new"${c.sourceId === 'new' ? html` selected` : ''}>new source: ${c.suggestedName} (${c.suggestedKind})</option>` : ''}
        ${sourceOptions(sources, c.sourceId, 'choose a source')}
      </select>
      ${c.suggestedName ? html`<label for="c${i}-side">Side of the new source <span class="hint">(if "new source" is chosen: the party or camp it speaks for, optional)</span></label>
      <input id="c${i}-side" name="c${i}.suggestedSide" maxlength="200" value="${c.suggestedSide}">` : ''}
      <label for="c${i}-text">Claim</label>
      <textarea id="c${i}-text" name="c${i}.text" rows="2" maxlength="10000">${c.text}</textarea>
      <label for="c${i}-facets">Facets</label>
      <textarea id="c${i}-facets" name="c${i}.facets" rows="3">${c.facets}</textarea>
    </div>
  </fieldset>`)}
  <button type="submit">Accept the ticked claims</button>
</form>`}`);
}

