import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Claim } from '../claims/claim.entity';
import { Attribute, AttributeKind } from '../attributes/attribute.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { canonicalValue, termKey, Vocabulary } from '../claims/canonical';
import { Facet } from '../claims/facet.entity';
import { fold } from '../claims/fold';
import { nowIso } from '../common/columns';
import { newId } from '../common/ids';
import { bulkInsert } from '../database/bulk-insert';
import { Source } from '../sources/source.entity';
import { Term } from '../vocabulary/term.entity';
import { Contradiction } from './contradiction.entity';
import { FacetHolding } from './facet-holding.entity';
import { detectGroup, Detected, EventContext, Group, Holding, onSide, Side } from './detect';

/** A group of facets: one attribute and subject of one event. */
export interface GroupKey {
  attribute: string;
  subjectKey: string;
}

/** One claimant's facets in one group. */
export interface HoldingKey extends GroupKey {
  claimantId: string;
}

/** What a recomputation did to a stored contradiction; the review workflow reacts to these. */
export interface ContradictionChange {
  change: 'created' | 'reopened' | 'updated' | 'removed';
  contradiction: Contradiction;
}

/** The short name a source goes by in explanations: its first alias (JNIM), else its name. */
export function shortName(source: Pick<Source, 'name' | 'aliases'>): string {
  return source.aliases[0] ?? source.name;
}

/**
 * A side as stored: which claims make it up, not the list of its sources, which is read from the facets
 * (it can run to hundreds and changes with every new source); only the silent parties are listed.
 */
function storedSide(side: Side): Side {
  return 'silent' in side.match ? side : { ...side, sourceIds: [] };
}

const groupId = (g: GroupKey) => `${g.attribute}\u0000${g.subjectKey}`;

@Injectable()
export class DetectionService {
  /** One vocabulary per transaction: it is read once however many claims the transaction writes. */
  private readonly vocabularies = new WeakMap<EntityManager, Promise<Vocabulary & { names: Map<string, string> }>>();

  constructor(private readonly audit: AuditService) {}

  /** Source names and aliases, and the terms editors declared, as one lookup. */
  vocabulary(manager: EntityManager): Promise<Vocabulary & { names: Map<string, string> }> {
    let vocabulary = this.vocabularies.get(manager);
    if (!vocabulary) {
      vocabulary = this.readVocabulary(manager);
      this.vocabularies.set(manager, vocabulary);
    }
    return vocabulary;
  }

  /** Called when sources or terms change inside a transaction. */
  forgetVocabulary(manager: EntityManager): void {
    this.vocabularies.delete(manager);
  }

  private async readVocabulary(manager: EntityManager): Promise<Vocabulary & { names: Map<string, string> }> {
    const sources = await manager.find(Source, { select: { id: true, name: true, aliases: true } });
    const terms = await manager.find(Term);
    const vocabulary = { sources: new Map<string, string>(), equivalents: new Map<string, string>(), narrower: new Map<string, Set<string>>(), names: new Map<string, string>() };
    for (const source of sources) {
      vocabulary.names.set(source.id, shortName(source));
      for (const name of [source.name, ...source.aliases]) {
        const key = fold(name);
        if (key && !vocabulary.sources.has(key)) vocabulary.sources.set(key, source.id);
      }
    }
    for (const term of terms.filter((t) => t.relation === 'equivalent')) {
      vocabulary.equivalents.set(`${term.attribute}|${fold(term.term)}`, fold(term.of));
    }
    // Broader terms are linked by their canonical keys, after equivalents and source names are known.
    for (const term of terms.filter((t) => t.relation === 'broader')) {
      const broad = termKey(vocabulary, term.attribute, term.term);
      const narrow = termKey(vocabulary, term.attribute, term.of);
      vocabulary.narrower.set(broad, new Set([...(vocabulary.narrower.get(broad) ?? []), narrow]));
    }
    return vocabulary;
  }

