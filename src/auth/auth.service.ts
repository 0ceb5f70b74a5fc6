import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { nowIso } from '../common/columns';
import { newId } from '../common/ids';
import { ENVIRONMENT } from '../config/config.module';
import { Environment } from '../config/environment';
import { WriteQueue } from '../database/write-queue';
import { ApiKey } from '../users/api-key.entity';
import { User } from '../users/user.entity';
import { Actor } from './access.decorator';
import { hashApiKey } from './api-key';

export const ENVIRONMENT_KEY_LABEL = 'environment';

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
    @Inject(ENVIRONMENT) private readonly env: Environment,
    private readonly writes: WriteQueue,
    private readonly audit: AuditService,
  ) {}

  async actorForKey(key: string): Promise<Actor | null> {
    // Every request runs this (twice when it sends a body): plain SQL, as TypeORM's query builder spent
    // more CPU building the statement than the database spent answering it.
    const mark = this.keys.manager.connection.driver.options.type === 'postgres' ? '$1' : '?';
    const rows: Actor[] = await this.keys.manager.query(
      'SELECT k.id AS "keyId", u.id AS "userId", u.name AS "name", u.role AS "role" FROM api_keys k INNER JOIN users u ON u.id = k."userId" '
      + `WHERE k."keyHash" = ${mark} AND k."revokedAt" IS NULL AND NOT u.disabled LIMIT 1`,
      [hashApiKey(key)],
    );
    return rows[0] ? { keyId: rows[0].keyId, userId: rows[0].userId, name: rows[0].name, role: rows[0].role } : null;
  }

  /** CROSSCHECK_ADMIN_TOKEN makes an admin key on start, or keeps it; a changed token revokes the old one. */
  async onApplicationBootstrap(): Promise<void> {
    const token = this.env.adminToken;
    if (!token) return;
    const hash = hashApiKey(token);
    await this.writes.transaction(async (manager) => {
      const current = await manager.findOne(ApiKey, { where: { keyHash: hash } });
      if (current && !current.revokedAt) return;
      const now = nowIso();
      const stale = await manager.find(ApiKey, { where: { label: ENVIRONMENT_KEY_LABEL, revokedAt: IsNull(), keyHash: Not(hash) } });
      for (const key of stale) {
        await manager.update(ApiKey, { id: key.id }, { revokedAt: now });
        await this.audit.record(manager, null, 'update', 'api_key', key.id, { revokedAt: null }, { revokedAt: now });
      }
      if (current) {
        await manager.update(ApiKey, { id: current.id }, { revokedAt: null });
        await this.audit.record(manager, null, 'update', 'api_key', current.id, { revokedAt: current.revokedAt }, { revokedAt: null });
        return;
      }
      let admin = await manager.findOne(User, { where: { role: 'admin' }, order: { id: 'ASC' } });
      if (!admin) {
        admin = manager.create(User, { id: newId(), name: 'admin', role: 'admin', disabled: false, createdAt: now, updatedAt: now });
        await manager.insert(User, admin);
        await this.audit.record(manager, null, 'create', 'user', admin.id, null, admin);
      }
      const key = manager.create(ApiKey, { id: newId(), userId: admin.id, keyHash: hash, label: ENVIRONMENT_KEY_LABEL, revokedAt: null, createdAt: now });
      await manager.insert(ApiKey, key);
      await this.audit.record(manager, null, 'create', 'api_key', key.id, null, { id: key.id, userId: key.userId, label: key.label });
      this.logger.log(`Admin key from CROSSCHECK_ADMIN_TOKEN is active for user ${admin.name}`);
    });
  }
}
