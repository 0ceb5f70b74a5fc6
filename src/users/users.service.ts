import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { generateApiKey, hashApiKey } from '../auth/api-key';
import { AppError, ErrorCode } from '../common/app-error';
import { chunks } from '../common/chunks';
import { nowIso } from '../common/columns';
import { existsOr404, findOr404 } from '../common/found';
import { newId } from '../common/ids';
import { DEFAULT_PAGE_SIZE, Page, PageQuery, toPage } from '../common/pagination';
import { WriteQueue } from '../database/write-queue';
import { ApiKey } from './api-key.entity';
import { CreateApiKeyDto, CreateUserDto, UpdateUserDto } from './dto/create-user.dto';
import { User } from './user.entity';

/** A key as listed: who holds it, never the key itself. */
export interface KeyListing {
  id: string;
  userId: string;
  userName: string;
  role: string;
  label: string;
  createdAt: string;
  revokedAt: string | null;
}

/** The label of the key made on the first start of an empty database. */
export const BOOTSTRAP_KEY_LABEL = 'bootstrap';

export interface IssuedKey {
  id: string;
  userId: string;
  label: string;
  /** Shown once: only its hash is kept. */
  key: string;
  createdAt: string;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly writes: WriteQueue,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateUserDto, actor: Actor | null): Promise<User> {
    const now = nowIso();
    const user: User = { id: newId(), name: dto.name.trim(), role: dto.role, disabled: false, createdAt: now, updatedAt: now };
    await this.writes.transaction(async (manager) => {
      await manager.insert(User, user);
      await this.audit.record(manager, actor, 'create', 'user', user.id, null, user);
    });
    return user;
  }

  async list(query: PageQuery): Promise<Page<User>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.users.createQueryBuilder('user').orderBy('user.id', 'ASC').take(limit + 1);
    if (query.cursor) builder.where('user.id > :cursor', { cursor: query.cursor });
    return toPage(await builder.getMany(), limit, (user) => user);
  }

  /** Names of users by id. */
  async names(ids: string[]): Promise<Map<string, string>> {
    const found: Array<Pick<User, 'id' | 'name'>> = [];
    for (const part of chunks([...new Set(ids)], 500)) found.push(...(await this.users.find({ select: { id: true, name: true }, where: { id: In(part) } })));
    return new Map(found.map((user) => [user.id, user.name]));
  }

  async issueKey(userId: string, dto: CreateApiKeyDto, actor: Actor | null): Promise<IssuedKey> {
    const key = generateApiKey();
    const row: ApiKey = {
      id: newId(), userId, keyHash: hashApiKey(key), label: dto.label?.trim() ?? 'api key', revokedAt: null, createdAt: nowIso(),
    };
    await this.writes.transaction(async (manager) => {
      await existsOr404(manager, User, userId, 'user');
      await manager.insert(ApiKey, row);
      await this.audit.record(manager, actor, 'create', 'api_key', row.id, null, { id: row.id, userId, label: row.label });
    });
    return { id: row.id, userId, label: row.label, key, createdAt: row.createdAt };
  }

  /**
   * On an empty database only (no user at all): the first admin and a key for them, so a new install
   * has a way in. Answers null as soon as any user exists, so it happens once.
   */
  async bootstrapAdmin(): Promise<IssuedKey | null> {
    const key = generateApiKey();
    return this.writes.transaction(async (manager) => {
      if ((await manager.count(User)) > 0) return null;
      const now = nowIso();
      const user: User = { id: newId(), name: 'admin', role: 'admin', disabled: false, createdAt: now, updatedAt: now };
      const row: ApiKey = { id: newId(), userId: user.id, keyHash: hashApiKey(key), label: BOOTSTRAP_KEY_LABEL, revokedAt: null, createdAt: now };
      await manager.insert(User, user);
      await this.audit.record(manager, null, 'create', 'user', user.id, null, user);
      await manager.insert(ApiKey, row);
      await this.audit.record(manager, null, 'create', 'api_key', row.id, null, { id: row.id, userId: user.id, label: row.label });
      return { id: row.id, userId: user.id, label: row.label, key, createdAt: now };
    });
  }

  /** Every key with its holder, oldest first; revoked ones too, marked. */
  async listKeys(): Promise<KeyListing[]> {
    return this.users.manager
      .createQueryBuilder(ApiKey, 'key')
      .innerJoin(User, 'user', 'user.id = key.userId')
      .select(['key.id AS "id"', 'key.userId AS "userId"', 'user.name AS "userName"', 'user.role AS "role"', 'key.label AS "label"', 'key.createdAt AS "createdAt"', 'key.revokedAt AS "revokedAt"'])
      .orderBy('key.id', 'ASC')
      .getRawMany<KeyListing>();
  }

  /** Revokes a key by its id (not the key): requests with it get 401 from then on. Revoking twice changes nothing. */
  async revokeKeyById(keyId: string, actor: Actor | null): Promise<KeyListing> {
    await this.writes.transaction(async (manager) => {
      const key = await manager.findOne(ApiKey, { where: { id: keyId } });
      if (!key) throw new AppError(ErrorCode.NotFound, `No API key with id ${keyId}`);
      if (key.revokedAt) return;
      const now = nowIso();
      await manager.update(ApiKey, { id: keyId }, { revokedAt: now });
      await this.audit.record(manager, actor, 'update', 'api_key', keyId, { revokedAt: null }, { revokedAt: now });
    });
    return (await this.listKeys()).find((key) => key.id === keyId)!;
  }

  /** A user's keys, newest first, without their hashes: id, label, when made and when revoked. */
  async keys(userId: string): Promise<{ items: KeyView[]; nextCursor: null }> {
    await existsOr404(this.users.manager, User, userId, 'user');
    const rows = await this.users.manager.find(ApiKey, { where: { userId }, order: { createdAt: 'DESC', id: 'DESC' } });
    return { items: rows.map(keyView), nextCursor: null };
  }

  async get(userId: string): Promise<User> {
    return findOr404(this.users.manager, User, userId, 'user');
  }

  /** Revokes one key of a user: it is refused from the next request on. Revoking it again changes nothing. */
  async revokeKey(userId: string, keyId: string, actor: Actor): Promise<KeyView> {
    return this.writes.transaction(async (manager) => {
      await existsOr404(manager, User, userId, 'user');
      const key = await manager.findOne(ApiKey, { where: { id: keyId, userId } });
      if (!key) throw AppError.notFound('api key', keyId);
      if (key.revokedAt) return keyView(key);
      const revokedAt = nowIso();
      await manager.update(ApiKey, { id: keyId }, { revokedAt });
      await this.audit.record(manager, actor, 'update', 'api_key', keyId, { revokedAt: null }, { revokedAt });
      return keyView({ ...key, revokedAt });
    });
  }

  /**
   * Changes a user's role or disables them (their keys stop at the next request). An admin is never
   * left without another enabled admin: the last one can be neither demoted nor disabled.
   */
  async update(userId: string, dto: UpdateUserDto, actor: Actor): Promise<User> {
    return this.writes.transaction(async (manager) => {
      const before = await findOr404(manager, User, userId, 'user');
      const after: User = { ...before, ...(dto.role !== undefined && { role: dto.role }), ...(dto.disabled !== undefined && { disabled: dto.disabled }) };
      if (after.role === before.role && after.disabled === before.disabled) return before;
      const losesAdmin = before.role === 'admin' && !before.disabled && (after.role !== 'admin' || after.disabled);
      if (losesAdmin && (await manager.count(User, { where: { role: 'admin', disabled: false } })) <= 1) {
        throw new AppError(ErrorCode.Conflict, `${before.name} is the last enabled admin; make another admin first`, [
          { path: dto.disabled ? 'disabled' : 'role', message: 'would leave no enabled admin' },
        ]);
      }
      after.updatedAt = nowIso();
      await manager.update(User, { id: userId }, { role: after.role, disabled: after.disabled, updatedAt: after.updatedAt });
      await this.audit.record(manager, actor, 'update', 'user', userId, { role: before.role, disabled: before.disabled }, { role: after.role, disabled: after.disabled });
      return after;
    });
  }
}

/** A key as shown: never its hash. */
export interface KeyView {
  id: string;
  userId: string;
  label: string;
  createdAt: string;
  revokedAt: string | null;
}

const keyView = (key: ApiKey): KeyView => ({ id: key.id, userId: key.userId, label: key.label, createdAt: key.createdAt, revokedAt: key.revokedAt });