  /** Recomputes every group of an event: the result equals what incremental detection has stored. */
  async recomputeEvent(manager: EntityManager, eventId: string, actor: Actor | null): Promise<ContradictionChange[]> {
    await this.rebuildHoldings(manager, eventId);
    return this.recompute(manager, eventId, 'all', actor);
  }

  /** The holdings of an event, rebuilt from its facets. */
  async rebuildHoldings(manager: EntityManager, eventId: string): Promise<void> {
    await manager.delete(FacetHolding, { eventId });
    await bulkInsert(manager, FacetHolding, await this.aggregate(manager, eventId, null));
  }

  /**
   * Brings the holdings of some claimants in some groups up to date after their facets changed, and
   * answers the groups whose holdings changed in a way detection can see (a value, a scope, the
   * earliest claim), so that only those are recomputed.
   */
  async refreshHoldings(manager: EntityManager, eventId: string, keys: HoldingKey[]): Promise<GroupKey[]> {
    const changed = new Map<string, GroupKey>();
    for (const key of new Map(keys.map((k) => [`${groupId(k)}\u0000${k.claimantId}`, k])).values()) {
      const before = await manager.find(FacetHolding, { where: { eventId, attribute: key.attribute, subjectKey: key.subjectKey, claimantId: key.claimantId } });
      const after = await this.aggregate(manager, eventId, key);
      const seen = (rows: FacetHolding[]) => rows.map((h) => [h.valueKey, h.polarity, h.exclusive, h.timeFrom, h.timeTo, h.firstClaimId].join('|')).sort().join('\n');
      if (before.length) await manager.delete(FacetHolding, { id: In(before.map((h) => h.id)) });
      if (after.length) await manager.insert(FacetHolding, after);
      if (seen(before) !== seen(after)) changed.set(groupId(key), { attribute: key.attribute, subjectKey: key.subjectKey });
    }
    return [...changed.values()];
  }

  private async aggregate(manager: EntityManager, eventId: string, key: HoldingKey | null): Promise<FacetHolding[]> {
    const query = manager
      .createQueryBuilder(Facet, 'f')
      .select('f.attribute', 'attribute')
      .addSelect('f.subjectKey', 'subjectKey')
      .addSelect('f.claimantId', 'claimantId')
      .addSelect('f.valueKey', 'valueKey')
      .addSelect('f.polarity', 'polarity')
      .addSelect('f.exclusive', 'exclusive')
      .addSelect('f.timeFrom', 'timeFrom')
      .addSelect('f.timeTo', 'timeTo')
      .addSelect('MIN(f.claimId)', 'firstClaimId')
      .addSelect('COUNT(*)', 'claims')
      .where('f.eventId = :eventId', { eventId })
      .groupBy('f.attribute')
      .addGroupBy('f.subjectKey')
      .addGroupBy('f.claimantId')
      .addGroupBy('f.valueKey')
      .addGroupBy('f.polarity')
      .addGroupBy('f.exclusive')
      .addGroupBy('f.timeFrom')
      .addGroupBy('f.timeTo');
    if (key) {
      query.andWhere('f.attribute = :attribute AND f.subjectKey = :subjectKey AND f.claimantId = :claimantId', key);
    }
    const rows = await query.getRawMany<Record<string, unknown>>();
    return rows.map((row) => ({
      id: newId(),
      eventId,
      attribute: row.attribute as string,
      subjectKey: row.subjectKey as string,
      claimantId: row.claimantId as string,
      valueKey: row.valueKey as string,
      polarity: row.polarity as string,
      exclusive: row.exclusive === true || row.exclusive === 1 || row.exclusive === '1',
      timeFrom: (row.timeFrom as string | null) ?? null,
      timeTo: (row.timeTo as string | null) ?? null,
      firstClaimId: row.firstClaimId as string,
      claims: Number(row.claims),
    }));
  }

