import { Holding } from './positions';

/**
 * Time on claims: what time a facet is about (its time scope) and when it was said (the claim's
 * statement time). A state of affairs ("the situation is under control", an outcome still "ongoing")
 * can change: two statements made at different times describe two moments, not one.
 */

/** Attributes that describe a state of affairs, with the values that do (null: every value). */
export const STATE_OF_AFFAIRS: Record<string, string[] | null> = {
  situation: null,
  outcome: ['t:ongoing'],
};

/** Whether two values of an attribute describe a state of affairs, so that their statement times count. */
export function isStateOfAffairs(attribute: string, valueKeys: string[]): boolean {
  if (!(attribute in STATE_OF_AFFAIRS)) return false;
  const values = STATE_OF_AFFAIRS[attribute];
  return values === null || valueKeys.some((key) => values.includes(key));
}

/** Attributes that count a toll: it rises as the dead and wounded are found, so when a figure was said counts. */
export const TOLLS = ['fatalities', 'injuries', 'civilian_fatalities', 'combatant_fatalities'];

/** How far a toll may rise between two statements and still read as the count growing: under three times (a "high" gap). */
export const RISE_LIMIT = 3;

/** The attributes whose statement times are read: states of affairs, and tolls (which `isStateOfAffairs` does not count as states). Holdings keep when they were said only for these. */
export const STATED_TIME_ATTRIBUTES = [...Object.keys(STATE_OF_AFFAIRS), ...TOLLS];

/**
 * A rising toll within one camp: a count said earlier ("82 killed") and a higher one said after every
 * statement of it, less than RISE_LIMIT times as high, by two parties to the conflict of one side
 * (`oneSide`: the Houthis' health ministry, then the Houthis). The camp updated its count as one source
 * revises itself; it does not contradict itself. A ceiling or a denial said first ("no more than 100",
 * "none") is no count so far, and a source outside the camp (a rights group's higher figure against a
 * government's) still contradicts it.
 */
export function risingToll(attribute: string, a: Holding, b: Holding, oneSide: boolean): boolean {
  if (!TOLLS.includes(attribute) || !oneSide || a.claimantId === b.claimantId) return false;
  if (a.polarity === 'denied' || b.polarity === 'denied') return false;
  if (a.statedFrom === null || a.statedTo === null || b.statedFrom === null || b.statedTo === null) return false;
  const [early, late] = a.statedTo < b.statedFrom ? [a, b] : b.statedTo < a.statedFrom ? [b, a] : [null, null];
  if (!early || !late || early.rangeMin === null || early.rangeMax === null || late.rangeMin === null) return false;
  if (early.rangeMin <= 0 || late.rangeMin <= early.rangeMax) return false;
  return late.rangeMin < RISE_LIMIT * early.rangeMax;
}

/**
 * How the times of two holdings relate:
 * - `overlap`: they can speak of one moment, so values that differ conflict;
 * - `apart`: their time scopes do not overlap, so they speak of different times;
 * - `revision_in_time`: a state of affairs said at different times, the later may describe a change.
 * Time scopes given on both decide; otherwise, for a state of affairs, the statement times do when both
 * are known; otherwise a missing scope is the whole event.
 */
export type TimeRelation = 'overlap' | 'apart' | 'revision_in_time';

const between = (aFrom: string | null, aTo: string | null, bFrom: string | null, bTo: string | null) =>
  (aTo === null || bFrom === null || bFrom <= aTo) && (bTo === null || aFrom === null || aFrom <= bTo);

const scoped = (h: Holding) => h.timeFrom !== null || h.timeTo !== null;

export function timeRelation(a: Holding, b: Holding, stateOfAffairs: boolean): TimeRelation {
  if (stateOfAffairs && !(scoped(a) && scoped(b)) && a.statedFrom !== null && b.statedFrom !== null) {
    return between(a.statedFrom, a.statedTo, b.statedFrom, b.statedTo) ? 'overlap' : 'revision_in_time';
  }
  return between(a.timeFrom, a.timeTo, b.timeFrom, b.timeTo) ? 'overlap' : 'apart';
}

