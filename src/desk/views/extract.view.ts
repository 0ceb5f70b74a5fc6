import { DeskUser } from '../../auth/access.decorator';
import { EventView } from '../../events/events.service';
import { Source, STAKES } from '../../sources/source.entity';
import { html, Html } from '../../common/html';
import { articleFields, ArticleText, EMPTY_ARTICLE_TEXT } from './article-fields';
import { attributeList, FACET_HINT, sourceOptions } from './claim-form.view';
import { eventHeader } from './event-header';
import { Assets, layout, tokenField } from './layout';

type SourceChoice = Pick<Source, 'id' | 'name' | 'kind'>;

/** The article form of an event: the article's fields, and who published it (a source, optional). */
export interface ArticleDraft extends ArticleText {
  publisherId: string;
}

export const EMPTY_ARTICLE: ArticleDraft = { ...EMPTY_ARTICLE_TEXT, publisherId: '' };

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
  /** The known source extraction resolved the speaker to (empty when none): `role` is its voice, and only its own. */
  extractedSourceId: string;
  suggestedName: string;
  /** Known sources (ids, space-separated, best first) a new speaker may well be: offered first in the claimant list. */
  alternatives: string;
  suggestedKind: string;
  suggestedRole: string;
  /** The person through whom the extracted known party spoke ("army spokesman Idris Bako"): the claim's voicedBy while that party stays the claimant (candidate-voice.ts). */
  role: string;
  /** Stake and side of a new source: suggested, to be confirmed by the editor. */
  suggestedStake: string;
  suggestedSide: string;
  statedAt: string;
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
  ${articleFields(draft, html`<label for="publisherId">Published by <span class="hint">(optional)</span></label>
  <select id="publisherId" name="publisherId">${sourceOptions(sources, draft.publisherId, 'not given')}</select>`)}
  <button type="submit">Find the claims</button>
</form>`);
}

export function candidatesPage(
  assets: Assets, user: DeskUser, event: EventView, documentId: string, sources: SourceChoice[], attributes: string[],
  candidates: CandidateDraft[], problem: Html | null,
): string {
  // The voice hints name the extracted claimant: one map for all candidates, not a search of the sources for each.
  const nameOf = new Map(sources.map((s) => [s.id, s.name]));
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
    ${(['speaker', 'confidence', 'quote', 'quoteStart', 'quoteEnd', 'extractedSourceId', 'suggestedName', 'alternatives', 'suggestedKind', 'suggestedRole', 'role', 'statedAt'] as const).map((field) => html`<input type="hidden" name="c${i}.${field}" value="${c[field]}">`)}
    <div class="stack">
      <label for="c${i}-source">Claimant</label>
      <select id="c${i}-source" name="c${i}.sourceId">
        ${c.suggestedName ? html`<option value="new"${c.sourceId === 'new' ? html` selected` : ''}>new source: ${c.suggestedName} (${c.suggestedKind})</option>` : ''}
        ${likely(c, nameOf).length ? html`<optgroup label="may well be">${likely(c, nameOf).map(([id, name]) => html`<option value="${id}">${name}</option>`)}</optgroup>` : ''}
        ${sourceOptions(sources, c.sourceId, 'choose a source')}
      </select>
      ${likely(c, nameOf).length ? html`<p class="hint" id="c${i}-likely">No known source by this name; the words may well be ${likely(c, nameOf).map(([, name]) => name).join(' or ')}'s voice: choose it above if so.</p>` : ''}
      ${c.role ? html`<p class="hint" id="c${i}-voice">voiced by ${c.role} (kept with the claim while the claimant is ${nameOf.get(c.extractedSourceId) ?? 'the source found'}; choose another claimant and it is dropped: add who voiced it on the claim's page)</p>` : ''}
      ${c.suggestedName ? html`<label for="c${i}-stake">Stake of the new source <span class="hint">(confirm: never independent unless you decide so)</span></label>
      <select id="c${i}-stake" name="c${i}.suggestedStake">${STAKES.map((stake) => html`<option value="${stake}"${stake === c.suggestedStake ? html` selected` : ''}>${stake.replace(/_/g, ' ')}</option>`)}</select>
      <label for="c${i}-side">Side of the new source <span class="hint">(the party or camp it speaks for; its own name if none)</span></label>
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


/** The known sources a new speaker may well be, by id and name, in the order extraction gave them (see `alternativeParties`). */
function likely(c: CandidateDraft, nameOf: Map<string, string>): Array<[string, string]> {
  if (c.sourceId !== 'new') return [];
  return c.alternatives.split(' ').filter((id) => nameOf.has(id)).map((id) => [id, nameOf.get(id)!]);
}
