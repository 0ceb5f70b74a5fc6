import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { findOr404 } from '../common/found';
import { WriteQueue } from '../database/write-queue';
import { Event } from '../events/event.entity';
import { DetectionService } from './detection.service';
import { FacetHolding } from './facet-holding.entity';
import { holdingDifferences, holdingLine } from './holding-diff';

/** What verifying one event found: holdings the facets give but are not stored, or stored but not given; contradictions that recomputing would change. */
export interface EventVerification {
  eventId: string;
  holdings: { missing: string[]; extra: string[] };
  contradictions: Array<{ change: string; id: string; attribute: string; subject: string | null; kind: string; severity: string; explanation: string }>;
  /** Whether the differences were written (repair) or only found. */
  repaired: boolean;
}

export const isClean = (v: EventVerification) => !v.holdings.missing.length && !v.holdings.extra.length && !v.contradictions.length;

/** Thrown to roll a dry run back: recomputation ran in the transaction, and nothing of it is kept. */
class DryRun extends Error {
  constructor(readonly found: EventVerification) {
    super('dry run');
  }
}

/**
 * Verify and repair: an event's holdings and contradictions recomputed from its facets, compared with
 * what incremental detection stored. Without repair the recomputation is rolled back; with it, it is
 * committed with an audit entry on the event naming what was wrong (each contradiction change has its
 * own entry too).
 */
@Injectable()
export class VerificationService {
  constructor(
    private readonly writes: WriteQueue,
    private readonly detection: DetectionService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  async verifyEvent(eventId: string, repair: boolean, actor: Actor | null): Promise<EventVerification> {
    try {
      return await this.writes.transaction(async (manager) => {
        await findOr404(manager, Event, eventId, 'event');
        const found = await this.recompute(manager, eventId, actor, repair);
        if (!repair) throw new DryRun(found);
        if (!isClean(found)) {
          await this.audit.record(manager, actor, 'update', 'event', eventId,
            { holdingsMissing: found.holdings.missing.length, holdingsExtra: found.holdings.extra.length, contradictionsChanged: found.contradictions.length },
            { repaired: 'holdings and contradictions recomputed from the facets', holdings: found.holdings, contradictions: found.contradictions });
        }
        return found;
      });
    } catch (error) {
      if (error instanceof DryRun) return error.found;
      throw error;
    }
  }

  /** Every event, one transaction each, in id order. */
  async *verifyAll(repair: boolean, actor: Actor | null): AsyncGenerator<EventVerification> {
    for (let after = ''; ;) {
      const rows: Array<{ id: string }> = await this.dataSource.createQueryBuilder(Event, 'e').select('e.id', 'id')
        .where('e.id > :after', { after }).orderBy('e.id', 'ASC').limit(500).getRawMany();
      if (!rows.length) return;
      for (const { id } of rows) yield await this.verifyEvent(id, repair, actor);
      after = rows[rows.length - 1].id;
    }
  }

  private async recompute(manager: EntityManager, eventId: string, actor: Actor | null, repair: boolean): Promise<EventVerification> {
    const lines = async () => (await manager.find(FacetHolding, { where: { eventId } })).map(holdingLine);
    const stored = await lines();
    const changes = await this.detection.recomputeEvent(manager, eventId, actor);
    return {
      eventId,
      holdings: holdingDifferences(stored, await lines()),
      contradictions: changes.map(({ change, contradiction: c }) => ({
        change, id: c.id, attribute: c.attribute, subject: c.subject, kind: c.kind, severity: c.severity, explanation: c.explanation,
      })),
      repaired: repair,
    };
  }
}
