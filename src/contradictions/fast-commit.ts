import { escapeLiteral, PoolClient } from 'pg';
import { EntityManager } from 'typeorm';
import { noteLocked } from '../database/event-lock';
import { markCommitted } from '../database/inline-commit';
import { AddedClaim, AddedHoldings, holdingOf, Meanwhile, mergeHoldings, RawHolding } from './added-holdings';
import { CHANGED, CLAIMS_OF_PARTY, OWN_AND_STORED, stated } from './holdings-after-lock';

/** The error the fast statement raises on purpose when detection has work to do. */
const SLOW = 'crosscheck: detection needed';

/**
 * The common case of new claims on a busy event: each facet joins a holding its claimant already has,
 * with nothing detection can see changing (not the earliest claim, nor the statement times, nor the
 * time scope), no party speaks for the first time, and nothing the checks read changed meanwhile.
 * Then adding them is one more claim counted on each holding (mergeHoldings gives exactly that), no
 * group need be recomputed, and the transaction can end at once: the UPDATE and the COMMIT go in one
 * round trip (see lockCountAndCommit). Otherwise the statement fails on purpose (the cast below), its
 * savepoint is rolled back, and the caller goes the usual way.
 */
const FAST = `SAVEPOINT crosscheck_fast;
WITH ${OWN_AND_STORED}, f AS (
  SELECT (SELECT COUNT(*) FROM old) = (SELECT COUNT(*) FROM n) AND (SELECT COUNT(DISTINCT k) FROM old) = (SELECT COUNT(*) FROM n)
    AND NOT EXISTS (SELECT 1 FROM n JOIN old o ON o.k = n.k WHERE n."firstClaimId" COLLATE "C" < o."firstClaimId" COLLATE "C"
      OR n."timeFrom" IS DISTINCT FROM o."timeFrom" OR n."timeTo" IS DISTINCT FROM o."timeTo"
      OR (${stated('LEAST', 'statedFrom')}) IS DISTINCT FROM o."statedFrom" OR (${stated('GREATEST', 'statedTo')}) IS DISTINCT FROM o."statedTo")
    AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = ANY($2) AND s.stake = 'party_to_conflict' AND ${CLAIMS_OF_PARTY} <= COALESCE(($7::json ->> s.id)::integer, 0))
    AND NOT ${CHANGED} AS fast
), upd AS (
  UPDATE facet_holdings h SET claims = h.claims + n.claims FROM old o JOIN n ON n.k = o.k WHERE h.id = o.id RETURNING h.*
)
SELECT CAST(CASE WHEN f.fast THEN '1' ELSE '${SLOW}' END AS integer) AS fast,
  (SELECT COALESCE(json_agg(o), '[]'::json) FROM old o) AS replaced, (SELECT COALESCE(json_agg(u), '[]'::json) FROM upd u) AS written
FROM f;
COMMIT`;

const textArray = (values: string[]) => `ARRAY[${values.map(escapeLiteral).join(', ')}]::text[]`;

/** What became of new claims sent with lockCountAndCommit: committed (their holdings counted), or written with the event locked, detection still to run. */
export type Counted = { committed: AddedHoldings; revision: number } | { locked: number | undefined };

/**
 * On PostgreSQL, in ONE round trip: `lead` (the new claims' rows written and the event locked, answering
 * its revision; see writeAndLockText), then their holdings counted and the transaction committed when
 * that is all there is to do (see FAST). Each statement of the text takes its own snapshot, so the
 * count reads what committed before the lock was granted; and the lock is held only while the server
 * runs the two, never across a round trip. When detection has work to do, the savepoint is rolled back
 * and the event's revision read (one more round trip): the rows are written and the event locked.
 * A failure of `lead` propagates, the transaction as it failed.
 */
export async function lockCountAndCommit(manager: EntityManager, eventId: string, lead: string, added: AddedClaim[], meanwhile: Meanwhile): Promise<Counted> {
  const own = mergeHoldings(eventId, added, []);
  const claimants = [...new Set(added.flatMap((a) => [a.claim.sourceId, ...a.facets.map((f) => f.claimantId)]))];
  const arrived: Record<string, number> = {};
  for (const { claim } of added) arrived[claim.sourceId] = (arrived[claim.sourceId] ?? 0) + 1;
  const values: Record<string, string> = {
    1: escapeLiteral(eventId), 2: textArray(claimants), 3: 'true', 4: textArray(meanwhile.sourceIds), 5: escapeLiteral(meanwhile.vocabularyToken),
    6: escapeLiteral(JSON.stringify(own.written.map((h, k) => ({ k, ...h })))), 7: escapeLiteral(JSON.stringify(arrived)),
  };
  const client = (await manager.queryRunner!.connect()) as PoolClient;
  // Claims without facets count on no holding: the lead alone, and detection (a party may arrive).
  const text = own.written.length ? `${lead};\n${FAST.replace(/\$(\d)/g, (_, n: string) => values[n])}` : `${lead};\nSAVEPOINT crosscheck_fast;\nSELECT CAST('${SLOW}' AS integer)`;
  type Row = { revision?: number | string; replaced: Array<RawHolding & { k: number }>; written: RawHolding[] };
  let results: Array<{ rows: Row[] }>;
  try {
    results = (await client.query(text)) as unknown as typeof results;
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes(SLOW)) throw error;
    const [, read] = (await client.query(`ROLLBACK TO SAVEPOINT crosscheck_fast; SELECT revision FROM events WHERE id = ${values[1]}`)) as unknown as Array<{ rows: Row[] }>;
    const revision = read.rows.length ? Number(read.rows[0].revision) : undefined;
    if (revision !== undefined) noteLocked(manager, eventId, revision);
    return { locked: revision };
  }
  markCommitted(manager);
  const [row] = results[2].rows;
  return {
    committed: { groups: [], replaced: row.replaced.map(({ k: _k, ...h }) => holdingOf(h)), written: row.written.map(holdingOf) },
    revision: Number(results[0].rows[0].revision),
  };
}
