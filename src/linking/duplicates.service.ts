import { Injectable } from '@nestjs/common';
import { CreateEventDto } from '../events/dto/create-event.dto';
import { CreateSourceDto } from '../sources/dto/create-source.dto';
import { eventDuplicate, sourceDuplicate } from './duplicates';
import { EventSuggestionsService } from './event-suggestions.service';

/** A new event as the API or the desk gives it, or an existing one looking for its twins. */
type Place = { name?: string | null; admin1?: string | null; admin2?: string | null; country?: string | null };
export type ProposedEvent = Pick<CreateEventDto, 'title'> & { startsAt?: string | null; endsAt?: string | null; location?: Place | null };

export interface PossibleDuplicate { id: string; name: string; reasons: string[] }

/** Events compared with a new one: the best suggestions for its title, time and place. */
const EVENT_CANDIDATES = 20;
/** Warnings shown at most. */
const SHOWN = 5;

/** The records a new event or source may duplicate, for the warning in the API's answer and on the desk's forms. */
@Injectable()
export class DuplicatesService {
  constructor(private readonly suggestions: EventSuggestionsService) {}

  async events(dto: ProposedEvent): Promise<PossibleDuplicate[]> {
    const location = dto.location;
    const places = [location?.name, location?.admin2, location?.admin1].filter((p): p is string => !!p?.trim());
    const { items } = await this.suggestions.suggest({ text: dto.title, at: dto.startsAt ?? undefined, place: location?.name ?? undefined, limit: EVENT_CANDIDATES });
    const proposed = { title: dto.title, startsAt: dto.startsAt ?? null, endsAt: dto.endsAt ?? null, places, country: location?.country ?? null };
    const found: PossibleDuplicate[] = [];
    for (const { event } of items) {
      const duplicate = eventDuplicate(proposed, {
        title: event.title, startsAt: event.startsAt, endsAt: event.endsAt,
        places: [event.location?.name, event.location?.admin2, event.location?.admin1].filter((p): p is string => !!p), country: event.location?.country ?? null,
      });
      if (duplicate) found.push({ id: event.id, name: event.title, reasons: duplicate.reasons });
    }
    return found.slice(0, SHOWN);
  }

  async sources(dto: Pick<CreateSourceDto, 'name' | 'aliases'>): Promise<PossibleDuplicate[]> {
    const names = [dto.name, ...(dto.aliases ?? [])];
    const found: PossibleDuplicate[] = [];
    for (const [id, known] of await this.suggestions.knownSources()) {
      const duplicate = sourceDuplicate(names, known);
      if (duplicate) found.push({ id, name: known.name, reasons: duplicate.reasons });
      if (found.length === SHOWN) break;
    }
    return found;
  }
}
