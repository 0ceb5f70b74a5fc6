import { EntityManager, In } from 'typeorm';
import { Attribute, AttributeKind } from '../attributes/attribute.entity';
import { Claim } from '../claims/claim.entity';
import { Facet } from '../claims/facet.entity';
import { MAGNITUDES, VAGUE_QUANTITIES } from '../claims/quantity';
import { chunks } from '../common/chunks';
import { newId } from '../common/ids';
import { bulkInsert } from '../database/bulk-insert';
import { FacetHolding } from './facet-holding.entity';
import { Group, groupId, Holding } from './positions';
import { STATED_TIME_ATTRIBUTES } from './time';

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
 * answers the groups whose holdings changed in a way detection can see (a value, a scope, when it was
 * said, the earliest claim), so that only those are recomputed.
 */
export async function refreshHoldings(manager: EntityManager, eventId: string, keys: HoldingKey[]): Promise<GroupKey[]> {
  const changed = new Map<string, GroupKey>();
  for (const key of new Map(keys.map((k) => [`${groupId(k)}\u0000${k.claimantId}`, k])).values()) {
    const before = await manager.find(FacetHolding, { where: { eventId, attribute: key.attribute, subjectKey: key.subjectKey, claimantId: key.claimantId } });
    const after = await aggregate(manager, eventId, key);
    const seen = (rows: FacetHolding[]) => rows.map((h) => [h.valueKey, h.polarity, h.exclusive, h.timeFrom, h.timeTo, h.statedFrom, h.statedTo, h.firstClaimId].join('|')).sort().join('\n');
    if (before.length) await manager.delete(FacetHolding, { id: In(before.map((h) => h.id)) });
    if (after.length) await manager.insert(FacetHolding, after);
    if (seen(before) !== seen(after)) changed.set(groupId(key), { attribute: key.attribute, subjectKey: key.subjectKey });
  }
  return [...changed.values()];
}

/** Holdings from the facets: of one claimant in one group, or of the whole event; statement times only where they count. */
async function aggregate(manager: EntityManager, eventId: string, key: HoldingKey | null): Promise<FacetHolding[]> {
  const state = key ? STATED_TIME_ATTRIBUTES.includes(key.attribute) : null;
  return [
    ...(state !== true ? await aggregated(manager, eventId, key, false) : []),
    ...(state !== false ? await aggregated(manager, eventId, key, true) : []),
  ];
}

async function aggregated(manager: EntityManager, eventId: string, key: HoldingKey | null, withTimes: boolean): Promise<FacetHolding[]> {
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
  } else {
    query.andWhere(`f.attribute ${withTimes ? 'IN' : 'NOT IN'} (:...states)`, { states: STATED_TIME_ATTRIBUTES });
  }
  if (withTimes) {
    query.innerJoin(Claim, 'c', 'c.id = f.claimId')
      .addSelect('MIN(c.statedAt)', 'statedFrom')
      .addSelect('MAX(c.statedAt)', 'statedTo')
      .addSelect('SUM(CASE WHEN c.statedAt IS NULL THEN 1 ELSE 0 END)', 'unstated');
  }
  const rows = await query.getRawMany<Record<string, unknown>>();
  return rows.map((row) => {
    // Known only when every claim behind it says when.
    const said = withTimes && Number(row.unstated) === 0;
    return {
      id: newId(),
      eventId,
      ...holdingOf(row),
      statedFrom: said ? (row.statedFrom as string) : null,
      statedTo: said ? (row.statedTo as string) : null,
      claims: Number(row.claims),
    };
  });
}

/** A holding's fields as a raw row gives them (booleans differ by database). */
function holdingOf(row: Record<string, unknown>): HoldingRow {
  return {
    attribute: row.attribute as string,
    subjectKey: row.subjectKey as string,
    claimantId: row.claimantId as string,
    valueKey: row.valueKey as string,
    polarity: row.polarity as string,
    exclusive: isTrue(row.exclusive),
    timeFrom: (row.timeFrom as string | null) ?? null,
    timeTo: (row.timeTo as string | null) ?? null,
    statedFrom: (row.statedFrom as string | null) ?? null,
    statedTo: (row.statedTo as string | null) ?? null,
    firstClaimId: row.firstClaimId as string,
  };
}

