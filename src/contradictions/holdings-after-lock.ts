import { EntityManager } from 'typeorm';
import { bulkInsert } from '../database/bulk-insert';
import { AddedClaim, AddedHoldings, addHoldings, holdingKey, holdingOf, Meanwhile, mergeHoldings, RawHolding, readAfterLock } from './added-holdings';
import { FacetHolding } from './facet-holding.entity';

/** What new claims on an event did under its lock: their holdings added, the parties among the claimants, and whether the checks still hold. */
export interface HoldingsAfterLock {
  holdings: AddedHoldings;
  /** The parties to the conflict among the claimants, with their claims on the event (the new ones included). */
  parties: Array<{ id: string; claims: number }>;
  /** Whether the event or a named source was merged, or the vocabulary changed, since the checks (then the caller rolls back). */
  changed: boolean;
}

const FIELDS = ['eventId', 'attribute', 'subjectKey', 'claimantId', 'valueKey', 'polarity', 'exclusive', 'timeFrom', 'timeTo', 'statedFrom', 'statedTo', 'firstClaimId', 'claims'] as const;

/** Whether two lists of holdings are the same rows (by id, every field). */
export function sameHoldings(a: FacetHolding[], b: FacetHolding[]): boolean {
  if (a.length !== b.length) return false;
  const byId = new Map(b.map((h) => [h.id, h]));
  return byId.size === b.length && a.every((h) => {
    const other = byId.get(h.id);
    return other !== undefined && FIELDS.every((field) => (h[field] ?? null) === (other[field] ?? null));
  });
}

/**
 * The statements' parameters: $1 the event, $2 the claimants, $3 whether the checks are to be checked
 * again (PostgreSQL's Meanwhile), $4 the sources they named, $5 the vocabulary's token they read, $6 the
 * batch's own holdings (JSON, one row per holding, numbered k), $7 (fast path) the new claims per speaker.
 */
export const OWN_AND_STORED = `n AS (
       SELECT * FROM json_to_recordset($6::json) AS n(k integer, id text, attribute text, "subjectKey" text, "claimantId" text, "valueKey" text, polarity text,
         exclusive boolean, "timeFrom" text, "timeTo" text, "statedFrom" text, "statedTo" text, "firstClaimId" text, claims integer)
     ), old AS (
       SELECT h.*, n.k FROM n JOIN facet_holdings h ON h."eventId" = $1 AND h.attribute = n.attribute AND h."subjectKey" = n."subjectKey"
         AND h."claimantId" = n."claimantId" AND h."valueKey" = n."valueKey" AND h.polarity = n.polarity AND h.exclusive = n.exclusive
         AND COALESCE(h."timeFrom", '') = COALESCE(n."timeFrom", '') AND COALESCE(h."timeTo", '') = COALESCE(n."timeTo", '')
     )`;
export const CLAIMS_OF_PARTY = '(SELECT COUNT(*) FROM claims c WHERE c."sourceId" = s.id AND c."eventId" = $1)';
export const CHANGED = `($3::boolean AND (EXISTS (SELECT 1 FROM events WHERE id = $1 AND "mergedInto" IS NOT NULL)
          OR EXISTS (SELECT 1 FROM sources WHERE id = ANY($4) AND "mergedInto" IS NOT NULL)
          OR EXISTS (SELECT 1 FROM vocabulary_version WHERE id = 1 AND CAST(token AS TEXT) <> $5)))`;
/** A holding's statement times merged as mergeHoldings merges them (n: the batch's own holding, o: the stored one, if any). */
export const stated = (pick: 'LEAST' | 'GREATEST', column: string) =>
  `CASE WHEN n."statedFrom" IS NULL OR (o.id IS NOT NULL AND o."statedFrom" IS NULL) THEN NULL ELSE ${pick}(o."${column}" COLLATE "C", n."${column}" COLLATE "C") END`;

