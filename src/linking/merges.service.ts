import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { Claim } from '../claims/claim.entity';
import { Facet } from '../claims/facet.entity';
import { AppError } from '../common/app-error';
import { nowIso } from '../common/columns';
import { Contradiction } from '../contradictions/contradiction.entity';
import { DetectionService } from '../contradictions/detection.service';
import { FacetHolding } from '../contradictions/facet-holding.entity';
import { lockEvents, lockVocabulary } from '../database/event-lock';
import { WriteQueue } from '../database/write-queue';
import { Event } from '../events/event.entity';
import { EventView, presentEvent } from '../events/events.service';
import { Source } from '../sources/source.entity';
import { cleanAliases } from '../sources/source-row';
import { contradictionChanges, MergePreview } from './merge-preview';

/** Where a merge may go wrong before it changes anything: the ids, in the order a reader checks them. */
async function mergeable<T extends { id: string; mergedInto: string | null }>(
  manager: EntityManager, entity: 'event' | 'source', target: new () => T, keptId: string, from: string[],
): Promise<{ kept: T; merged: T[] }> {
  const ids = [...new Set(from)];
  if (ids.includes(keptId)) throw AppError.invalid('from', `a ${entity} cannot be merged into itself`);
  // In id order, so two merges over the same records take their locks in the same order.
  const rows = await manager.getRepository(target).find({ where: { id: In([keptId, ...ids]) } as never, order: { id: 'ASC' } as never });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const kept = byId.get(keptId);
  if (!kept) throw AppError.notFound(entity, keptId);
  if (kept.mergedInto) throw AppError.conflict(`this ${entity} was merged into ${kept.mergedInto}; merge into that one`);
  const details = ids.flatMap((id, i) => (!byId.has(id) ? [{ path: `from[${i}]`, message: `no ${entity} has the id ${id}` }]
    : byId.get(id)!.mergedInto ? [{ path: `from[${i}]`, message: `this ${entity} was already merged into ${byId.get(id)!.mergedInto}` }] : []));
  if (details.length) throw AppError.validation(details);
  return { kept, merged: ids.sort().map((id) => byId.get(id)!) };
}

/** The events where these sources make or convey claims, in id order. */
async function eventsOfSources(manager: EntityManager, ids: string[]): Promise<string[]> {
  const events = await manager.createQueryBuilder(Claim, 'c').select('c.eventId', 'eventId').distinct(true)
    .where('(c.sourceId IN (:...ids) OR c.conveyedById IN (:...ids)) AND c.eventId IS NOT NULL', { ids }).getRawMany<{ eventId: string }>();
  return events.map((e) => e.eventId).sort();
}

/** Thrown to roll a dry run back, carrying what it found. */
class RolledBack extends Error {
  constructor(readonly preview: MergePreview) {
    super('dry run');
  }
}

/**
 * Merging duplicates: two events that are one (their claims meet, and the contradictions between them
 * are found), or two sources that are one party (names become aliases, claims move). All in one
 * transaction; everything audited; the merged-away record stays, pointing to the one it joined.
 */
@Injectable()
export class MergesService {
  constructor(private readonly writes: WriteQueue, private readonly audit: AuditService, private readonly detection: DetectionService) {}

  async mergeEvents(keptId: string, from: string[], actor: Actor): Promise<EventView> {
    return this.writes.transaction((manager) => this.eventMerge(manager, keptId, from, actor));
  }

  async mergeSources(keptId: string, from: string[], actor: Actor): Promise<Source> {
    return this.writes.transaction((manager) => this.sourceMerge(manager, keptId, from, actor));
  }

  /** What merging these events would do, found by doing it and rolling it back: the same code, so the preview cannot differ. */
  async previewEvents(keptId: string, from: string[], actor: Actor): Promise<MergePreview> {
    return this.dryRun(async () => [keptId, ...from], (manager) => this.eventMerge(manager, keptId, from, actor));
  }

  async previewSources(keptId: string, from: string[], actor: Actor): Promise<MergePreview> {
    return this.dryRun((manager) => eventsOfSources(manager, [keptId, ...from]), (manager) => this.sourceMerge(manager, keptId, from, actor));
  }

  private async dryRun(concerned: (manager: EntityManager) => Promise<string[]>, merge: (manager: EntityManager) => Promise<unknown>): Promise<MergePreview> {
    try {
      await this.writes.transaction(async (manager) => {
        const eventIds = await concerned(manager);
        if (!eventIds.length) {
          await merge(manager);
          throw new RolledBack({ claimsMoved: [], contradictions: { found: [], gone: [], kept: [] } });
        }
        const claims = await manager.find(Claim, { where: { eventId: In(eventIds) }, select: { id: true, eventId: true, sourceId: true, conveyedById: true } });
        const before = await manager.find(Contradiction, { where: { eventId: In(eventIds) } });
        await merge(manager);
        const moved = await manager.find(Claim, { where: { id: In(claims.map((c) => c.id)) }, select: { id: true, eventId: true, sourceId: true, conveyedById: true, text: true } });
        const was = new Map(claims.map((c) => [c.id, c]));
        const after = await manager.find(Contradiction, { where: { eventId: In(eventIds) } });
        throw new RolledBack({
          claimsMoved: moved.filter((c) => { const old = was.get(c.id)!; return old.eventId !== c.eventId || old.sourceId !== c.sourceId || old.conveyedById !== c.conveyedById; })
            .map((c) => ({ id: c.id, text: c.text })),
          contradictions: contradictionChanges(before, after),
        });
      });
    } catch (error) {
      if (error instanceof RolledBack) return error.preview;
      throw error;
    }
    throw new Error('a dry run must roll back');
  }

