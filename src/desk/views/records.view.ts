import { DeskUser } from '../../auth/access.decorator';
import { EVENT_TYPES } from '../../events/event.entity';
import { RELIABILITY_GRADES, SOURCE_KINDS, STAKES } from '../../sources/source.entity';
import { html, Html } from '../../common/html';
import { label } from '../labels';
import { Assets, layout, tokenField } from './layout';

export interface EventDraft {
  title: string;
  type: string;
  startsAt: string;
  endsAt: string;
  place: string;
  country: string;
  description: string;
}

export const EMPTY_EVENT: EventDraft = { title: '', type: '', startsAt: '', endsAt: '', place: '', country: '', description: '' };

export interface SourceDraft {
  name: string;
  aliases: string;
  kind: string;
  stake: string;
  reliability: string;
  side: string;
  url: string;
  description: string;
}

export const EMPTY_SOURCE: SourceDraft = { name: '', aliases: '', kind: '', stake: '', reliability: '', side: '', url: '', description: '' };

export const options = (values: readonly string[], chosen: string, none: string) =>
  html`<option value="">${none}</option>${values.map((v) => html`<option value="${v}"${v === chosen ? html` selected` : ''}>${label(v)}</option>`)}`;

const GRADES: Record<string, string> = { A: 'A: completely reliable', B: 'B: usually reliable', C: 'C: fairly reliable', D: 'D: not usually reliable', E: 'E: unreliable', F: 'F: cannot be judged' };

/** The fields of a source, as the new-source and edit forms both show them. */
export function sourceFields(draft: SourceDraft): Html {
  return html`<label for="name">Name</label>
  <input id="name" name="name" required maxlength="200" value="${draft.name}">
  <label for="aliases">Aliases <span class="hint">(comma-separated, optional)</span></label>
  <input id="aliases" name="aliases" value="${draft.aliases}">
  <label for="kind">Kind</label>
  <select id="kind" name="kind" required>${options(SOURCE_KINDS, draft.kind, 'choose a kind')}</select>
  <label for="stake">Stake in the events <span class="hint">(optional)</span></label>
  <select id="stake" name="stake">${options(STAKES, draft.stake, 'not said')}</select>
  <label for="side">Side <span class="hint">(the party or camp it speaks for, optional: sources of one side never corroborate each other)</span></label>
  <input id="side" name="side" maxlength="200" value="${draft.side}">
  <label for="reliability">Reliability <span class="hint">(Admiralty grade of the source, optional)</span></label>
  <select id="reliability" name="reliability"><option value="">not graded</option>${RELIABILITY_GRADES.map((g) => html`<option value="${g}"${g === draft.reliability ? html` selected` : ''}>${GRADES[g]}</option>`)}</select>
  <label for="url">Web address <span class="hint">(http or https, optional)</span></label>
  <input id="url" name="url" maxlength="2000" value="${draft.url}">
  <label for="description">Description <span class="hint">(optional)</span></label>
  <textarea id="description" name="description" rows="3" maxlength="5000">${draft.description}</textarea>`;
}

/** The fields of an event, as the new-event and edit forms both show them. */
export function eventFields(draft: EventDraft): Html {
  return html`<label for="title">Title</label>
  <input id="title" name="title" required maxlength="500" value="${draft.title}">
  <label for="type">Type <span class="hint">(ACLED event type)</span></label>
  <select id="type" name="type" required>${options(EVENT_TYPES, draft.type, 'choose a type')}</select>
  <label for="startsAt">Began <span class="hint">(ISO date or time in UTC, optional: 2024-09-17 or 2024-09-17T05:00:00Z)</span></label>
  <input id="startsAt" name="startsAt" maxlength="40" value="${draft.startsAt}">
  <label for="endsAt">Ended <span class="hint">(optional)</span></label>
  <input id="endsAt" name="endsAt" maxlength="40" value="${draft.endsAt}">
  <label for="place">Place <span class="hint">(optional)</span></label>
  <input id="place" name="place" maxlength="200" value="${draft.place}">
  <label for="country">Country <span class="hint">(two-letter code, optional: ML)</span></label>
  <input id="country" name="country" maxlength="2" value="${draft.country}">
  <label for="description">Description <span class="hint">(optional)</span></label>
  <textarea id="description" name="description" rows="3" maxlength="5000">${draft.description}</textarea>`;
}

export function newEventPage(assets: Assets, user: DeskUser, draft: EventDraft, problem: Html | null): string {
  return layout({ title: 'New event', user, assets, section: 'events' }, html`
<nav class="crumbs" aria-label="Breadcrumb"><a href="/desk">Events</a> ›</nav>
<h1>New event</h1>
${problem ?? ''}
<form method="post" action="/desk/events" class="stack wide">
  ${tokenField(user)}
  ${eventFields(draft)}
  <button type="submit">Create the event</button>
</form>`);
}

export function newSourcePage(assets: Assets, user: DeskUser, back: string, draft: SourceDraft, problem: Html | null): string {
  return layout({ title: 'New source', user, assets, section: 'events' }, html`
<nav class="crumbs" aria-label="Breadcrumb"><a href="${back}">Back</a> ›</nav>
<h1>New source</h1>
<p>A party or outlet that makes or conveys claims. Aliases are how texts name it; extraction and search find it by them.</p>
${problem ?? ''}
<form method="post" action="/desk/sources" class="stack wide">
  ${tokenField(user)}
  <input type="hidden" name="back" value="${back}">
  ${sourceFields(draft)}
  <button type="submit">Add the source</button>
</form>`);
}
