import { EntityManager, In } from 'typeorm';
import { Claim } from '../claims/claim.entity';
import { Facet } from '../claims/facet.entity';
import { newId } from '../common/ids';
import { bulkInsert } from '../database/bulk-insert';
import { FacetHolding } from './facet-holding.entity';
import { GroupKey } from './holdings';
import { groupId } from './positions';
import { STATED_TIME_ATTRIBUTES } from './time';

/** New claims with their facets, as written: what their holdings are made of. */
export interface AddedClaim {
  claim: Pick<Claim, 'id' | 'sourceId' | 'statedAt'>;
  facets: Facet[];
}

/** What adding them did: the groups detection must look at again, and the holdings replaced and written. */
export interface AddedHoldings {
  groups: GroupKey[];
  replaced: FacetHolding[];
  written: FacetHolding[];
}

/** What makes one holding: a claimant, a value and a time scope in one group. */
export const holdingKey = (h: Pick<FacetHolding, 'attribute' | 'subjectKey' | 'claimantId' | 'valueKey' | 'polarity' | 'exclusive' | 'timeFrom' | 'timeTo'>) =>
  [h.attribute, h.subjectKey, h.claimantId, h.valueKey, h.polarity, h.exclusive ? 1 : 0, h.timeFrom ?? '', h.timeTo ?? ''].join('\u0000');

/** What detection sees of a holding (not how many claims stand behind it). */
const seen = (h: FacetHolding) => [h.valueKey, h.polarity, h.exclusive, h.timeFrom, h.timeTo, h.statedFrom, h.statedTo, h.firstClaimId].join('|');

const earlier = (a: string, b: string) => (b < a ? b : a);

/**
 * The holdings of new claims, added to the stored ones (`stored`, read under the event's lock) without
 * reading the event's facets: a facet joins its claimant's holding of the same value (one more claim;
 * the earliest claim and, for states of affairs and tolls, the statement times widened) or makes a new one. The
 * result is what `refreshHoldings` (an aggregate over the facets) gives: statement times are known only
 * while every claim behind says when, so a stored holding without them stays without. Answers the
 * groups whose holdings changed in a way detection can see, so that only those are recomputed; a
 * holding that only counts one more claim changes nothing there. Pure: `idOf` names each new holding
 * (by its key); nothing is written.
 */
export function mergeHoldings(eventId: string, added: AddedClaim[], stored: FacetHolding[], idOf: (key: string) => string = () => newId()): AddedHoldings {
  const facets = added.flatMap(({ claim, facets }) => facets.map((facet) => ({ facet, claim })));
  const byKey = new Map(stored.map((h) => [holdingKey(h), h]));
  const before = new Map<string, string>();
  const changed = new Map<string, FacetHolding>();
  for (const { facet, claim } of facets) {
    const key = holdingKey(facet);
    const current = changed.get(key) ?? byKey.get(key);
    if (current && !changed.has(key)) before.set(key, seen(current));
    const withTimes = STATED_TIME_ATTRIBUTES.includes(facet.attribute);
    // A stored holding of a state of affairs or a toll without statement times has a claim that does not say when
    // (migration 1766800000000 gave the tolls stored before it their times).
    const unstated = withTimes && ((current !== undefined && current.statedFrom === null) || claim.statedAt === null);
    const stated = (pick: (a: string, b: string) => string, was: string | null | undefined) =>
      (!withTimes || unstated ? null : was ? pick(was, claim.statedAt!) : claim.statedAt);
    changed.set(key, {
      id: idOf(key), eventId, attribute: facet.attribute, subjectKey: facet.subjectKey, claimantId: facet.claimantId, valueKey: facet.valueKey,
      polarity: facet.polarity, exclusive: facet.exclusive, timeFrom: facet.timeFrom, timeTo: facet.timeTo,
      statedFrom: stated(earlier, current?.statedFrom), statedTo: stated((a, b) => (b > a ? b : a), current?.statedTo),
      firstClaimId: current ? earlier(current.firstClaimId, claim.id) : claim.id,
      claims: (current?.claims ?? 0) + 1,
    });
  }
  const groups = new Map<string, GroupKey>();
  for (const [key, holding] of changed) {
    if (before.get(key) !== seen(holding)) groups.set(groupId(holding), { attribute: holding.attribute, subjectKey: holding.subjectKey });
  }
  return { groups: [...groups.values()], replaced: [...before.keys()].map((key) => byKey.get(key)!), written: [...changed.values()] };
}

/**
 * The holdings of new claims added to the stored ones (see mergeHoldings) and written: one statement on
 * PostgreSQL (the replaced holdings deleted in the INSERT's `WITH`; no unique index on the holdings, so
 * the order of the two does not matter), two on SQLite.
 */
export async function addHoldings(manager: EntityManager, eventId: string, added: AddedClaim[], stored: FacetHolding[]): Promise<AddedHoldings> {
  const merged = mergeHoldings(eventId, added, stored);
  await writeHoldings(manager, merged);
  return merged;
}

