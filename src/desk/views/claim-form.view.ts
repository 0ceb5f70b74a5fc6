import { DeskUser } from '../../auth/access.decorator';
import { EventView } from '../../events/events.service';
import { Source } from '../../sources/source.entity';
import { html, Html } from '../../common/html';
import { eventHeader } from './event-header';
import { Assets, layout, notice, tokenField } from './layout';

export type SourceChoice = Pick<Source, 'id' | 'name' | 'kind'>;

export interface ClaimDraft {
  sourceId: string;
  conveyedById: string;
  text: string;
  quote: string;
  statedAt: string;
  voicedBy: string;
  facets: string;
}

export const EMPTY_CLAIM: ClaimDraft = { sourceId: '', conveyedById: '', text: '', quote: '', statedAt: '', voicedBy: '', facets: '' };

export const FACET_HINT = 'one per line: "attribute: value" or "attribute (subject): value"; "not value" denies it, "only a, b" is the whole list, sets take commas; end a line with "from 2024-09-17T05:00Z to 2024-09-17T15:00Z" (or "from …", "until …") for the time it is about';

export function sourceOptions(sources: SourceChoice[], chosen: string, none: string): Html {
  return html`<option value="">${none}</option>${sources.map((s) => html`<option value="${s.id}"${s.id === chosen ? html` selected` : ''}>${s.name}</option>`)}`;
}

export function attributeList(attributes: string[]): Html {
  return html`<p class="hint">Attributes: ${attributes.join(', ')}</p>`;
}

/** The fields of a claim, as the add and edit forms both show them. */
export function claimFields(sources: SourceChoice[], attributes: string[], draft: ClaimDraft): Html {
  return html`<label for="sourceId">Claimant <span class="hint">(who asserts it)</span></label>
  <select id="sourceId" name="sourceId" required>${sourceOptions(sources, draft.sourceId, 'choose a source')}</select>
  <label for="conveyedById">Conveyed by <span class="hint">(who reports it, when second-hand)</span></label>
  <select id="conveyedById" name="conveyedById">${sourceOptions(sources, draft.conveyedById, 'nobody: first-hand')}</select>
  <label for="text">What is claimed <span class="hint">(in the desk's words)</span></label>
  <textarea id="text" name="text" rows="3" required maxlength="10000">${draft.text}</textarea>
  <label for="quote">Quote <span class="hint">(the exact words, optional)</span></label>
  <textarea id="quote" name="quote" rows="2" maxlength="5000">${draft.quote}</textarea>
  <label for="statedAt">Stated at <span class="hint">(ISO date or time, optional: 2024-09-17T10:00:00Z)</span></label>
  <input id="statedAt" name="statedAt" value="${draft.statedAt}" maxlength="40">
  <label for="voicedBy">Voiced by <span class="hint">(the person or office the claimant spoke through, optional: army spokesman Idris Bako)</span></label>
  <input id="voicedBy" name="voicedBy" value="${draft.voicedBy}" maxlength="200">
  <label for="facets">Facets <span class="hint">(${FACET_HINT})</span></label>
  <textarea id="facets" name="facets" rows="5">${draft.facets}</textarea>
  ${attributeList(attributes)}`;
}

export function claimFormPage(
  assets: Assets, user: DeskUser, event: EventView, sources: SourceChoice[], attributes: string[], draft: ClaimDraft, problem: Html | null,
  done: string | null = null,
): string {
  return layout({ title: `Add a claim: ${event.title}`, user, assets, section: 'events' }, html`
${eventHeader(event, user, 'add')}
<h2>Add a claim</h2>
${done ? notice('done', done) : ''}
${problem ?? ''}
<p class="meta">Claimant not listed? <a href="/desk/sources/new?back=${encodeURIComponent(`/desk/events/${event.id}/claims/new`)}">Add a source</a> first.</p>
<form method="post" action="/desk/events/${event.id}/claims" class="stack wide">
  ${tokenField(user)}
  <input type="hidden" name="eventId" value="${event.id}">
  ${claimFields(sources, attributes, draft)}
  <button type="submit">Add the claim</button>
  <button type="submit" class="secondary" formaction="/desk/claims/which-event" formnovalidate>Which event is it about?</button>
</form>`);
}