/**
 * Everything new claims do under the event's lock before detection: read the claimants' stored
 * holdings, the parties among them and (PostgreSQL) what changed meanwhile, and add their holdings
 * (see mergeHoldings). On PostgreSQL in ONE statement, where every writer of the event waits on the
 * lock: the new holdings are merged into the stored ones in SQL (the batch's own holdings, one row per
 * holding, merged in JS first, joined to the stored ones of the same key, the stored ones deleted and
 * the merged ones inserted in the statement's `WITH`s; it starts after the lock was taken, so it sees
 * every write committed before). The rows it replaced are then merged again in JS, the one rule for
 * both databases: should the two differ, the JS rows replace the written ones. On SQLite in three.
 */
export async function holdingsAfterLock(manager: EntityManager, eventId: string, added: AddedClaim[], meanwhile?: Meanwhile): Promise<HoldingsAfterLock> {
  const own = mergeHoldings(eventId, added, []);
  if (manager.connection.driver.options.type !== 'postgres' || !own.written.length) {
    const { stored, parties, changed } = await readAfterLock(manager, eventId, added, meanwhile);
    if (changed) return { holdings: { groups: [], replaced: [], written: [] }, parties, changed };
    return { holdings: await addHoldings(manager, eventId, added, stored), parties, changed };
  }
  const claimants = [...new Set(added.flatMap((a) => [a.claim.sourceId, ...a.facets.map((f) => f.claimantId)]))];
  const rows = own.written.map((h, k) => ({ k, ...h }));
  const [row] = await manager.query(
    `WITH ${OWN_AND_STORED}, gone AS (
       DELETE FROM facet_holdings WHERE id IN (SELECT id FROM old)
     ), written AS (
       INSERT INTO facet_holdings (id, "eventId", attribute, "subjectKey", "claimantId", "valueKey", polarity, exclusive, "timeFrom", "timeTo", "statedFrom", "statedTo", "firstClaimId", claims)
       SELECT n.id, $1, n.attribute, n."subjectKey", n."claimantId", n."valueKey", n.polarity, n.exclusive, n."timeFrom", n."timeTo",
         ${stated('LEAST', 'statedFrom')}, ${stated('GREATEST', 'statedTo')},
         LEAST(o."firstClaimId" COLLATE "C", n."firstClaimId" COLLATE "C"), COALESCE(o.claims, 0) + n.claims
       FROM n LEFT JOIN old o ON o.k = n.k
       RETURNING *
     )
     SELECT
       (SELECT COALESCE(json_agg(o), '[]'::json) FROM old o) AS replaced,
       (SELECT COALESCE(json_agg(w), '[]'::json) FROM written w) AS written,
       (SELECT COALESCE(json_agg(json_build_object('id', s.id, 'claims', ${CLAIMS_OF_PARTY})), '[]'::json)
          FROM sources s WHERE s.id = ANY($2) AND s.stake = 'party_to_conflict') AS parties,
       ${CHANGED} AS changed`,
    [eventId, claimants, meanwhile !== undefined, meanwhile?.sourceIds ?? [], meanwhile?.vocabularyToken ?? '', JSON.stringify(rows)],
  ) as Array<{ replaced: Array<RawHolding & { k: number }>; written: RawHolding[]; parties: Array<{ id: string; claims: number | string }>; changed: boolean }>;
  const parties = row.parties.map((p) => ({ id: p.id, claims: Number(p.claims) }));
  const replaced = row.replaced.map(({ k: _k, ...h }) => holdingOf(h));
  const ids = new Map(own.written.map((h) => [holdingKey(h), h.id]));
  const holdings = mergeHoldings(eventId, added, replaced, (key) => ids.get(key)!);
  const written = row.written.map(holdingOf);
  if (!row.changed && !sameHoldings(holdings.written, written)) {
    await manager.query('DELETE FROM facet_holdings WHERE id = ANY($1)', [written.map((h) => h.id)]);
    await bulkInsert(manager, FacetHolding, holdings.written);
  }
  return { holdings, parties, changed: row.changed };
}
