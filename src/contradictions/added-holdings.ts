import { EntityManager, In } from 'typeorm';
import { Claim } from '../claims/claim.entity';
import { Facet } from '../claims/facet.entity';
import { newId } from '../common/ids';
import { bulkInsert } from '../database/bulk-insert';
import { FacetHolding } from './facet-holding.entity';
import { GroupKey } from './holdings';
import { groupId } from './positions';
import { STATE_OF_AFFAIRS_ATTRIBUTES } from './time';

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
const holdingKey = (h: Pick<FacetHolding, 'attribute' | 'subjectKey' | 'claimantId' | 'valueKey' | 'polarity' | 'exclusive' | 'timeFrom' | 'timeTo'>) =>
  [h.attribute, h.subjectKey, h.claimantId, h.valueKey, h.polarity, h.exclusive ? 1 : 0, h.timeFrom ?? '', h.timeTo ?? ''].join('\u0000');

/** What detection sees of a holding (not how many claims stand behind it). */
const seen = (h: FacetHolding) => [h.valueKey, h.polarity, h.exclusive, h.timeFrom, h.timeTo, h.statedFrom, h.statedTo, h.firstClaimId].join('|');

const earlier = (a: string, b: string) => (b < a ? b : a);

/**
 * The holdings of new claims, added to the stored ones without reading the event's facets: a facet
 * joins its claimant's holding of the same value (one more claim; the earliest claim and, for states of
 * affairs, the statement times widened) or makes a new one. The result is what `refreshHoldings` (an
 * aggregate over the facets) gives: statement times are known only while every claim behind says when,
 * so a stored holding without them stays without. Answers the groups whose holdings changed in a way
 * detection can see, so that only those are recomputed; a holding that only counts one more claim
 * changes nothing there. Three statements, however many claims.
 */
export async function addHoldings(manager: EntityManager, eventId: string, added: AddedClaim[]): Promise<AddedHoldings> {
  const facets = added.flatMap(({ claim, facets }) => facets.map((facet) => ({ facet, claim })));
  if (!facets.length) return { groups: [], replaced: [], written: [] };
  const attributes = [...new Set(facets.map(({ facet }) => facet.attribute))];
  const claimants = [...new Set(facets.map(({ facet }) => facet.claimantId))];
  const stored = await storedHoldings(manager, eventId, attributes, claimants);
  const byKey = new Map(stored.map((h) => [holdingKey(h), h]));
  const before = new Map<string, string>();
  const changed = new Map<string, FacetHolding>();
  for (const { facet, claim } of facets) {
    const key = holdingKey(facet);
    const current = changed.get(key) ?? byKey.get(key);
    if (current && !changed.has(key)) before.set(key, seen(current));
    const withTimes = STATE_OF_AFFAIRS_ATTRIBUTES.includes(facet.attribute);
    // A stored holding of a state of affairs without statement times has a claim that does not say when.
    const unstated = withTimes && ((current !== undefined && current.statedFrom === null) || claim.statedAt === null);
    const stated = (pick: (a: string, b: string) => string, was: string | null | undefined) =>
      (!withTimes || unstated ? null : was ? pick(was, claim.statedAt!) : claim.statedAt);
    changed.set(key, {
      id: newId(), eventId, attribute: facet.attribute, subjectKey: facet.subjectKey, claimantId: facet.claimantId, valueKey: facet.valueKey,
      polarity: facet.polarity, exclusive: facet.exclusive, timeFrom: facet.timeFrom, timeTo: facet.timeTo,
      statedFrom: stated(earlier, current?.statedFrom), statedTo: stated((a, b) => (b > a ? b : a), current?.statedTo),
      firstClaimId: current ? earlier(current.firstClaimId, claim.id) : claim.id,
      claims: (current?.claims ?? 0) + 1,
    });
  }
  const replaced = [...before.keys()].map((key) => byKey.get(key)!);
  if (replaced.length) await manager.delete(FacetHolding, { id: In(replaced.map((h) => h.id)) });
  const written = [...changed.values()];
  await bulkInsert(manager, FacetHolding, written);
  const groups = new Map<string, GroupKey>();
  for (const [key, holding] of changed) {
    if (before.get(key) !== seen(holding)) groups.set(groupId(holding), { attribute: holding.attribute, subjectKey: holding.subjectKey });
  }
  return { groups: [...groups.values()], replaced, written };
}

/** The stored holdings of some claimants on some attributes of an event (one indexed read, without the query builder). */
async function storedHoldings(manager: EntityManager, eventId: string, attributes: string[], claimants: string[]): Promise<FacetHolding[]> {
  const numbered = manager.connection.driver.options.type === 'postgres';
  const parameters: unknown[] = [eventId];
  const marks = (values: string[]) => values.map((value) => (parameters.push(value), numbered ? `$${parameters.length}` : '?')).join(', ');
  const rows: Array<Omit<FacetHolding, 'exclusive' | 'claims'> & { exclusive: unknown; claims: unknown }> = await manager.query(
    `SELECT * FROM facet_holdings WHERE "eventId" = ${numbered ? '$1' : '?'} AND attribute IN (${marks(attributes)}) AND "claimantId" IN (${marks(claimants)})`,
    parameters,
  );
  return rows.map((row) => ({ ...row, exclusive: row.exclusive === true || row.exclusive === 1 || row.exclusive === '1', claims: Number(row.claims) }));
}
