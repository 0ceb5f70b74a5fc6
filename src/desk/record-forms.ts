import { FormBody } from '../common/json-body';
import { EventView } from '../events/events.service';
import { Source } from '../sources/source.entity';
import { field, given } from './respond';
import { EventDraft, SourceDraft } from './views/records.view';

/**
 * The source and event forms, read into drafts (kept as typed when a form comes back) and into the
 * plain input the API's DTOs check. On an edit an emptied optional field clears it (null); on a new
 * record it is simply not given.
 */
export function sourceDraft(form: FormBody): SourceDraft {
  return {
    name: field(form, 'name'), aliases: field(form, 'aliases'), kind: field(form, 'kind'), stake: field(form, 'stake'),
    reliability: field(form, 'reliability'), side: field(form, 'side'), url: field(form, 'url'), description: field(form, 'description'),
  };
}

export function sourceInput(draft: SourceDraft, editing: boolean): Record<string, unknown> {
  const cleared = editing ? null : undefined;
  const aliases = draft.aliases.split(',').map((a) => a.trim()).filter(Boolean);
  return {
    name: draft.name, kind: draft.kind, stake: given(draft.stake), reliability: given(draft.reliability),
    side: given(draft.side) ?? (editing ? '' : undefined), url: given(draft.url) ?? cleared, description: given(draft.description) ?? cleared,
    ...(aliases.length ? { aliases } : editing && { aliases: [] }),
  };
}

export function draftOfSource(source: Source): SourceDraft {
  return {
    name: source.name, aliases: source.aliases.join(', '), kind: source.kind, stake: source.stake, reliability: source.reliability,
    side: source.side ?? '', url: source.url ?? '', description: source.description ?? '',
  };
}

export function eventDraft(form: FormBody): EventDraft {
  return {
    title: field(form, 'title'), type: field(form, 'type'), startsAt: field(form, 'startsAt'), endsAt: field(form, 'endsAt'),
    place: field(form, 'place'), country: field(form, 'country'), description: field(form, 'description'),
  };
}

export function eventInput(draft: EventDraft, editing: boolean): Record<string, unknown> {
  const cleared = editing ? null : undefined;
  const place = given(draft.place);
  return {
    title: draft.title, type: draft.type, startsAt: given(draft.startsAt) ?? cleared, endsAt: given(draft.endsAt) ?? cleared,
    description: given(draft.description) ?? cleared,
    ...(place ? { location: { name: place, country: given(draft.country)?.toUpperCase() } } : editing && { location: null }),
  };
}

export function draftOfEvent(event: EventView): EventDraft {
  return {
    title: event.title, type: event.type, startsAt: event.startsAt ?? '', endsAt: event.endsAt ?? '',
    place: event.location?.name ?? '', country: event.location?.country ?? '', description: event.description ?? '',
  };
}
