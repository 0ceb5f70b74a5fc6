import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Attribute } from '../attributes/attribute.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { fold } from '../claims/fold';
import { AppError } from '../common/app-error';
import { nowIso } from '../common/columns';
import { newId } from '../common/ids';
import { touchAllEvents } from '../database/event-lock';
import { WriteQueue } from '../database/write-queue';
import { DetectionService } from '../contradictions/detection.service';
import { CreateTermDto } from './dto/create-term.dto';
import { Term } from './term.entity';

@Injectable()
export class TermsService {
  constructor(
    @InjectRepository(Term) private readonly terms: Repository<Term>,
    private readonly writes: WriteQueue,
    private readonly audit: AuditService,
    private readonly detection: DetectionService,
  ) {}

  async list(): Promise<{ items: Term[]; nextCursor: null }> {
    return { items: await this.terms.find({ order: { attribute: 'ASC', term: 'ASC' } }), nextCursor: null };
  }

  /** A new word on two terms changes how values compare: every event where that matters is recomputed. */
  async create(dto: CreateTermDto, actor: Actor): Promise<Term> {
    if (fold(dto.term) === fold(dto.of)) throw AppError.invalid('of', 'must be another term than term');
    return this.writes.transaction(async (manager) => {
      if (dto.attribute && !(await manager.exists(Attribute, { where: { name: dto.attribute } }))) {
        throw AppError.invalid('attribute', `unknown attribute "${dto.attribute}"`);
      }
      const now = nowIso();
      const term: Term = { id: newId(), attribute: dto.attribute ?? '', term: dto.term.trim(), relation: dto.relation, of: dto.of.trim(), createdAt: now, updatedAt: now };
      await manager.insert(Term, term);
      await this.audit.record(manager, actor, 'create', 'term', term.id, null, term);
      await this.detection.refreshVocabulary(manager, actor);
      // Terms weigh in how any event's values compare: every event's cached analysis is stale.
      await touchAllEvents(manager);
      return term;
    });
  }
}