/** A time as a reader says it: "2024-09-17 10:00 UTC" (the date alone at midnight). */
export function timeText(iso: string): string {
  const [date, clock] = iso.split('T');
  const hm = (clock ?? '').slice(0, 5);
  return !hm || hm === '00:00' ? date : `${date} ${hm} UTC`;
}

/** A time scope as a reader says it: "2024-09-17 05:00 UTC to 15:00 UTC", "from ...", "until ...". */
export function scopeText(from: string | null, to: string | null): string {
  if (from && to) {
    const [fromDate] = from.split('T');
    const [toDate] = to.split('T');
    const end = timeText(to);
    return `${timeText(from)} to ${fromDate === toDate && end.includes(' ') ? end.slice(toDate.length + 1) : end}`;
  }
  if (from) return `from ${timeText(from)}`;
  return to ? `until ${timeText(to)}` : '';
}

/** When a side was said and what time it is about, for reports: " (said 2024-09-17 10:00 UTC; covering 2024-09-17 05:00 UTC to 15:00 UTC)", or nothing. */
export function sideTimeText(side: { statedAt: string | null; timeScope: { from: string | null; to: string | null } | null }): string {
  const parts = [side.statedAt ? `said ${timeText(side.statedAt)}` : '', side.timeScope ? `covering ${scopeText(side.timeScope.from, side.timeScope.to)}` : ''].filter(Boolean);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

/** A time scope as an ISO 8601 interval, ".." for an open end: "2024-09-17T05:00:00.000Z/2024-09-17T15:00:00.000Z". */
export function scopeInterval(scope: { from: string | null; to: string | null } | null): string {
  return scope ? `${scope.from ?? '..'}/${scope.to ?? '..'}` : '';
}

/**
 * Tolls a source has superseded: a figure it said before all the statements of a count of its own (not
 * "none") that does not overlap it (the hospital's 59 on Monday, its 100 on Tuesday). The source's later figure
 * is its count; the earlier no longer stands against other sources' figures (it stays a revision of the
 * source's own). Only where statement times say which came first.
 */
export function supersededTolls(attribute: string, holdings: Holding[]): Set<Holding> {
  const out = new Set<Holding>();
  if (!TOLLS.includes(attribute)) return out;
  const bySource = new Map<string, Holding[]>();
  for (const h of holdings) {
    const own = bySource.get(h.claimantId);
    if (own) own.push(h);
    else bySource.set(h.claimantId, [h]);
  }
  for (const own of bySource.values()) for (const h of supersededOfOne(own)) out.add(h);
  return out;
}

/**
 * One source's superseded figures, in n log n: its counts said at a time, by when they were first said,
 * with the highest floor and the lowest ceiling of all those said from each one on; a figure is
 * superseded when a count said after it lies wholly above or below it.
 */
function supersededOfOne(own: Holding[]): Holding[] {
  const counts = own.filter((g) => g.polarity === 'asserted' && (g.rangeMin ?? 0) > 0 && g.statedFrom !== null)
    .sort((a, b) => (a.statedFrom! < b.statedFrom! ? -1 : a.statedFrom! > b.statedFrom! ? 1 : 0));
  const highestFloor: number[] = new Array(counts.length + 1).fill(-Infinity);
  const lowestCeiling: number[] = new Array(counts.length + 1).fill(Infinity);
  for (let i = counts.length - 1; i >= 0; i -= 1) {
    highestFloor[i] = Math.max(highestFloor[i + 1], counts[i].rangeMin!);
    lowestCeiling[i] = Math.min(lowestCeiling[i + 1], counts[i].rangeMax ?? Infinity);
  }
  return own.filter((h) => {
    if (h.statedTo === null || h.polarity === 'denied' || h.rangeMin === null) return false;
    // The first count said after h (a binary search on the sorted statement times).
    let [low, high] = [0, counts.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (counts[mid].statedFrom! > h.statedTo!) high = mid;
      else low = mid + 1;
    }
    return (h.rangeMax !== null && highestFloor[low] > h.rangeMax) || lowestCeiling[low] < h.rangeMin;
  });
}
