import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { generateApiKey, hashApiKey } from '../auth/api-key';
import { AppError } from '../common/app-error';
import { chunks } from '../common/chunks';
import { nowIso } from '../common/columns';
import { existsOr404 } from '../common/found';
import { newId } from '../common/ids';
import { DEFAULT_PAGE_SIZE, Page, PageQuery, toPage } from '../common/pagination';
import { WriteQueue } from '../database/write-queue';
import { ApiKey } from './api-key.entity';
import { CreateApiKeyDto, CreateUserDto } from './dto/create-user.dto';
import { User } from './user.entity';

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

  async create(dto: CreateUserDto, actor: Actor): Promise<User> {
    const now = nowIso();
    const user: User = { id: newId(), name: dto.name.trim(), role: dto.role, createdAt: now, updatedAt: now };
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

  async issueKey(userId: string, dto: CreateApiKeyDto, actor: Actor): Promise<IssuedKey> {
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
}