/** A stored holding as detection reads it. */
export type HoldingRow = Pick<FacetHolding, 'attribute' | 'subjectKey' | 'claimantId' | 'valueKey' | 'polarity' | 'exclusive' | 'timeFrom' | 'timeTo' | 'statedFrom' | 'statedTo' | 'firstClaimId'>;

/** The stored holdings of some groups of an event (or all). */
export async function readGroupRows(manager: EntityManager, eventId: string, groups: GroupKey[] | 'all'): Promise<HoldingRow[]> {
  const wanted = groups === 'all' ? null : new Set(groups.map(groupId));
  const attributes = groups === 'all' ? null : [...new Set(groups.map((g) => g.attribute))];
  const columns = ['attribute', 'subjectKey', 'claimantId', 'valueKey', 'polarity', 'exclusive', 'timeFrom', 'timeTo', 'statedFrom', 'statedTo', 'firstClaimId'];
  const query = manager.createQueryBuilder(FacetHolding, 'h')
    .select(columns.map((c) => `h.${c} AS "${c}"`))
    .where('h.eventId = :eventId', { eventId });
  if (attributes) query.andWhere('h.attribute IN (:...attributes)', { attributes });
  return (await query.getRawMany<Record<string, unknown>>())
    .filter((row) => !wanted || wanted.has(groupId(row as unknown as GroupKey)))
    .map(holdingOf);
}

/** Some groups of an event (or all), as detection reads them: holdings with the words and range of each value. */
export async function readGroups(manager: EntityManager, eventId: string, groups: GroupKey[] | 'all'): Promise<Map<string, Group>> {
  const rows = await readGroupRows(manager, eventId, groups);
  return buildGroups(manager, rows, await valueWords(manager, eventId, rows));
}

/**
 * Groups from holdings and the words of their values. A group's subject is written as the earliest
 * claim of the group wrote it (its subject key is the same for all).
 */
export async function buildGroups(manager: EntityManager, rows: HoldingRow[], words: Map<string, Words>): Promise<Map<string, Group>> {
  const built = new Map<string, Group>();
  const named = new Map<string, string>();
  for (const row of rows) {
    const key = { attribute: row.attribute, subjectKey: row.subjectKey };
    const value = words.get(wordsKey(row))!;
    let group = built.get(groupId(key));
    if (!group) {
      group = { ...key, subject: value.subject, kind: 'category', holdings: [] };
      built.set(groupId(key), group);
      named.set(groupId(key), value.claimId);
    } else if (value.claimId < named.get(groupId(key))!) {
      group.subject = value.subject;
      named.set(groupId(key), value.claimId);
    }
    group.holdings.push({
      claimantId: row.claimantId,
      valueKey: row.valueKey,
      valueText: value.byClaimant?.get(row.claimantId) ?? value.valueText,
      polarity: row.polarity as Holding['polarity'],
      exclusive: row.exclusive,
      rangeMin: value.rangeMin,
      rangeMax: value.rangeMax,
      timeFrom: row.timeFrom,
      timeTo: row.timeTo,
      statedFrom: row.statedFrom,
      statedTo: row.statedTo,
      firstClaimId: row.firstClaimId,
    });
  }
  const kinds = await kindsOf(manager, [...new Set([...built.values()].map((g) => g.attribute))]);
  for (const group of built.values()) group.kind = kinds.get(group.attribute) ?? 'category';
  return built;
}

/** Where the words of a value are kept: its group and value key. */
export const wordsKey = (row: { attribute: string; subjectKey: string; valueKey: string }) => `${groupId(row)}\u0000${row.valueKey}`;

