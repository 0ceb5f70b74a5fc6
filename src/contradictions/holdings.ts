import { EntityManager, In } from 'typeorm';
import { Attribute, AttributeKind } from '../attributes/attribute.entity';
import { Facet } from '../claims/facet.entity';
import { chunks } from '../common/chunks';
import { newId } from '../common/ids';
import { bulkInsert } from '../database/bulk-insert';
import { FacetHolding } from './facet-holding.entity';
import { Group, groupId, Holding } from './positions';

/**
 * The stored holdings of an event (one claimant holding one value in one group), kept with every facet
 * change, and read back as the groups detection works on.
 */

/** A group of facets: one attribute and subject of one event. */
export interface GroupKey {
  attribute: string;
  subjectKey: string;
}

/** One claimant's facets in one group. */
export interface HoldingKey extends GroupKey {
  claimantId: string;
}

const isTrue = (value: unknown) => value === true || value === 1 || value === '1';

/** The holdings of an event, rebuilt from its facets. */
export async function rebuildHoldings(manager: EntityManager, eventId: string): Promise<void> {
  await manager.delete(FacetHolding, { eventId });
  await bulkInsert(manager, FacetHolding, await aggregate(manager, eventId, null));
}

/**
 * Brings the holdings of some claimants in some groups up to date after their facets changed, and
 * answers the groups whose holdings changed in a way detection can see (a value, a scope, the
 * earliest claim), so that only those are recomputed.
 */
export async function refreshHoldings(manager: EntityManager, eventId: string, keys: HoldingKey[]): Promise<GroupKey[]> {
  const changed = new Map<string, GroupKey>();
  for (const key of new Map(keys.map((k) => [`${groupId(k)}\u0000${k.claimantId}`, k])).values()) {
    const before = await manager.find(FacetHolding, { where: { eventId, attribute: key.attribute, subjectKey: key.subjectKey, claimantId: key.claimantId } });
    const after = await aggregate(manager, eventId, key);
    const seen = (rows: FacetHolding[]) => rows.map((h) => [h.valueKey, h.polarity, h.exclusive, h.timeFrom, h.timeTo, h.firstClaimId].join('|')).sort().join('\n');
    if (before.length) await manager.delete(FacetHolding, { id: In(before.map((h) => h.id)) });
    if (after.length) await manager.insert(FacetHolding, after);
    if (seen(before) !== seen(after)) changed.set(groupId(key), { attribute: key.attribute, subjectKey: key.subjectKey });
  }
  return [...changed.values()];
}

async function aggregate(manager: EntityManager, eventId: string, key: HoldingKey | null): Promise<FacetHolding[]> {
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
    exclusive: isTrue(row.exclusive),
    timeFrom: (row.timeFrom as string | null) ?? null,
    timeTo: (row.timeTo as string | null) ?? null,
    firstClaimId: row.firstClaimId as string,
    claims: Number(row.claims),
  }));
}

/** Some groups of an event (or all), as detection reads them: holdings with the words and range of each value. */
export async function readGroups(manager: EntityManager, eventId: string, groups: GroupKey[] | 'all'): Promise<Map<string, Group>> {
  const wanted = groups === 'all' ? null : new Set(groups.map(groupId));
  const attributes = groups === 'all' ? null : [...new Set(groups.map((g) => g.attribute))];
  const query = manager.createQueryBuilder(FacetHolding, 'h')
    .select(['attribute', 'subjectKey', 'claimantId', 'valueKey', 'polarity', 'exclusive', 'timeFrom', 'timeTo', 'firstClaimId'].map((c) => `h.${c} AS "${c}"`))
    .where('h.eventId = :eventId', { eventId });
  if (attributes) query.andWhere('h.attribute IN (:...attributes)', { attributes });
  const rows = (await query.getRawMany<Record<string, unknown>>())
    .filter((row) => !wanted || wanted.has(groupId(row as unknown as GroupKey)));
  const words = await valueWords(manager, rows);

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
      exclusive: isTrue(row.exclusive),
      rangeMin: value.rangeMin,
      rangeMax: value.rangeMax,
      timeFrom: (row.timeFrom as string | null) ?? null,
      timeTo: (row.timeTo as string | null) ?? null,
      firstClaimId: row.firstClaimId as string,
    });
  }
  const kinds = await kindsOf(manager, [...new Set([...built.values()].map((g) => g.attribute))]);
  for (const group of built.values()) group.kind = kinds.get(group.attribute) ?? 'category';
  return built;
}

/** The words, range and subject of each value, read from the earliest facet that holds it. */
async function valueWords(manager: EntityManager, rows: Array<Record<string, unknown>>) {
  const first = new Map<string, string>();
  for (const row of rows) {
    const key = `${groupId({ attribute: row.attribute as string, subjectKey: row.subjectKey as string })}\u0000${row.valueKey as string}`;
    const claimId = row.firstClaimId as string;
    if (!first.has(key) || claimId < first.get(key)!) first.set(key, claimId);
  }
  const words = new Map<string, Pick<Facet, 'valueText' | 'rangeMin' | 'rangeMax' | 'subject'>>();
  for (const part of chunks([...new Set(first.values())], 500)) {
    const facets = await manager.find(Facet, {
      where: { claimId: In(part) },
      select: { claimId: true, attribute: true, subjectKey: true, valueKey: true, valueText: true, rangeMin: true, rangeMax: true, subject: true },
    });
    for (const f of facets) {
      const key = `${groupId(f)}\u0000${f.valueKey}`;
      if (first.get(key) === f.claimId) words.set(key, { valueText: f.valueText, rangeMin: f.rangeMin, rangeMax: f.rangeMax, subject: f.subject });
    }
  }
  return words;
}

async function kindsOf(manager: EntityManager, names: string[]): Promise<Map<string, AttributeKind>> {
  if (!names.length) return new Map();
  const rows = await manager.find(Attribute, { where: { name: In(names) }, select: { name: true, kind: true } });
  return new Map(rows.map((a) => [a.name, a.kind]));
}
