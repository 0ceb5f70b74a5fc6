import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Attribute } from '../attributes/attribute.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { AppError, ErrorCode, ErrorDetail } from '../common/app-error';
import { chunks } from '../common/chunks';
import { FacetValue, isoTime, nowIso } from '../common/columns';
import { groupBy } from '../common/group-by';
import { newId } from '../common/ids';
import { containsPattern, DEFAULT_PAGE_SIZE, Page } from '../common/pagination';
import { WriteQueue } from '../database/write-queue';
import { Document } from '../documents/document.entity';
import { Event } from '../events/event.entity';
import { Source } from '../sources/source.entity';
import { Contradiction } from '../contradictions/contradiction.entity';
import { Review } from '../reviews/review.entity';
import { Claim } from './claim.entity';
import { ClaimFields, claimRow, conveyedByItself } from './claim-row';
import { CreateClaimDto, FacetDto } from './dto/create-claim.dto';
import { ListClaimsQuery } from './dto/list-claims.dto';
import { UpdateClaimDto } from './dto/update-claim.dto';
import { ContradictionChange, DetectionService, GroupKey, HoldingKey } from '../contradictions/detection.service';
import { FacetHolding } from '../contradictions/facet-holding.entity';
import { Vocabulary } from './canonical';
import { facetRows } from './facet-rows';
import { Facet } from './facet.entity';
import { anchorQuote, QuoteAnchor } from './quote-anchor';

export interface FacetView {
  attribute: string;
  subject: string | null;
  value: FacetValue;
  polarity: Facet['polarity'];
  exclusive: boolean;
  timeScope: { from: string | null; to: string | null } | null;
}

export interface ClaimView {
  id: string;
  sourceId: string;
  conveyedById: string | null;
  documentId: string | null;
  eventId: string | null;
  text: string;
  quote: QuoteAnchor | null;
  originalText: string | null;
  language: string | null;
  statedAt: string | null;
  facets: FacetView[];
  version: number;
  status: string;
  verdictById: string | null;
  verdictAt: string | null;
  reviewDisagreement: boolean;
  needsReReview: boolean;
  reReviewContradictionId: string | null;
  createdAt: string;
  updatedAt: string;
}

export function presentFacet(facet: Facet): FacetView {
  return {
    attribute: facet.attribute,
    subject: facet.subject,
    value: facet.value,
    polarity: facet.polarity,
    exclusive: facet.exclusive,
    timeScope: facet.timeFrom || facet.timeTo ? { from: facet.timeFrom, to: facet.timeTo } : null,
  };
}

export function presentClaim(claim: Claim, facets: Facet[]): ClaimView {
  return {
    id: claim.id,
    sourceId: claim.sourceId,
    conveyedById: claim.conveyedById,
    documentId: claim.documentId,
    eventId: claim.eventId,
    text: claim.text,
    quote: claim.quoteExact === null
      ? null
      : { exact: claim.quoteExact, prefix: claim.quotePrefix, suffix: claim.quoteSuffix, start: claim.quoteStart, end: claim.quoteEnd },
    originalText: claim.originalText,
    language: claim.language,
    statedAt: claim.statedAt,
    facets: facets.map(presentFacet),
    version: claim.version,
    status: claim.status,
    verdictById: claim.verdictById,
    verdictAt: claim.verdictAt,
    reviewDisagreement: claim.reviewDisagreement,
    needsReReview: claim.needsReReview,
    reReviewContradictionId: claim.reReviewContradictionId,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
  };
}


/** `If-Match: "3"`, `W/"3"` or `3`: the claim version the client saw. */
export function parseVersion(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw AppError.invalid('if-match', 'must be the claim version, such as "3"');
  return Number(match[1]);
}

@Injectable()
export class ClaimsService {
  constructor(
    @InjectRepository(Claim) private readonly claims: Repository<Claim>,
    @InjectRepository(Facet) private readonly facets: Repository<Facet>,
    private readonly writes: WriteQueue,
    private readonly audit: AuditService,
    private readonly detection: DetectionService,
  ) {}

