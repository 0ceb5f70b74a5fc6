import { AppError, ErrorCode } from '../common/app-error';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, Repository } from 'typeorm';
import { Actor } from '../auth/access.decorator';
import { nowIso } from '../common/columns';
import { newId } from '../common/ids';
import { DEFAULT_PAGE_SIZE, Page, toPage } from '../common/pagination';
import { bulkInsert } from '../database/bulk-insert';
import { AuditAction, AuditEntry } from './audit-entry.entity';
import { AuditQuery } from './dto/audit-query.dto';

/** Audit entries about these are shown to admins only. */
export const ADMIN_ONLY_ENTITIES = ['user', 'api_key'];

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /** Written with the change, in its transaction: a change without its entry cannot be committed. */
  async record(
    manager: EntityManager,
    actor: Actor | null,
    action: AuditAction,
    entity: string,
    entityId: string,
    before: object | null,
    after: object | null,
  ): Promise<void> {
    await manager.insert(AuditEntry, AuditService.entry(actor, action, entity, entityId, before, after));
  }

  /** An entry as `record` writes it, to be written with others in one statement by `recordMany`. */
  static entry(actor: Actor | null, action: AuditAction, entity: string, entityId: string, before: object | null, after: object | null): AuditEntry {
    return {
      id: newId(),
      actorId: actor?.userId ?? null,
      action,
      entity,
      entityId,
      before: before === null ? null : JSON.parse(JSON.stringify(before)),
      after: after === null ? null : JSON.parse(JSON.stringify(after)),
      at: nowIso(),
    };
  }

  /** Several entries in one multi-row INSERT, in the caller's transaction. */
  async recordMany(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
    await bulkInsert(manager, AuditEntry, entries);
  }

  /**
   * The entries about some records (by kind and ids), newest first, narrowed by action, kind and actor:
   * the history of a record and of what belongs to it. `deletedClaimsOf` adds the deleted claims of an
   * event, found by the event named in what was deleted.
   */
  async about(records: Array<{ entity: string; ids: string[] }>, filter: { action?: string; entity?: string; actorId?: string; cursor?: string; deletedClaimsOf?: string }, limit: number): Promise<Page<AuditEntry>> {
    const builder = this.entries.createQueryBuilder('entry').orderBy('entry.id', 'DESC').take(limit + 1);
    const wanted = records.filter((r) => r.ids.length && (!filter.entity || r.entity === filter.entity));
    const deleted = filter.deletedClaimsOf && (!filter.entity || filter.entity === 'claim') ? filter.deletedClaimsOf : null;
    if (!wanted.length && !deleted) return { items: [], nextCursor: null };
    builder.andWhere(new Brackets((any) => {
      wanted.forEach((r, i) => any.orWhere(`(entry.entity = :e${i} AND entry.entityId IN (:...ids${i}))`, { [`e${i}`]: r.entity, [`ids${i}`]: r.ids }));
      if (deleted) any.orWhere("(entry.entity = 'claim' AND entry.action = 'delete' AND entry.before LIKE :named)", { named: `%"eventId":"${deleted}"%` });
    }));
    if (filter.action) builder.andWhere('entry.action = :action', { action: filter.action });
    if (filter.actorId) builder.andWhere('entry.actorId = :actorId', { actorId: filter.actorId });
    if (filter.cursor) builder.andWhere('entry.id < :cursor', { cursor: filter.cursor });
    return toPage(await builder.getMany(), limit, (entry) => entry);
  }

  /** The entries a caller may read: user and API-key records only for admins (others cannot list users either). */
  async list(query: AuditQuery, admin = true): Promise<Page<AuditEntry>> {
    if (!admin && query.entity && ADMIN_ONLY_ENTITIES.includes(query.entity)) {
      throw new AppError(ErrorCode.Forbidden, `The audit of ${query.entity} records is for admins`, [{ path: 'entity', message: 'needs the role admin' }]);
    }
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.entries.createQueryBuilder('entry').orderBy('entry.id', 'ASC').take(limit + 1);
    if (!admin) builder.andWhere('entry.entity NOT IN (:...hidden)', { hidden: ADMIN_ONLY_ENTITIES });
    if (query.entity) builder.andWhere('entry.entity = :entity', { entity: query.entity });
    if (query.entityId) builder.andWhere('entry.entityId = :entityId', { entityId: query.entityId });
    if (query.actorId) builder.andWhere('entry.actorId = :actorId', { actorId: query.actorId });
    if (query.cursor) builder.andWhere('entry.id > :cursor', { cursor: query.cursor });
    return toPage(await builder.getMany(), limit, (entry) => entry);
  }
}
