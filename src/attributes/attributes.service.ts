import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { AppError } from '../common/app-error';
import { nowIso } from '../common/columns';
import { WriteQueue } from '../database/write-queue';
import { Attribute, AttributeKind } from './attribute.entity';
import { attributeKinds } from './attribute-kinds';
import { CreateAttributeDto } from './dto/create-attribute.dto';

@Injectable()
export class AttributesService {
  constructor(
    @InjectRepository(Attribute) private readonly attributes: Repository<Attribute>,
    private readonly writes: WriteQueue,
    private readonly audit: AuditService,
  ) {}

  /** The whole vocabulary, a few dozen rows: one page, sorted by kind then name. */
  async list(): Promise<{ items: Attribute[]; nextCursor: null }> {
    return { items: await this.attributes.find({ order: { kind: 'ASC', name: 'ASC' } }), nextCursor: null };
  }

  /** Each attribute's kind, by name. */
  async kinds(): Promise<Map<string, AttributeKind>> {
    return attributeKinds(this.attributes.manager);
  }

  async create(dto: CreateAttributeDto, actor: Actor): Promise<Attribute> {
    if (dto.allowedValues && dto.kind !== 'category') throw AppError.invalid('allowedValues', 'only a category attribute has a closed list');
    return this.writes.transaction(async (manager) => {
      if (await manager.exists(Attribute, { where: { name: dto.name } })) {
        throw AppError.conflict(`The attribute ${dto.name} exists already`, [{ path: 'name', message: 'is taken' }]);
      }
      const now = nowIso();
      const attribute: Attribute = {
        name: dto.name, kind: dto.kind, description: dto.description ?? null, allowedValues: dto.allowedValues ?? null,
        builtIn: false, createdAt: now, updatedAt: now,
      };
      await manager.insert(Attribute, attribute);
      await this.audit.record(manager, actor, 'create', 'attribute', attribute.name, null, attribute);
      return attribute;
    });
  }
}