  private async eventMerge(manager: EntityManager, keptId: string, from: string[], actor: Actor): Promise<EventView> {
    const { kept, merged } = await mergeable(manager, 'event', Event, keptId, from);
    const now = nowIso();
    // Every event concerned, in id order: the row lock (PostgreSQL) serialises this with the events' other writers.
    await lockEvents(manager, [kept.id, ...merged.map((e) => e.id)]);
    for (const id of [kept.id, ...merged.map((e) => e.id)].sort()) {
      await manager.createQueryBuilder().update(Event).set({ updatedAt: now }).where('id = :id', { id }).execute();
    }
    const keptIdentities = new Map((await manager.find(Contradiction, { where: { eventId: kept.id } })).map((c) => [c.identity, c]));
    for (const event of merged) {
      // Contradictions move with their triage; where the kept event already has the same one, the triaged one stays.
      for (const contradiction of await manager.find(Contradiction, { where: { eventId: event.id } })) {
        const twin = keptIdentities.get(contradiction.identity);
        if (twin && (twin.status !== 'open' || contradiction.status === 'open')) {
          await manager.delete(Contradiction, { id: contradiction.id });
          await this.audit.record(manager, actor, 'delete', 'contradiction', contradiction.id, contradiction, null);
          continue;
        }
        if (twin) {
          await manager.delete(Contradiction, { id: twin.id });
          await this.audit.record(manager, actor, 'delete', 'contradiction', twin.id, twin, null);
        }
        await manager.update(Contradiction, { id: contradiction.id }, { eventId: kept.id, updatedAt: now });
        await this.audit.record(manager, actor, 'update', 'contradiction', contradiction.id, { eventId: event.id }, { eventId: kept.id, because: 'events merged' });
        keptIdentities.set(contradiction.identity, contradiction);
      }
      const claims = await manager.find(Claim, { where: { eventId: event.id }, select: { id: true, version: true } });
      await manager.update(Claim, { eventId: event.id }, { eventId: kept.id, updatedAt: now });
      await manager.update(Facet, { eventId: event.id }, { eventId: kept.id });
      await manager.delete(FacetHolding, { eventId: event.id });
      for (const claim of claims) await this.audit.record(manager, actor, 'update', 'claim', claim.id, { eventId: event.id }, { eventId: kept.id, because: 'events merged' });
      await manager.update(Event, { id: event.id }, { mergedInto: kept.id, updatedAt: now });
      await this.audit.record(manager, actor, 'update', 'event', event.id, { mergedInto: null }, { mergedInto: kept.id, claimsMoved: claims.length });
    }
    await this.detection.recomputeEvent(manager, kept.id, actor);
    return presentEvent({ ...kept, updatedAt: now });
  }

  private async sourceMerge(manager: EntityManager, keptId: string, from: string[], actor: Actor): Promise<Source> {
    const { kept, merged } = await mergeable(manager, 'source', Source, keptId, from);
    const now = nowIso();
    const aliases = cleanAliases([...kept.aliases, ...merged.flatMap((s) => [s.name, ...s.aliases])].filter((name) => name !== kept.name));
    const ids = merged.map((s) => s.id);
    const eventIds = await eventsOfSources(manager, ids);
    // The kept source's aliases change the vocabulary's token: its row before the events (event-lock.ts).
    await lockVocabulary(manager);
    await lockEvents(manager, eventIds);
    for (const id of eventIds) await manager.createQueryBuilder().update(Event).set({ updatedAt: now }).where('id = :id', { id }).execute();
    for (const source of merged) {
      const claims = await manager.find(Claim, { where: [{ sourceId: source.id }, { conveyedById: source.id }], select: { id: true, sourceId: true, conveyedById: true } });
      await manager.update(Claim, { sourceId: source.id }, { sourceId: kept.id, updatedAt: now });
      await manager.update(Claim, { conveyedById: source.id }, { conveyedById: kept.id, updatedAt: now });
      await manager.update(Facet, { claimantId: source.id }, { claimantId: kept.id });
      for (const claim of claims) {
        await this.audit.record(manager, actor, 'update', 'claim', claim.id, { sourceId: claim.sourceId, conveyedById: claim.conveyedById },
          { sourceId: claim.sourceId === source.id ? kept.id : claim.sourceId, conveyedById: claim.conveyedById === source.id ? kept.id : claim.conveyedById, because: 'sources merged' });
      }
      await manager.update(Source, { id: source.id }, { mergedInto: kept.id, updatedAt: now });
      await this.audit.record(manager, actor, 'update', 'source', source.id, { mergedInto: null }, { mergedInto: kept.id, claimsMoved: claims.length });
    }
    await manager.update(Source, { id: kept.id }, { aliases, updatedAt: now });
    await this.audit.record(manager, actor, 'update', 'source', kept.id, { aliases: kept.aliases }, { aliases, because: 'sources merged' });
    // The merged names now fold to the kept source (a perpetrator written "GSIM"), and every event where it speaks is detected anew.
    await this.detection.refreshVocabulary(manager, actor, kept.id);
    return { ...kept, aliases, updatedAt: now };
  }
}