  /**
   * Recomputes the contradictions of some groups of one event, inside the caller's transaction, and
   * stores the difference: new ones open, vanished ones removed, changed ones updated, and a triaged
   * one reopened when the values or sources it rests on changed.
   */
  async recompute(manager: EntityManager, eventId: string, groups: GroupKey[] | 'all', actor: Actor | null): Promise<ContradictionChange[]> {
    if (groups !== 'all' && groups.length === 0) return [];
    const wanted = groups === 'all' ? null : new Set(groups.map(groupId));
    const attributes = groups === 'all' ? null : [...new Set(groups.map((g) => g.attribute))];

    const holdingsQuery = manager.createQueryBuilder(FacetHolding, 'h')
      .select(['attribute', 'subjectKey', 'claimantId', 'valueKey', 'polarity', 'exclusive', 'timeFrom', 'timeTo', 'firstClaimId'].map((c) => `h.${c} AS "${c}"`))
      .where('h.eventId = :eventId', { eventId });
    if (attributes) holdingsQuery.andWhere('h.attribute IN (:...attributes)', { attributes });
    const rows = (await holdingsQuery.getRawMany<Record<string, unknown>>())
      .filter((row) => !wanted || wanted.has(groupId(row as unknown as GroupKey)));
    const words = await this.valueWords(manager, rows);

    const built = new Map<string, Group>();
    for (const row of rows) {
      const key = { attribute: row.attribute as string, subjectKey: row.subjectKey as string };
      const value = words.get(`${groupId(key)}\u0000${row.valueKey as string}`)!;
      let group = built.get(groupId(key));
      if (!group) {
        group = { ...key, subject: value.subject, kind: 'category', holdings: [] };
        built.set(groupId(key), group);
      }
      group.holdings.push({
        claimantId: row.claimantId as string,
        valueKey: row.valueKey as string,
        valueText: value.valueText,
        polarity: row.polarity as Holding['polarity'],
        exclusive: row.exclusive === true || row.exclusive === 1 || row.exclusive === '1',
        rangeMin: value.rangeMin,
        rangeMax: value.rangeMax,
        timeFrom: (row.timeFrom as string | null) ?? null,
        timeTo: (row.timeTo as string | null) ?? null,
        firstClaimId: row.firstClaimId as string,
      });
    }

    const storedQuery = manager.createQueryBuilder(Contradiction, 'c')
      .where('c.eventId = :eventId', { eventId })
      .andWhere("c.detectedBy LIKE 'rule:%'");
    if (attributes) storedQuery.andWhere('c.attribute IN (:...attributes)', { attributes });
    const stored = (await storedQuery.getMany()).filter((c) => !wanted || wanted.has(groupId(c)));

    const kinds = await this.kinds(manager, [...new Set([...built.values()].map((g) => g.attribute))]);
    for (const group of built.values()) group.kind = kinds.get(group.attribute) ?? 'category';
    const context = await this.context(manager, eventId);

    const detected = new Map<string, { group: Group; found: Detected }>();
    for (const group of built.values()) {
      for (const found of detectGroup(group, context).contradictions) detected.set(found.identity, { group, found });
    }
    const changes = await this.store(manager, eventId, stored, detected, actor);
    for (const { change, contradiction } of changes) {
      if (change === 'created' || change === 'reopened') await this.flagForReReview(manager, contradiction, actor);
    }
    return changes;
  }

