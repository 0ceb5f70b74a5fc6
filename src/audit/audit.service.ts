import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Actor } from '../auth/access.decorator';
import { nowIso } from '../common/columns';
import { newId } from '../common/ids';
import { DEFAULT_PAGE_SIZE, Page, toPage } from '../common/pagination';
import { AuditAction, AuditEntry } from './audit-entry.entity';
import { AuditQuery } from './dto/audit-query.dto';

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
    await manager.insert(AuditEntry, {
      id: newId(),
      actorId: actor?.userId ?? null,
      action,
      entity,
      entityId,
      before: before === null ? null : JSON.parse(JSON.stringify(before)),
      after: after === null ? null : JSON.parse(JSON.stringify(after)),
      at: nowIso(),
    });
  }

  async list(query: AuditQuery): Promise<Page<AuditEntry>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.entries.createQueryBuilder('entry').orderBy('entry.id', 'ASC').take(limit + 1);
    if (query.entity) builder.andWhere('entry.entity = :entity', { entity: query.entity });
    if (query.entityId) builder.andWhere('entry.entityId = :entityId', { entityId: query.entityId });
    if (query.actorId) builder.andWhere('entry.actorId = :actorId', { actorId: query.actorId });
    if (query.cursor) builder.andWhere('entry.id > :cursor', { cursor: query.cursor });
    return toPage(await builder.getMany(), limit, (entry) => entry);
  }
}
