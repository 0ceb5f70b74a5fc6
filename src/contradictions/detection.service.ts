import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Attribute, AttributeKind } from '../attributes/attribute.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { canonicalValue, termKey, Vocabulary } from '../claims/canonical';
import { Facet } from '../claims/facet.entity';
import { fold } from '../claims/fold';
import { nowIso } from '../common/columns';
import { newId } from '../common/ids';
import { Source } from '../sources/source.entity';
import { Term } from '../vocabulary/term.entity';
import { Contradiction } from './contradiction.entity';
import { detectGroup, Detected, EventContext, Group, Holding } from './detect';

/** A group of facets: one attribute and subject of one event. */
export interface GroupKey {
  attribute: string;
  subjectKey: string;
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

const groupId = (g: GroupKey) => `${g.attribute}\u0000${g.subjectKey}`;

@Injectable()
export class DetectionService {
  constructor(private readonly audit: AuditService) {}

  /** Source names and aliases, and the terms editors declared, as one lookup. */
  async vocabulary(manager: EntityManager): Promise<Vocabulary> {
    const sources = await manager.find(Source, { select: { id: true, name: true, aliases: true } });
    const terms = await manager.find(Term);
    const vocabulary: Vocabulary = { sources: new Map(), equivalents: new Map(), narrower: new Map() };
    for (const source of sources) {
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
    return this.recompute(manager, eventId, 'all', actor);
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

    const holdingsQuery = manager
      .createQueryBuilder(Facet, 'f')
      .select('f.attribute', 'attribute')
      .addSelect('f.subjectKey', 'subjectKey')
      .addSelect('MIN(f.subject)', 'subject')
      .addSelect('f.valueKey', 'valueKey')
      .addSelect('MIN(f.valueText)', 'valueText')
      .addSelect('f.polarity', 'polarity')
      .addSelect('f.exclusive', 'exclusive')
      .addSelect('f.claimantId', 'claimantId')
      .addSelect('f.timeFrom', 'timeFrom')
      .addSelect('f.timeTo', 'timeTo')
      .addSelect('MIN(f.rangeMin)', 'rangeMin')
      .addSelect('MIN(f.rangeMax)', 'rangeMax')
      .addSelect('MIN(f.claimId)', 'firstClaimId')
      .where('f.eventId = :eventId', { eventId })
      .groupBy('f.attribute')
      .addGroupBy('f.subjectKey')
      .addGroupBy('f.valueKey')
      .addGroupBy('f.polarity')
      .addGroupBy('f.exclusive')
      .addGroupBy('f.claimantId')
      .addGroupBy('f.timeFrom')
      .addGroupBy('f.timeTo');
    if (attributes) holdingsQuery.andWhere('f.attribute IN (:...attributes)', { attributes });
    const rows = await holdingsQuery.getRawMany<Record<string, unknown>>();

    const built = new Map<string, Group>();
    for (const row of rows) {
      const key = { attribute: row.attribute as string, subjectKey: row.subjectKey as string };
      if (wanted && !wanted.has(groupId(key))) continue;
      let group = built.get(groupId(key));
      if (!group) {
        group = { ...key, subject: (row.subject as string | null) ?? null, kind: 'category', holdings: [] };
        built.set(groupId(key), group);
      }
      group.holdings.push({
        claimantId: row.claimantId as string,
        valueKey: row.valueKey as string,
        valueText: row.valueText as string,
        polarity: row.polarity as Holding['polarity'],
        exclusive: row.exclusive === true || row.exclusive === 1 || row.exclusive === '1',
        rangeMin: row.rangeMin === null ? null : Number(row.rangeMin),
        rangeMax: row.rangeMax === null ? null : Number(row.rangeMax),
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
    const context = await this.context(manager, eventId, built);

    const detected = new Map<string, { group: Group; found: Detected }>();
    for (const group of built.values()) {
      for (const found of detectGroup(group, context).contradictions) detected.set(found.identity, { group, found });
    }
    return this.store(manager, eventId, stored, detected, actor);
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

  private async kinds(manager: EntityManager, names: string[]): Promise<Map<string, AttributeKind>> {
    if (!names.length) return new Map();
    const rows = await manager.find(Attribute, { where: { name: In(names) }, select: { name: true, kind: true } });
    return new Map(rows.map((a) => [a.name, a.kind]));
  }

  /** The parties to the conflict that speak on this event, and short names for every claimant involved. */
  private async context(manager: EntityManager, eventId: string, groups: Map<string, Group>): Promise<EventContext> {
    const parties = await manager
      .createQueryBuilder()
      .select('c.sourceId', 'sourceId')
      .addSelect('MIN(c.id)', 'firstClaimId')
      .from('claims', 'c')
      .innerJoin('sources', 's', 's.id = c.sourceId')
      .where('c.eventId = :eventId', { eventId })
      .andWhere("s.stake = 'party_to_conflict'")
      .groupBy('c.sourceId')
      .getRawMany<{ sourceId: string; firstClaimId: string }>();
    const ids = new Set(parties.map((p) => p.sourceId));
    for (const group of groups.values()) for (const h of group.holdings) ids.add(h.claimantId);
    const sources = ids.size ? await manager.find(Source, { where: { id: In([...ids]) }, select: { id: true, name: true, aliases: true } }) : [];
    return {
      vocabulary: await this.vocabulary(manager),
      parties: new Map(parties.map((p) => [p.sourceId, p.firstClaimId])),
      names: new Map(sources.map((s) => [s.id, shortName(s)])),
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
        sideA: found.sideA,
        sideB: found.sideB,
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
      await this.audit.record(manager, actor, 'update', 'contradiction', existing.id, existing, reopen ? { ...after, reopenedBecause: 'the facets it rests on changed' } : after);
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