  async create(dto: CreateClaimDto, actor: Actor): Promise<ClaimView> {
    return this.writes.transaction((manager) => this.insert(manager, dto, actor));
  }

  /** Inside a caller's transaction: imports and accepted extractions add claims the same way. */
  async insert(manager: EntityManager, dto: CreateClaimDto, actor: Actor): Promise<ClaimView> {
    const now = nowIso();
    const fields = await this.checkedFields(manager, dto, null);
    const claim = claimRow(fields, newId(), now);
    const facets = await this.checkedFacets(manager, claim, dto.facets ?? []);
    await manager.insert(Claim, claim);
    if (facets.length) await manager.insert(Facet, facets);
    const view = presentClaim(claim, facets);
    await this.audit.record(manager, actor, 'create', 'claim', claim.id, null, view);
    await this.detect(manager, actor, null, { claim, facets });
    return view;
  }

  async get(id: string): Promise<ClaimView> {
    const claim = await this.claims.findOne({ where: { id } });
    if (!claim) throw AppError.notFound('claim', id);
    return presentClaim(claim, await this.facets.find({ where: { claimId: id }, order: { ordinal: 'ASC' } }));
  }

  async list(query: ListClaimsQuery): Promise<Page<ClaimView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.claims.createQueryBuilder('claim').orderBy('claim.id', 'ASC').take(limit + 1);
    if (query.eventId) builder.andWhere('claim.eventId = :eventId', { eventId: query.eventId });
    if (query.sourceId) builder.andWhere('claim.sourceId = :sourceId', { sourceId: query.sourceId });
    if (query.documentId) builder.andWhere('claim.documentId = :documentId', { documentId: query.documentId });
    if (query.q) {
      builder.andWhere("(LOWER(claim.text) LIKE :q ESCAPE '\\' OR LOWER(claim.quoteExact) LIKE :q ESCAPE '\\')", { q: containsPattern(query.q) });
    }
    if (query.cursor) builder.andWhere('claim.id > :cursor', { cursor: query.cursor });
    const rows = await builder.getMany();
    const shown = rows.slice(0, limit);
    const facets = shown.length
      ? await this.facets.find({ where: { claimId: In(shown.map((claim) => claim.id)) }, order: { claimId: 'ASC', ordinal: 'ASC' } })
      : [];
    const byClaim = groupBy(facets, (facet) => facet.claimId);
    return {
      items: shown.map((claim) => presentClaim(claim, byClaim.get(claim.id) ?? [])),
      nextCursor: rows.length > limit ? shown[shown.length - 1].id : null,
    };
  }

  /** Every claim of an event, whole, oldest first: two queries, however many claims. */
  async allForEvent(eventId: string): Promise<ClaimView[]> {
    const claims = await this.claims.find({ where: { eventId }, order: { id: 'ASC' } });
    const facets = groupBy(await this.facets.find({ where: { eventId }, order: { claimId: 'ASC', ordinal: 'ASC' } }), (f) => f.claimId);
    return claims.map((claim) => presentClaim(claim, facets.get(claim.id) ?? []));
  }

  /** Claims by id, whole, in the order asked. */
  async views(ids: string[]): Promise<ClaimView[]> {
    if (!ids.length) return [];
    const claims = new Map((await this.claims.find({ where: { id: In(ids) } })).map((claim) => [claim.id, claim]));
    const facets = groupBy(await this.facets.find({ where: { claimId: In(ids) }, order: { claimId: 'ASC', ordinal: 'ASC' } }), (f) => f.claimId);
    return ids.filter((id) => claims.has(id)).map((id) => presentClaim(claims.get(id)!, facets.get(id) ?? []));
  }

  /** The claims already made from a document, by the offsets of their quotes (`start:end`). */
  async quotedIn(documentId: string): Promise<Map<string, string>> {
    const rows = await this.claims.find({ select: { id: true, quoteStart: true, quoteEnd: true }, where: { documentId } });
    return new Map(rows.filter((c) => c.quoteStart !== null).map((c) => [`${c.quoteStart}:${c.quoteEnd}`, c.id]));
  }

  /** How many claims each event has. */
  async countsByEvent(eventIds: string[]): Promise<Map<string, number>> {
    const counts = new Map(eventIds.map((id) => [id, 0]));
    for (const part of chunks(eventIds, 500)) {
      const rows = await this.claims.createQueryBuilder('c').select('c.eventId', 'eventId').addSelect('COUNT(*)', 'claims')
        .where('c.eventId IN (:...part)', { part }).groupBy('c.eventId').getRawMany<{ eventId: string; claims: string | number }>();
      for (const row of rows) counts.set(row.eventId, Number(row.claims));
    }
    return counts;
  }

  async listForEvent(eventId: string, query: ListClaimsQuery): Promise<Page<ClaimView>> {
    if (!(await this.claims.manager.exists(Event, { where: { id: eventId } }))) throw AppError.notFound('event', eventId);
    return this.list({ ...query, eventId });
  }

  /** A change the client made from version N lands only while the claim is still at N (checked in the UPDATE itself). */
  async update(id: string, dto: UpdateClaimDto, actor: Actor, expectedVersion?: number): Promise<ClaimView> {
    return this.writes.transaction(async (manager) => {
      const before = await manager.findOne(Claim, { where: { id } });
      if (!before) throw AppError.notFound('claim', id);
      const beforeFacets = await manager.find(Facet, { where: { claimId: id }, order: { ordinal: 'ASC' } });
      const seen = expectedVersion ?? before.version;
      const fields = await this.checkedFields(manager, dto, before);
      const claim = { ...before, ...fields };
      const facets = dto.facets === undefined
        ? beforeFacets.map((facet) => ({ ...facet, eventId: claim.eventId, claimantId: claim.sourceId }))
        : await this.checkedFacets(manager, claim, dto.facets);
      const updatedAt = nowIso();
      const result = await manager
        .createQueryBuilder()
        .update(Claim)
        .set({ ...fields, updatedAt, version: () => 'version + 1' })
        .where('id = :id AND version = :seen', { id, seen })
        .execute();
      if (!result.affected) throw this.versionConflict(before, seen);
      if (dto.facets !== undefined) {
        await manager.delete(Facet, { claimId: id });
        if (facets.length) await manager.insert(Facet, facets);
      } else if (claim.eventId !== before.eventId || claim.sourceId !== before.sourceId) {
        await manager.update(Facet, { claimId: id }, { eventId: claim.eventId, claimantId: claim.sourceId });
      }
      const after = presentClaim({ ...claim, updatedAt, version: seen + 1 }, facets);
      await this.audit.record(manager, actor, 'update', 'claim', id, presentClaim(before, beforeFacets), after);
      await this.detect(manager, actor, { claim: before, facets: beforeFacets }, { claim, facets });
      return after;
    });
  }

  async remove(id: string, actor: Actor, expectedVersion?: number): Promise<void> {
    await this.writes.transaction(async (manager) => {
      const before = await manager.findOne(Claim, { where: { id } });
      if (!before) throw AppError.notFound('claim', id);
      const facets = await manager.find(Facet, { where: { claimId: id }, order: { ordinal: 'ASC' } });
      const reviews = await manager.count(Review, { where: { claimId: id } });
      if (reviews > 0) {
        throw new AppError(ErrorCode.InUse, `The claim has ${reviews} review(s); reviews are kept, so the claim stays`, [
          { path: 'id', message: 'claim has reviews' },
        ]);
      }
      const seen = expectedVersion ?? before.version;
      const result = await manager.createQueryBuilder().delete().from(Claim).where('id = :id AND version = :seen', { id, seen }).execute();
      if (!result.affected) throw this.versionConflict(before, seen);
      await this.audit.record(manager, actor, 'delete', 'claim', id, presentClaim(before, facets), null);
      await this.detect(manager, actor, { claim: before, facets }, null);
    });
  }

  private versionConflict(current: Claim, seen: number): AppError {
    return new AppError(
      ErrorCode.VersionConflict,
      `The claim changed since you read it: you saw version ${seen}, it is now at version ${current.version}`,
      [{ path: 'version', message: `is ${current.version}, not ${seen}` }],
      { currentVersion: current.version, status: current.status },
    );
  }

  /**
   * Detection, incremental: the holdings of this claimant in the groups (attribute and subject on the
   * event) its facets were or are in are brought up to date, and only the groups whose holdings
   * changed are recomputed; and when a party to the conflict starts or stops speaking on the event,
   * the set and boolean groups where its silence counts.
   */
  private async detect(
    manager: EntityManager,
    actor: Actor,
    before: { claim: Claim; facets: Facet[] } | null,
    after: { claim: Claim; facets: Facet[] } | null,
  ): Promise<ContradictionChange[]> {
    const touched = new Map<string, HoldingKey[]>();
    const speakers = new Map<string, { eventId: string; claimantId: string; was: boolean; is: boolean }>();
    for (const [side, facets, present] of [[before?.claim, before?.facets, false], [after?.claim, after?.facets, true]] as const) {
      if (!side?.eventId) continue;
      const keys = touched.get(side.eventId) ?? [];
      for (const facet of facets ?? []) keys.push({ attribute: facet.attribute, subjectKey: facet.subjectKey, claimantId: side.sourceId });
      touched.set(side.eventId, keys);
      const speaker = `${side.eventId}|${side.sourceId}`;
      const entry = speakers.get(speaker) ?? { eventId: side.eventId, claimantId: side.sourceId, was: false, is: false };
      if (present) entry.is = true;
      else entry.was = true;
      speakers.set(speaker, entry);
    }
    const changes: ContradictionChange[] = [];
    for (const [eventId, keys] of touched) {
      const groups = new Map((await this.detection.refreshHoldings(manager, eventId, keys)).map((g) => [`${g.attribute}\u0000${g.subjectKey}`, g]));
      for (const speaker of [...speakers.values()].filter((s) => s.eventId === eventId && s.was !== s.is)) {
        if (!(await this.silenceMayChange(manager, speaker.eventId, speaker.claimantId, speaker.is))) continue;
        const silenceGroups = await manager
          .createQueryBuilder(FacetHolding, 'h')
          .select('h.attribute', 'attribute')
          .addSelect('h.subjectKey', 'subjectKey')
          .distinct(true)
          .innerJoin(Attribute, 'a', 'a.name = h.attribute')
          .where('h.eventId = :eventId', { eventId })
          .andWhere("a.kind IN ('set', 'boolean')")
          .getRawMany<GroupKey>();
        // Omissions whose groups no longer hold a facet are found through what is stored.
        const stored = await manager.createQueryBuilder(Contradiction, 'c').select(['c.attribute', 'c.subjectKey'])
          .where('c.eventId = :eventId AND c.kind = :kind', { eventId, kind: 'omission' }).getMany();
        for (const g of [...silenceGroups, ...stored]) groups.set(`${g.attribute}\u0000${g.subjectKey}`, { attribute: g.attribute, subjectKey: g.subjectKey });
      }
      changes.push(...(await this.detection.recompute(manager, eventId, [...groups.values()], actor)));
    }
    return changes;
  }

  /**
   * A party to the conflict whose first claim on the event arrived, or one of whose claims left (its
   * silence may begin, or its earliest claim, which stands for its silence, may change).
   */
  private async silenceMayChange(manager: EntityManager, eventId: string, claimantId: string, arrived: boolean): Promise<boolean> {
    if (!(await manager.exists(Source, { where: { id: claimantId, stake: 'party_to_conflict' } }))) return false;
    if (!arrived) return true;
    const claims = (await manager.find(Claim, { where: { eventId, sourceId: claimantId }, select: { id: true }, take: 2 })).length;
    return claims === 1;
  }

  /** The claim's own fields, with every reference checked to exist and the quote anchored in the document. */
  private async checkedFields(manager: EntityManager, dto: UpdateClaimDto, before: Claim | null): Promise<ClaimFields> {
    const pick = <K extends keyof ClaimFields>(key: K, value: ClaimFields[K] | undefined): ClaimFields[K] =>
      value === undefined ? (before ? before[key] : (null as ClaimFields[K])) : value;
    const sourceId = pick('sourceId', dto.sourceId);
    const conveyedById = pick('conveyedById', dto.conveyedById);
    const documentId = pick('documentId', dto.documentId);
    const eventId = pick('eventId', dto.eventId);
    const problems: ErrorDetail[] = [];
    const exists = async (entity: typeof Source | typeof Document | typeof Event, path: string, id: string | null, what: string) => {
      if (id !== null && !(await manager.exists(entity, { where: { id } }))) problems.push({ path, message: `no ${what} with this id` });
    };
    await exists(Source, 'sourceId', sourceId, 'source');
    await exists(Source, 'conveyedById', conveyedById, 'source');
    await exists(Event, 'eventId', eventId, 'event');
    await exists(Document, 'documentId', documentId, 'document');
    const itself = conveyedByItself({ sourceId: sourceId!, conveyedById });
    if (itself) problems.push(itself);

    let quote: QuoteAnchor | null = before?.quoteExact
      ? { exact: before.quoteExact, prefix: before.quotePrefix, suffix: before.quoteSuffix, start: before.quoteStart, end: before.quoteEnd }
      : null;
    const documentChanged = before !== null && dto.documentId !== undefined && dto.documentId !== before.documentId;
    if (dto.quote === null) quote = null;
    if ((dto.quote || (documentChanged && quote)) && problems.length === 0) {
      const input = dto.quote ?? { exact: quote!.exact, prefix: quote!.prefix ?? undefined, suffix: quote!.suffix ?? undefined };
      const document = documentId ? await manager.findOne(Document, { where: { id: documentId }, select: { id: true, text: true } }) : null;
      const anchored = anchorQuote(input, document?.text ?? null);
      if ('problem' in anchored) problems.push(anchored.problem);
      else quote = anchored.anchor;
    }
    if (problems.length) throw AppError.validation(problems);

    return {
      sourceId: sourceId!,
      conveyedById,
      documentId,
      eventId,
      text: dto.text !== undefined ? dto.text.trim() : before!.text,
      quoteExact: quote?.exact ?? null,
      quotePrefix: quote?.prefix ?? null,
      quoteSuffix: quote?.suffix ?? null,
      quoteStart: quote?.start ?? null,
      quoteEnd: quote?.end ?? null,
      originalText: pick('originalText', dto.originalText),
      language: pick('language', dto.language),
      statedAt: dto.statedAt === undefined ? (before?.statedAt ?? null) : isoTime(dto.statedAt),
    };
  }

  /** Facet rows, each checked against its attribute; every problem is named by its facet's position. */
  private async checkedFacets(manager: EntityManager, claim: Pick<Claim, 'id' | 'eventId' | 'sourceId'>, inputs: FacetDto[]): Promise<Facet[]> {
    const names = [...new Set(inputs.map((facet) => facet.attribute))];
    const attributes = names.length ? await manager.find(Attribute, { where: { name: In(names) } }) : [];
    const needsVocabulary = attributes.some((attribute) => attribute.kind === 'category' || attribute.kind === 'set');
    const vocabulary: Vocabulary | null = needsVocabulary ? await this.detection.vocabulary(manager) : null;
    const { rows, problems } = facetRows(claim, inputs, new Map(attributes.map((attribute) => [attribute.name, attribute])), vocabulary);
    if (problems.length) throw AppError.validation(problems);
    return rows;
  }

}