  /**
   * A new or reopened contradiction of high or medium severity puts every claim on its sides that
   * already has a verdict back in front of a reviewer; the claim's version grows, so a review written
   * against what was read before is refused.
   */
  async flagForReReview(manager: EntityManager, contradiction: Contradiction, actor: Actor | null): Promise<void> {
    if (contradiction.severity === 'low') return;
    // Only claims with a verdict can need another look: find those first, then which of them are on a side.
    const withVerdict = await manager.createQueryBuilder(Claim, 'c')
      .select(['c.id', 'c.version', 'c.needsReReview', 'c.reReviewContradictionId'])
      .where("c.eventId = :eventId AND (c.status < 'unreviewed' OR c.status > 'unreviewed')", { eventId: contradiction.eventId })
      .getMany();
    if (!withVerdict.length) return;
    const onSides = new Set<string>();
    for (let i = 0; i < withVerdict.length; i += 500) {
      const facets = await manager.find(Facet, {
        where: { claimId: In(withVerdict.slice(i, i + 500).map((c) => c.id)), attribute: contradiction.attribute, subjectKey: contradiction.subjectKey },
        select: { claimId: true, valueKey: true, valueText: true, polarity: true, exclusive: true },
      });
      for (const f of facets) if (onSide(contradiction.sideA.match, f) || onSide(contradiction.sideB.match, f)) onSides.add(f.claimId);
    }
    const reviewed = withVerdict.filter((claim) => onSides.has(claim.id));
    const now = nowIso();
    for (const claim of reviewed) {
      await manager.createQueryBuilder().update(Claim)
        .set({ needsReReview: true, reReviewContradictionId: contradiction.id, version: () => 'version + 1', updatedAt: now })
        .where('id = :id', { id: claim.id }).execute();
      await this.audit.record(manager, actor, 'update', 'claim', claim.id,
        { needsReReview: claim.needsReReview, reReviewContradictionId: claim.reReviewContradictionId, version: claim.version },
        { needsReReview: true, reReviewContradictionId: contradiction.id, version: claim.version + 1, because: contradiction.explanation });
    }
  }

  /**
   * After source names, aliases or stakes, or the terms, change: facet values are compared anew and the
   * events whose facets now compare differently (or where the source speaks) are recomputed.
   */
  async refreshVocabulary(manager: EntityManager, actor: Actor | null, sourceId?: string): Promise<void> {
    this.forgetVocabulary(manager);
    const vocabulary = await this.vocabulary(manager);
    const facets = await manager
      .createQueryBuilder(Facet, 'f')
      .innerJoin(Attribute, 'a', 'a.name = f.attribute')
      .addSelect('a.kind', 'kind')
      .where("a.kind IN ('category', 'set')")
      .getRawAndEntities<{ kind: AttributeKind }>();
    const events = new Set<string>();
    for (const [index, facet] of facets.entities.entries()) {
      const canonical = canonicalValue(facets.raw[index].kind, facet.attribute, facet.value, vocabulary);
      if (canonical.valueKey === facet.valueKey && canonical.valueText === facet.valueText) continue;
      await manager.update(Facet, { id: facet.id }, { valueKey: canonical.valueKey, valueText: canonical.valueText });
      if (facet.eventId) events.add(facet.eventId);
    }
    if (sourceId) {
      const spoken = await manager.createQueryBuilder().select('c.eventId', 'eventId').distinct(true).from('claims', 'c')
        .where('(c.sourceId = :sourceId OR c.conveyedById = :sourceId) AND c.eventId IS NOT NULL', { sourceId }).getRawMany<{ eventId: string }>();
      for (const row of spoken) events.add(row.eventId);
    }
    for (const eventId of [...events].sort()) await this.recomputeEvent(manager, eventId, actor);
  }

  /** The words, range and subject of each value, read from the earliest facet that holds it. */
  private async valueWords(manager: EntityManager, rows: Array<Record<string, unknown>>) {
    const first = new Map<string, string>();
    for (const row of rows) {
      const key = `${groupId({ attribute: row.attribute as string, subjectKey: row.subjectKey as string })}\u0000${row.valueKey as string}`;
      const claimId = row.firstClaimId as string;
      if (!first.has(key) || claimId < first.get(key)!) first.set(key, claimId);
    }
    const words = new Map<string, Pick<Facet, 'valueText' | 'rangeMin' | 'rangeMax' | 'subject'>>();
    const claimIds = [...new Set(first.values())];
    for (let i = 0; i < claimIds.length; i += 500) {
      const facets = await manager.find(Facet, {
        where: { claimId: In(claimIds.slice(i, i + 500)) },
        select: { claimId: true, attribute: true, subjectKey: true, valueKey: true, valueText: true, rangeMin: true, rangeMax: true, subject: true },
      });
      for (const f of facets) {
        const key = `${groupId(f)}\u0000${f.valueKey}`;
        if (first.get(key) === f.claimId) words.set(key, { valueText: f.valueText, rangeMin: f.rangeMin, rangeMax: f.rangeMax, subject: f.subject });
      }
    }
    return words;
  }

