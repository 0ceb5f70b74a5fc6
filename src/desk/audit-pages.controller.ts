import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { FastifyReply } from 'fastify';
import { In, Repository } from 'typeorm';
import { AnyRole, CurrentDeskUser, DeskUser, ViaSession } from '../auth/access.decorator';
import { AuditService } from '../audit/audit.service';
import { ClaimsService } from '../claims/claims.service';
import { AppError } from '../common/app-error';
import { chunks } from '../common/chunks';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Contradiction } from '../contradictions/contradiction.entity';
import { DocumentsService } from '../documents/documents.service';
import { EventsService } from '../events/events.service';
import { Review } from '../reviews/review.entity';
import { SourcesService } from '../sources/sources.service';
import { UsersService } from '../users/users.service';
import { DeskAssets } from './desk-assets';
import { AuditPageQuery } from './dto/filters.query';
import { checked, filled, sendPage } from './respond';
import { AuditPage, auditPage } from './views/audit.view';

const RECORDS = ['event', 'claim', 'source', 'document'] as const;
const PAGE = 100;

/** The history of a record, or of an event with everything on it: who did what, when, before and after. */
@ApiExcludeController()
@Controller('desk/audit')
@ViaSession()
export class AuditPagesController {
  constructor(
    private readonly assets: DeskAssets,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly events: EventsService,
    private readonly claims: ClaimsService,
    private readonly sources: SourcesService,
    private readonly documents: DocumentsService,
    @InjectRepository(Review) private readonly reviews: Repository<Review>,
    @InjectRepository(Contradiction) private readonly contradictions: Repository<Contradiction>,
  ) {}

  @Get(':entity/:id')
  @AnyRole()
  async history(
    @Param('entity') entity: string, @Param('id', ParseIdPipe) id: string, @Query() raw: Record<string, unknown>,
    @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!(RECORDS as readonly string[]).includes(entity)) throw AppError.invalid('entity', `must be one of ${RECORDS.join(', ')}`);
    const query = await checked(AuditPageQuery, filled(raw));
    const filter = { action: query.action, entity: query.entity, actorId: query.actorId };
    const path = `/desk/audit/${entity}/${id}`;
    let page: Omit<AuditPage, 'entries' | 'actors' | 'filter' | 'path'>;
    let records: Array<{ entity: string; ids: string[] }>;
    let deletedClaimsOf: string | undefined;
    if (entity === 'event') {
      const event = await this.events.get(id);
      const claimIds = (await this.claims.allForEvent(id)).map((c) => c.id);
      const contradictionIds = (await this.contradictions.find({ select: { id: true }, where: { eventId: id } })).map((c) => c.id);
      records = [{ entity: 'event', ids: [id] }, { entity: 'claim', ids: claimIds }, { entity: 'review', ids: await this.reviewIds(claimIds) }, { entity: 'contradiction', ids: contradictionIds }];
      deletedClaimsOf = id;
      page = { title: event.title, back: { href: `/desk/events/${id}`, text: event.title }, kinds: ['event', 'claim', 'review', 'contradiction'] };
    } else if (entity === 'claim') {
      const claim = await this.claims.get(id);
      records = [{ entity: 'claim', ids: [id] }, { entity: 'review', ids: await this.reviewIds([id]) }];
      page = { title: `claim “${claim.text.slice(0, 80)}${claim.text.length > 80 ? '…' : ''}”`, back: { href: `/desk/claims/${id}`, text: 'Claim' }, kinds: ['claim', 'review'] };
    } else if (entity === 'source') {
      const source = await this.sources.get(id);
      records = [{ entity: 'source', ids: [id] }];
      page = { title: source.name, back: { href: `/desk/sources/${id}`, text: source.name }, kinds: ['source'] };
    } else {
      const document = await this.documents.get(id);
      records = [{ entity: 'document', ids: [id] }];
      page = { title: document.title, back: { href: `/desk/documents/${id}`, text: document.title }, kinds: ['document'] };
    }
    const entries = await this.audit.about(records, { ...filter, cursor: query.cursor, deletedClaimsOf }, query.limit ?? PAGE);
    const actors = await this.users.names([...entries.items.map((e) => e.actorId), query.actorId].filter((a): a is string => !!a));
    sendPage(reply, 200, auditPage(this.assets, user, { ...page, path, entries, actors, filter }));
  }

  private async reviewIds(claimIds: string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const part of chunks(claimIds, 500)) ids.push(...(await this.reviews.find({ select: { id: true }, where: { claimId: In(part) } })).map((r) => r.id));
    return ids;
  }
}