/** A value's words as its earliest claim (`claimId`) wrote them; for vague ranges, each claimant's own words too. */
export type Words = Pick<Facet, 'valueText' | 'rangeMin' | 'rangeMax' | 'subject' | 'claimId'> & { byClaimant?: Map<string, string> };

/**
 * The words, range and subject of each value, read from the earliest facet that holds it. Where a
 * range is also one of vague words ("several" is 3-9), each claimant's own words are read too, since
 * vague words and a figure of that range are two positions.
 */
export async function valueWords(manager: EntityManager, eventId: string, rows: HoldingRow[]): Promise<Map<string, Words>> {
  const first = new Map<string, string>();
  for (const row of rows) {
    const key = wordsKey(row);
    const claimId = row.firstClaimId;
    if (!first.has(key) || claimId < first.get(key)!) first.set(key, claimId);
  }
  const words = new Map<string, Words>();
  for (const part of chunks([...new Set(first.values())], 500)) {
    const facets = await manager.find(Facet, {
      where: { claimId: In(part) },
      select: { claimId: true, attribute: true, subjectKey: true, valueKey: true, valueText: true, rangeMin: true, rangeMax: true, subject: true },
    });
    for (const f of facets) {
      const key = `${groupId(f)}\u0000${f.valueKey}`;
      if (first.get(key) === f.claimId) words.set(key, { valueText: f.valueText, rangeMin: f.rangeMin, rangeMax: f.rangeMax, subject: f.subject, claimId: f.claimId });
    }
  }
  const shared = [...words.entries()].filter(([, w]) => isVagueRange(w));
  for (const part of chunks(shared, 100)) {
    // One seek per value on idx_claim_facets_value (event, attribute, subject, value), not a scan of the event's facets.
    const values = part.map(([key]) => key.split('\u0000'));
    const parameters: Record<string, string> = { eventId };
    const which = values.map(([attribute, subjectKey, valueKey], i) => {
      Object.assign(parameters, { [`a${i}`]: attribute, [`s${i}`]: subjectKey, [`v${i}`]: valueKey });
      return `(f.attribute = :a${i} AND f.subjectKey = :s${i} AND f.valueKey = :v${i})`;
    });
    const texts = await manager.createQueryBuilder(Facet, 'f')
      .select(['attribute', 'subjectKey', 'valueKey', 'claimantId'].map((c) => `f.${c} AS "${c}"`))
      .addSelect('MIN(f.valueText)', 'valueText')
      .where(`f.eventId = :eventId AND (${which.join(' OR ')})`, parameters)
      .groupBy('f.attribute').addGroupBy('f.subjectKey').addGroupBy('f.valueKey').addGroupBy('f.claimantId')
      .getRawMany<{ attribute: string; subjectKey: string; valueKey: string; claimantId: string; valueText: string }>();
    for (const t of texts) {
      const w = words.get(`${groupId(t)}\u0000${t.valueKey}`);
      if (w) (w.byClaimant ??= new Map()).set(t.claimantId, t.valueText);
    }
  }
  return words;
}

/** Whether a value's range is also one of vague words: each claimant's own words are then kept. */
export const isVagueRange = (w: Pick<Words, 'rangeMin' | 'rangeMax'>) => w.rangeMin !== null && VAGUE_RANGES.has(`${w.rangeMin}:${w.rangeMax}`);

/** The ranges vague words read as ("several" 3-9, "enormous" at least 10), as `min:max`. */
const VAGUE_RANGES = new Set([...Object.values(VAGUE_QUANTITIES).map(([min, max]) => `${min}:${max}`), ...Object.values(MAGNITUDES).map((r) => `${r.min}:${r.max}`)]);

async function kindsOf(manager: EntityManager, names: string[]): Promise<Map<string, AttributeKind>> {
  if (!names.length) return new Map();
  const rows = await manager.find(Attribute, { where: { name: In(names) }, select: { name: true, kind: true } });
  return new Map(rows.map((a) => [a.name, a.kind]));
}
