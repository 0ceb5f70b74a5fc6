import { INestApplicationContext } from '@nestjs/common';
import { Actor } from '../auth/access.decorator';
import { ClaimsService, ClaimView } from '../claims/claims.service';
import { DocumentsService } from '../documents/documents.service';
import { EventsService, EventView } from '../events/events.service';
import { Source } from '../sources/source.entity';
import { SourcesService } from '../sources/sources.service';
import { BAMAKO_CLAIMS, BAMAKO_DOCUMENT, BAMAKO_EVENT, BAMAKO_SOURCES, SourceKey } from './bamako-case';

export interface LoadedDemo {
  event: EventView;
  documentId: string;
  sources: Record<SourceKey, Source>;
  claims: ClaimView[];
}

/** Loads the Bamako case through the same services the API uses, so it is audited and checked like any input. */
export async function loadBamakoCase(app: INestApplicationContext, actor: Actor): Promise<LoadedDemo> {
  const sourcesService = app.get(SourcesService);
  const sources = {} as Record<SourceKey, Source>;
  for (const [key, dto] of Object.entries(BAMAKO_SOURCES) as Array<[SourceKey, (typeof BAMAKO_SOURCES)[SourceKey]]>) {
    sources[key] = await sourcesService.create(dto, actor);
  }
  const event = await app.get(EventsService).create(BAMAKO_EVENT, actor);
  const document = await app.get(DocumentsService).create({ ...BAMAKO_DOCUMENT, publisherId: sources.afp.id }, actor);
  const claimsService = app.get(ClaimsService);
  const claims: ClaimView[] = [];
  for (const { claimant, conveyedBy, ...claim } of BAMAKO_CLAIMS) {
    claims.push(await claimsService.create({
      ...claim,
      sourceId: sources[claimant].id,
      conveyedById: conveyedBy ? sources[conveyedBy].id : undefined,
      eventId: event.id,
      documentId: document.id,
    }, actor));
  }
  return { event, documentId: document.id, sources, claims };
}
