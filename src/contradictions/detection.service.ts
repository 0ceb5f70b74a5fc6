import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Attribute, AttributeKind } from '../attributes/attribute.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { canonicalValue } from '../claims/canonical';
import { Claim } from '../claims/claim.entity';
import { Facet } from '../claims/facet.entity';
import { lockEvents } from '../database/event-lock';
import { Source } from '../sources/source.entity';
import { Contradiction } from './contradiction.entity';
import { FacetHolding } from './facet-holding.entity';
import { AddedClaim, Meanwhile } from './added-holdings';
import { lockCountAndCommit } from './fast-commit';
import { holdingsAfterLock } from './holdings-after-lock';
import { GroupCache } from './group-cache';
import { flagForReReview } from './re-review';
import { buildGroups, GroupKey, HoldingKey, readGroups, rebuildHoldings, refreshHoldings } from './holdings';
import { Group, groupId } from './positions';
import { Detected, EventContext } from './findings';
import { sideKey } from './independence';
import { detectGroup } from './rules';
import { NamedVocabulary, readVocabulary } from './source-vocabulary';
import { ContradictionChange, storeDetected, storedByRule } from './stored-contradictions';

/** A claim as it was or is, with its facets: what detection compares. */
export interface ClaimState {
  claim: Pick<Claim, 'eventId' | 'sourceId'>;
  facets: Array<Pick<Facet, 'attribute' | 'subjectKey'>>;
}

/**
 * Detection's one home: claims, imports, sources and terms tell it what changed, inside their own
 * transaction, and it brings the stored holdings and contradictions up to date.
 */
@Injectable()
export class DetectionService {
  /**
   * The vocabulary last read, with the token it was read under (table vocabulary_version, changed by
   * triggers on every source name, alias or term change). A write reads the token (one row by key) and
   * the whole vocabulary only when it changed: never all sources on every write.
   */
  private cached: { token: string; vocabulary: Promise<NamedVocabulary> } | null = null;

  /** The groups last read of recent events, for the next claims added to them (see GroupCache). */
  private readonly groups = new GroupCache();

  constructor(private readonly audit: AuditService) {}

  /**
   * Source names and aliases, and the terms editors declared, as one lookup; as this manager sees them.
   * `known` is the vocabulary's token when the caller read it already in this transaction.
   */
  async vocabulary(manager: EntityManager, known?: string): Promise<NamedVocabulary> {
    const rows: Array<{ token: string | number }> = known === undefined ? await manager.query('SELECT "token" FROM vocabulary_version WHERE "id" = 1') : [{ token: known }];
    const token = String(rows[0]?.token ?? '');
    if (this.cached && this.cached.token === token) return this.cached.vocabulary;
    const vocabulary = readVocabulary(manager);
    this.cached = { token, vocabulary };
    vocabulary.catch(() => {
      if (this.cached?.vocabulary === vocabulary) this.cached = null;
    });
    return vocabulary;
  }

  /** Kept for callers that changed sources or terms: the triggers already changed the token, so nothing is left to do. */
  forgetVocabulary(_manager: EntityManager): void {
    // The token moved with the change; the next read sees it.
  }

  /**
   * After a claim was created (before null), changed, or deleted (after null). Incremental: the
   * holdings of its claimant in the groups (attribute and subject on the event) its facets were or are
   * in are brought up to date, and only the groups whose holdings changed are recomputed; and when a
   * party to the conflict starts or stops speaking on the event, the set and boolean groups where its
   * silence counts.
   */
  async afterClaimChange(manager: EntityManager, actor: Actor | null, before: ClaimState | null, after: ClaimState | null): Promise<ContradictionChange[]> {
    return this.afterClaimsChange(manager, actor, [{ before, after }]);
  }

  /**
   * The same for several claims written in one transaction (a batch of new claims on one event): the
   * groups of all of them are recomputed once. `arrived` counts, per speaker, the claims that are new
   * here, so a party's first claims on the event are known as its arrival however many came at once.
   */
  async afterClaimsChange(manager: EntityManager, actor: Actor | null, claims: Array<{ before: ClaimState | null; after: ClaimState | null }>): Promise<ContradictionChange[]> {
    const touched = new Map<string, HoldingKey[]>();
    const speakers = new Map<string, { eventId: string; claimantId: string; was: boolean; is: boolean; arrived: number }>();
    for (const { before, after } of claims) {
      for (const [state, present] of [[before, false], [after, true]] as const) {
        if (!state?.claim.eventId) continue;
        const { eventId, sourceId } = state.claim;
        const keys = touched.get(eventId) ?? [];
        for (const facet of state.facets) keys.push({ attribute: facet.attribute, subjectKey: facet.subjectKey, claimantId: sourceId });
        touched.set(eventId, keys);
        const speaker = speakers.get(`${eventId}|${sourceId}`) ?? { eventId, claimantId: sourceId, was: false, is: false, arrived: 0 };
        if (present) speaker.is = true;
        else speaker.was = true;
        if (present && !(before?.claim.eventId === eventId && before.claim.sourceId === sourceId)) speaker.arrived++;
        speakers.set(`${eventId}|${sourceId}`, speaker);
      }
    }
    // Callers lock first; this keeps detection serialised per event if one forgets (a no-op otherwise).
    await lockEvents(manager, [...touched.keys()]);
    const changes: ContradictionChange[] = [];
    for (const [eventId, keys] of touched) {
      const groups = new Map((await refreshHoldings(manager, eventId, keys)).map((g) => [groupId(g), g]));
      for (const speaker of [...speakers.values()].filter((s) => s.eventId === eventId && s.was !== s.is)) {
        if (!(await this.silenceMayChange(manager, eventId, speaker.claimantId, speaker.is, speaker.arrived))) continue;
        for (const g of await this.silenceGroups(manager, eventId)) groups.set(groupId(g), g);
      }
      changes.push(...(await this.recompute(manager, eventId, [...groups.values()], actor)));
    }
    return changes;
  }