  private async kinds(manager: EntityManager, names: string[]): Promise<Map<string, AttributeKind>> {
    if (!names.length) return new Map();
    const rows = await manager.find(Attribute, { where: { name: In(names) }, select: { name: true, kind: true } });
    return new Map(rows.map((a) => [a.name, a.kind]));
  }

  /** The parties to the conflict that speak on this event, and short names for every claimant involved. */
  private async context(manager: EntityManager, eventId: string): Promise<EventContext> {
    const parties = await manager
      .createQueryBuilder()
      .select('c.sourceId', 'sourceId')
      .addSelect('MIN(c.id)', 'firstClaimId')
      .from('claims', 'c')
      .where('c.eventId = :eventId', { eventId })
      .andWhere("c.sourceId IN (SELECT s.id FROM sources s WHERE s.stake = 'party_to_conflict')")
      .groupBy('c.sourceId')
      .getRawMany<{ sourceId: string; firstClaimId: string }>();
    const vocabulary = await this.vocabulary(manager);
    return {
      vocabulary,
      parties: new Map(parties.map((p) => [p.sourceId, p.firstClaimId])),
      names: vocabulary.names,
    };
  }

  private async store(
    manager: EntityManager,
    eventId: string,
    stored: Contradiction[],
    detected: Map<string, { group: Group; found: Detected }>,
    actor: Actor | null,
  ): Promise<ContradictionChange[]> {
    const changes: ContradictionChange[] = [];
    const now = nowIso();
    const byIdentity = new Map(stored.map((c) => [c.identity, c]));
    for (const [identity, { group, found }] of detected) {
      const fields = {
        kind: found.kind,
        severity: found.severity,
        explanation: found.explanation,
        fingerprint: found.fingerprint,
        sideA: storedSide(found.sideA),
        sideB: storedSide(found.sideB),
        claimAId: found.sideA.firstClaimId,
        claimBId: found.sideB.firstClaimId,
        subject: group.subject,
      };
      const existing = byIdentity.get(identity);
      if (!existing) {
        const row: Contradiction = {
          id: newId(), eventId, attribute: group.attribute, subjectKey: group.subjectKey, identity, status: 'open', note: null,
          detectedBy: `rule:${found.kind}`, triagedById: null, triagedAt: null, createdAt: now, updatedAt: now, ...fields,
        };
        await manager.insert(Contradiction, row);
        await this.audit.record(manager, actor, 'create', 'contradiction', row.id, null, row);
        changes.push({ change: 'created', contradiction: row });
        continue;
      }
      const moved = existing.fingerprint !== found.fingerprint;
      const same = !moved && existing.explanation === found.explanation && existing.severity === found.severity
        && existing.claimAId === fields.claimAId && existing.claimBId === fields.claimBId;
      if (same) continue;
      // Triage holds while the values and sources it rests on stay the same; when they change, a person looks again.
      const reopen = moved && existing.status !== 'open';
      const after: Contradiction = { ...existing, ...fields, status: reopen ? 'open' : existing.status, updatedAt: now };
      await manager.update(Contradiction, { id: existing.id }, { ...fields, status: after.status, updatedAt: now });
      // The sides are read from the facets; the entry keeps what a person reads: status, severity, explanation.
      const brief = (c: Contradiction) => ({ status: c.status, severity: c.severity, explanation: c.explanation, fingerprint: c.fingerprint, claimAId: c.claimAId, claimBId: c.claimBId });
      await this.audit.record(manager, actor, 'update', 'contradiction', existing.id, brief(existing), reopen ? { ...brief(after), reopenedBecause: 'the facets it rests on changed' } : brief(after));
      changes.push({ change: reopen ? 'reopened' : 'updated', contradiction: after });
    }
    for (const gone of stored.filter((c) => !detected.has(c.identity))) {
      await manager.delete(Contradiction, { id: gone.id });
      await this.audit.record(manager, actor, 'delete', 'contradiction', gone.id, gone, null);
      changes.push({ change: 'removed', contradiction: gone });
    }
    return changes;
  }
}