/** The replaced holdings deleted and the new ones written. */
export async function writeHoldings(manager: EntityManager, { replaced, written }: Pick<AddedHoldings, 'replaced' | 'written'>): Promise<void> {
  const gone = replaced.map((h) => h.id);
  if (gone.length && postgres(manager)) {
    await bulkInsert(manager, FacetHolding, written, { sql: 'WITH gone AS (DELETE FROM facet_holdings WHERE id = ANY($1)) ', parameters: [gone] });
  } else {
    if (gone.length) await manager.delete(FacetHolding, { id: In(gone) });
    await bulkInsert(manager, FacetHolding, written);
  }
}

const postgres = (manager: EntityManager) => manager.connection.driver.options.type === 'postgres';

/** On PostgreSQL, what a batch checked before the event's lock, to be checked again after it (see `readAfterLock`). */
export interface Meanwhile {
  sourceIds: string[];
  vocabularyToken: string;
}

/** What new claims need read once the event is locked. */
export interface AfterLock {
  /** The claimants' stored holdings on the claims' attributes. */
  stored: FacetHolding[];
  /** The parties to the conflict among the claimants, with their claims on the event (the new ones included). */
  parties: Array<{ id: string; claims: number }>;
  /** Whether the event or a named source was merged, or the vocabulary changed, since the checks. */
  changed: boolean;
}

export type RawHolding = Omit<FacetHolding, 'exclusive' | 'claims'> & { exclusive: unknown; claims: unknown };
export const holdingOf = (row: RawHolding): FacetHolding => ({ ...row, exclusive: row.exclusive === true || row.exclusive === 1 || row.exclusive === '1', claims: Number(row.claims) });

/**
 * Everything new claims read under the event's lock: on PostgreSQL in one statement (one round trip
 * while the lock is held, where every writer of the event waits), on SQLite in two.
 */
export async function readAfterLock(manager: EntityManager, eventId: string, added: AddedClaim[], meanwhile?: Meanwhile): Promise<AfterLock> {
  const attributes = [...new Set(added.flatMap((a) => a.facets.map((f) => f.attribute)))];
  const claimants = [...new Set(added.flatMap((a) => [a.claim.sourceId, ...a.facets.map((f) => f.claimantId)]))];
  if (!postgres(manager)) {
    const stored = attributes.length ? await storedHoldings(manager, eventId, attributes, claimants) : [];
    const parties = await manager.query(
      `SELECT s.id AS id, COUNT(c.id) AS claims FROM sources s LEFT JOIN claims c ON c."sourceId" = s.id AND c."eventId" = ?
       WHERE s.id IN (${claimants.map(() => '?').join(', ')}) AND s.stake = 'party_to_conflict' GROUP BY s.id`,
      [eventId, ...claimants],
    ) as Array<{ id: string; claims: number | string }>;
    return { stored, parties: parties.map((p) => ({ id: p.id, claims: Number(p.claims) })), changed: false };
  }
  const [row] = await manager.query(
    `SELECT
       (SELECT COALESCE(json_agg(h), '[]'::json) FROM facet_holdings h WHERE h."eventId" = $1 AND h.attribute = ANY($2) AND h."claimantId" = ANY($3)) AS stored,
       (SELECT COALESCE(json_agg(json_build_object('id', s.id, 'claims', (SELECT COUNT(*) FROM claims c WHERE c."sourceId" = s.id AND c."eventId" = $1))), '[]'::json)
          FROM sources s WHERE s.id = ANY($3) AND s.stake = 'party_to_conflict') AS parties,
       ($4::boolean AND (EXISTS (SELECT 1 FROM events WHERE id = $1 AND "mergedInto" IS NOT NULL)
          OR EXISTS (SELECT 1 FROM sources WHERE id = ANY($5) AND "mergedInto" IS NOT NULL)
          OR EXISTS (SELECT 1 FROM vocabulary_version WHERE id = 1 AND CAST(token AS TEXT) <> $6))) AS changed`,
    [eventId, attributes, claimants, meanwhile !== undefined, meanwhile?.sourceIds ?? [], meanwhile?.vocabularyToken ?? ''],
  ) as Array<{ stored: RawHolding[]; parties: Array<{ id: string; claims: number | string }>; changed: boolean }>;
  return { stored: row.stored.map(holdingOf), parties: row.parties.map((p) => ({ id: p.id, claims: Number(p.claims) })), changed: row.changed };
}

/** The stored holdings of some claimants on some attributes of an event (one indexed read, without the query builder). */
async function storedHoldings(manager: EntityManager, eventId: string, attributes: string[], claimants: string[]): Promise<FacetHolding[]> {
  const parameters: unknown[] = [eventId];
  const marks = (values: string[]) => values.map((value) => (parameters.push(value), '?')).join(', ');
  const rows: RawHolding[] = await manager.query(
    `SELECT * FROM facet_holdings WHERE "eventId" = ? AND attribute IN (${marks(attributes)}) AND "claimantId" IN (${marks(claimants)})`,
    parameters,
  );
  return rows.map(holdingOf);
}