  /**
   * After new claims on one event (a batch written together): the same result as `afterClaimsChange`
   * with no `before`, but their holdings are added to the stored ones (see mergeHoldings) rather than
   * aggregated again from the facets, and the parties among the speakers are found in one read.
   */
  async afterClaimsAdded(manager: EntityManager, actor: Actor | null, eventId: string, added: AddedClaim[], meanwhile?: Meanwhile): Promise<ContradictionChange[] | 'changed meanwhile'> {
    const revision = (await lockEvents(manager, [eventId])).get(eventId);
    // Their holdings added, the parties among the claimants (a party's first claims end its silence) and, on PostgreSQL, what changed meanwhile: one statement there.
    const { holdings, parties, changed } = await holdingsAfterLock(manager, eventId, added, meanwhile);
    if (changed) return 'changed meanwhile';
    const groups = new Map(holdings.groups.map((g) => [groupId(g), g]));
    const arrived = new Map<string, number>();
    for (const { claim } of added) arrived.set(claim.sourceId, (arrived.get(claim.sourceId) ?? 0) + 1);
    if (parties.some((p) => p.claims <= (arrived.get(p.id) ?? 0))) {
      for (const g of await this.silenceGroups(manager, eventId)) groups.set(groupId(g), g);
    }
    const wanted = [...groups.values()];
    const read = await this.groups.read(manager, eventId, revision, wanted, holdings, added.flatMap((a) => a.facets));
    // On PostgreSQL the read after the lock found the vocabulary's token unchanged: it need not be read again.
    return this.recompute(manager, eventId, wanted, actor, () => buildGroups(manager, read.rows, read.words), meanwhile?.vocabularyToken);
  }

  /**
   * On PostgreSQL, new claims on one event in one round trip: `lead` writes them and locks the event
   * (see writeAndLockText), and when they only count once more on holdings their claimants have, the
   * same round trip counts them and commits (see lockCountAndCommit). Answers whether it committed;
   * if not, the event is locked and the caller goes on with afterClaimsAdded.
   */
  async addedAndCommitted(manager: EntityManager, eventId: string, lead: string, added: AddedClaim[], meanwhile: Meanwhile): Promise<boolean> {
    const counted = await lockCountAndCommit(manager, eventId, lead, added, meanwhile);
    if (!('committed' in counted)) return false;
    // What it wrote serves the next write on the event (no read: no group is wanted).
    await this.groups.read(manager, eventId, counted.revision, [], counted.committed, added.flatMap((a) => a.facets));
    return true;
  }

  /** After a transaction that called `afterClaimsAdded` or `addedAndCommitted` committed: what it read serves the next write on the event. */
  committed(manager: EntityManager): void {
    this.groups.committed(manager);
  }

  /** Whether the event holds no claim of this claimant but its `newClaims` new ones. */
  private async firstClaimsOf(manager: EntityManager, eventId: string, claimantId: string, newClaims: number): Promise<boolean> {
    const claims = (await manager.find(Claim, { where: { eventId, sourceId: claimantId }, select: { id: true }, take: newClaims + 1 })).length;
    return claims <= newClaims;
  }

  /**
   * A party to the conflict whose first claim on the event arrived, or one of whose claims left (its
   * silence may begin, or its earliest claim, which stands for its silence, may change).
   */
  private async silenceMayChange(manager: EntityManager, eventId: string, claimantId: string, arrived: boolean, newClaims = 1): Promise<boolean> {
    if (!(await manager.exists(Source, { where: { id: claimantId, stake: 'party_to_conflict' } }))) return false;
    if (!arrived) return true;
    return this.firstClaimsOf(manager, eventId, claimantId, newClaims);
  }

  /** The set and boolean groups of an event, where a party's silence counts, and those holding an omission. */
  private async silenceGroups(manager: EntityManager, eventId: string): Promise<GroupKey[]> {
    const held = await manager
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
    return [...held, ...stored].map((g) => ({ attribute: g.attribute, subjectKey: g.subjectKey }));
  }

  /** Recomputes every group of an event: the result equals what incremental detection has stored. */
  async recomputeEvent(manager: EntityManager, eventId: string, actor: Actor | null): Promise<ContradictionChange[]> {
    await lockEvents(manager, [eventId]);
    await rebuildHoldings(manager, eventId);
    return this.recompute(manager, eventId, 'all', actor);
  }

  /**
   * Recomputes the contradictions of some groups of one event, inside the caller's transaction, and
   * stores the difference; claims with a verdict on a new or reopened side go back to a reviewer.
   */
  private async recompute(
    manager: EntityManager, eventId: string, groups: GroupKey[] | 'all', actor: Actor | null,
    read = () => readGroups(manager, eventId, groups), vocabularyToken?: string,
  ): Promise<ContradictionChange[]> {
    if (groups !== 'all' && groups.length === 0) return [];
    const built = await read();
    const stored = await storedByRule(manager, eventId, groups);
    const context = await this.context(manager, eventId, vocabularyToken);
    const detected = new Map<string, { group: Group; found: Detected }>();
    for (const group of built.values()) {
      for (const found of detectGroup(group, context).contradictions) detected.set(found.identity, { group, found });
    }
    const changes = await storeDetected(manager, this.audit, eventId, stored, detected, actor);
    for (const { change, contradiction } of changes) {
      if (change === 'created' || change === 'reopened') await this.flagForReReview(manager, contradiction, actor);
    }
    return changes;
  }

  /** Claims with a verdict on the sides of a new or reopened contradiction go back to a reviewer (re-review.ts). */
  flagForReReview(manager: EntityManager, contradiction: Contradiction, actor: Actor | null): Promise<void> {
    return flagForReReview(manager, this.audit, contradiction, actor);
  }

  /**
   * After source names, aliases or stakes, or the terms, change: facet values are compared anew and the
   * events whose facets now compare differently (or where the source speaks) are recomputed.
   */
  async refreshVocabulary(manager: EntityManager, actor: Actor | null, sourceId?: string): Promise<void> {
    const vocabulary = await this.vocabulary(manager);
    const facets = await manager
      .createQueryBuilder(Facet, 'f')
      .innerJoin(Attribute, 'a', 'a.name = f.attribute')
      .addSelect('a.kind', 'kind')
      .where("a.kind IN ('category', 'set')")
      .getRawAndEntities<{ kind: AttributeKind }>();
    const events = new Set<string>();
    const changed: Array<{ id: string; valueKey: string; valueText: string }> = [];
    for (const [index, facet] of facets.entities.entries()) {
      const canonical = canonicalValue(facets.raw[index].kind, facet.attribute, facet.value, vocabulary);
      // A value naming the source compares by its side too (its camp): the events it is named in are compared again.
      if (sourceId && facet.eventId && facet.valueKey === `src:${sourceId}`) events.add(facet.eventId);
      if (canonical.valueKey === facet.valueKey && canonical.valueText === facet.valueText) continue;
      changed.push({ id: facet.id, valueKey: canonical.valueKey, valueText: canonical.valueText });
      if (facet.eventId) events.add(facet.eventId);
    }
    if (sourceId) for (const eventId of await this.eventsOf(manager, sourceId)) events.add(eventId);
    // Every event whose facets change is locked (in id order) before the first facet is written.
    await lockEvents(manager, [...events]);
    for (const c of changed) await manager.update(Facet, { id: c.id }, { valueKey: c.valueKey, valueText: c.valueText });
    for (const eventId of [...events].sort()) await this.recomputeEvent(manager, eventId, actor);
  }

  /** The events a source speaks on (as claimant or conveyor). */
  async eventsOf(manager: EntityManager, sourceId: string): Promise<string[]> {
    const spoken = await manager.createQueryBuilder().select('c.eventId', 'eventId').distinct(true).from('claims', 'c')
      .where('(c.sourceId = :sourceId OR c.conveyedById = :sourceId) AND c.eventId IS NOT NULL', { sourceId }).getRawMany<{ eventId: string }>();
    return spoken.map((row) => row.eventId);
  }

  /** The parties to the conflict that speak on this event, and short names for every claimant involved. */
  private async context(manager: EntityManager, eventId: string, vocabularyToken?: string): Promise<EventContext> {
    // The event's parties, their first claims and their sides in one statement (one round trip under the lock).
    const parties = await manager
      .createQueryBuilder()
      .select('c.sourceId', 'sourceId')
      .addSelect('MIN(c.id)', 'firstClaimId')
      .addSelect('(SELECT s2.side FROM sources s2 WHERE s2.id = c.sourceId)', 'side') // a join: 6x slower on SQLite
      .from('claims', 'c')
      .where('c.eventId = :eventId', { eventId })
      .andWhere("c.sourceId IN (SELECT s.id FROM sources s WHERE s.stake = 'party_to_conflict')")
      .groupBy('c.sourceId')
      .getRawMany<{ sourceId: string; firstClaimId: string; side: string | null }>();
    const vocabulary = await this.vocabulary(manager, vocabularyToken);
    return {
      vocabulary,
      parties: new Map(parties.map((p) => [p.sourceId, p.firstClaimId])),
      sides: new Map(parties.map((p) => [p.sourceId, sideKey({ id: p.sourceId, side: p.side }, vocabulary.sources)])),
      names: vocabulary.names,
    };
  }
}
