import { Reliability } from '../sources/source.entity';
import type { CompatibleView, ContradictionView, CorroborationView } from './contradiction-views';
import { Independence } from './independence';
import { timeText } from './time';

/**
 * A suggested Admiralty information-credibility grade (NATO AJP-2.1: 1 confirmed, 2 probably true,
 * 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged), with reasons that name every source
 * and value they rest on.
 */
export type Grade = 1 | 2 | 3 | 4 | 5 | 6;

export interface CredibilityInput {
  claimId: string;
  claimantId: string;
  /** The claimant's reliability (A-F). */
  reliability: Reliability;
  /** Whether the claim has facets: without them there is nothing to compare. */
  hasFacets: boolean;
  /** The event's corroborations; those whose corroborated claims include this one count. */
  corroborations: Array<Pick<CorroborationView, 'attribute' | 'subject' | 'value' | 'corroboratingValue' | 'corroborated' | 'corroborating' | 'vague'>>;
  /** The event's compatible values; those with this claim are given as reasons. */
  compatible: Array<Pick<CompatibleView, 'attribute' | 'subject' | 'value' | 'otherValue' | 'claimIds' | 'otherClaimIds' | 'otherSourceIds' | 'sourceIds' | 'why'>>;
  /** The event's contradictions; those not dismissed with this claim on a side count. */
  contradictions: Array<Pick<ContradictionView, 'kind' | 'severity' | 'status' | 'attribute' | 'subject' | 'explanation' | 'sideA' | 'sideB'>>;
  /** Given (by `agreementByClaim`) when the lists above are this claim's own: the contradictions with it on side A. */
  onSideA?: Set<ContradictionInput>;
  /** Who is independent of whom on the event, and their names. */
  independence: Pick<Independence, 'dependence' | 'name' | 'adversaries'>;
  /**
   * Reasons already worded for this event (one `reasonMemo()` for all its claims): what a corroboration,
   * compatible value or contradiction says of a claim depends on its claimant and side only, so the
   * claims of one claimant share the words instead of building them again.
   */
  memo?: ReasonMemo;
}

/** What one item of an event's lists says of a claim of one claimant on one side: its reasons and what it weighs. */
interface Worded {
  reasons: string[];
  confirmed?: boolean;
  vaguely?: boolean;
  opposed?: boolean;
  opposedByIndependent?: boolean;
}

/** A sequence of worded items met by claims: the reasons they join into, made once and shared by every claim with the same sequence. */
interface Joined {
  next: Map<Worded, Joined>;
  reasons: string[] | null;
  /** The reasons with the closing one on the claimant's reliability, by reliability. */
  closed: Map<string, string[]>;
}

const joined = (): Joined => ({ next: new Map(), reasons: null, closed: new Map() });

/**
 * Reasons already worded for this event (one `reasonMemo()` for all its claims): what an item says of
 * a claim depends on the claim's claimant and side only, and claims that meet the same items share one
 * list of reasons (read only: a report writes the JSON of each list once).
 */
export interface ReasonMemo {
  items: WeakMap<object, Map<string, Worded>>;
  sequences: Joined;
}

export const reasonMemo = (): ReasonMemo => ({ items: new WeakMap(), sequences: joined() });

/** The words of `item` for `key` (the claimant), from the memo when it has them. */
function worded(memo: ReasonMemo | undefined, item: object, key: string, word: () => Worded): Worded {
  if (!memo) return word();
  let byKey = memo.items.get(item);
  if (!byKey) memo.items.set(item, (byKey = new Map()));
  let found = byKey.get(key);
  if (!found) byKey.set(key, (found = word()));
  return found;
}

export interface Credibility {
  suggested: Grade;
  reasons: string[];
}

/** How many names a reason lists; past that it says how many more there are, so a reason stays short on a huge event. */
export const MAX_NAMED = 10;

/** "A", "A and B", "A, B and C"; past `MAX_NAMED` names: "A, B, ... J and 990 more". */
export function listed(names: string[], more = 0): string {
  const rest = more + Math.max(0, names.length - MAX_NAMED);
  const shown = names.slice(0, MAX_NAMED);
  if (rest > 0) return `${shown.join(', ')} and ${rest.toLocaleString('en')} more`;
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export type CorroborationInput = CredibilityInput['corroborations'][number];
export type CompatibleInput = CredibilityInput['compatible'][number];
export type ContradictionInput = CredibilityInput['contradictions'][number];

export { agreementByClaim, agreementByClaimSteps } from './claim-agreement';
export type { ClaimAgreement } from './claim-agreement';

/** The first `MAX_NAMED` sources of a list other than `except`, how many more there are, and how many in all. */
function firstOthers(ids: string[], except: string): { shown: string[]; more: number; count: number } {
  const shown: string[] = [];
  for (let i = 0; i < ids.length && shown.length < MAX_NAMED; i += 1) if (ids[i] !== except) shown.push(ids[i]);
  const count = ids.length - (holds(ids, except) ? 1 : 0);
  return { shown, more: count - shown.length, count };
}

/** Whether two independent sources hold a side, computed once per side and reading (the pairs of a side are many). */
const independentPairs = new WeakMap<object, WeakMap<object, boolean>>();

/** A list of claim ids as a set, made once per list: a side of 10,000 claims is not scanned once per claim. */
const asSets = new WeakMap<string[], Set<string>>();
function holds(list: string[], id: string): boolean {
  if (list.length < 16) return list.includes(id);
  let set = asSets.get(list);
  if (!set) asSets.set(list, (set = new Set(list)));
  return set.has(id);
}
function heldByIndependentPair(sourceIds: string[], independence: CredibilityInput['independence']): boolean {
  for (let i = 0; i < sourceIds.length; i += 1) {
    for (let j = i + 1; j < sourceIds.length; j += 1) if (independence.dependence(sourceIds[i], sourceIds[j]) === null) return true;
  }
  return false;
}

const label = (c: { attribute: string; subject: string | null }) => (c.subject ? `${c.attribute} (${c.subject})` : c.attribute);
/** A value as read: `under_control` is "under control". */
const words = (value: string | null) => (value ?? '').replace(/_/g, ' ');

const WHY: Record<Exclude<CompatibleView['why'], 'not_independent'>, string> = {
  vague: 'vague words never corroborate a figure',
  less_precise: 'the less precise or much wider value does not corroborate the other',
  broader: 'a broader term does not confirm a narrower one',
  one_camp: 'naming another body of the same side is the same accusation, not a confirmation of this one',
};

/**
 * 1 confirmed: a source independent of the claimant corroborates a facet, neither value in vague words,
 * and nothing contradicts it. 2: corroborated in vague words only and not contradicted; or neither
 * corroborated nor contradicted, claimant graded A or B. 3: corroborated and contradicted; or neither,
 * claimant graded C. 4: contradicted. 5: contradicted by a side at least two independent sources hold.
 * 6: neither, claimant graded D to F; or no facets. Silence (omission) and a revision in time are
 * reasons, not counter-claims; agreement from a source that is not independent never counts.
 */
export function suggestCredibility(input: CredibilityInput): Credibility {
  const { claimId, claimantId, independence } = input;
  if (!input.hasFacets) return { suggested: 6, reasons: ['no facets to compare with other claims'] };
  const name = (id: string) => independence.name(id);
  const met: Worded[] = [];
  let confirmed = false;
  let vaguely = false;

  // The lists given may be the event's (filtered here to this claim's) or this claim's own (agreementByClaim: used as they are).
  const own = input.onSideA !== undefined;
  for (const c of own ? input.corroborations : input.corroborations.filter((c) => holds(c.corroborated.claimIds, claimId))) {
    const said = worded(input.memo, c, claimantId, () => {
      const out: Worded = { reasons: [] };
      // Sources are looked at until MAX_NAMED supporters are found: the rest are counted, not named, so a
      // value held by 10,000 sources costs each claim a few checks, not 10,000.
      const supporters: string[] = [];
      const dependent: Array<[string, string]> = [];
      let looked = 0;
      let others = 0;
      for (const s of c.corroborating.sourceIds) {
        if (s === claimantId) continue;
        others += 1;
        if (supporters.length >= MAX_NAMED) continue;
        looked += 1;
        const why = independence.dependence(claimantId, s);
        if (why === null) supporters.push(s);
        else if (dependent.length < MAX_NAMED) dependent.push([s, why]);
      }
      const unchecked = others - looked;
      const valueOf = words(c.corroboratingValue ?? c.value);
      if (supporters.length) {
        if (c.vague) out.vaguely = true;
        else out.confirmed = true;
        const admitting = supporters.filter((s) => independence.adversaries(claimantId, s));
        out.reasons.push(`${label(c)} ${words(c.value)} is corroborated by ${listed(supporters.map((s) => `${name(s)} (${valueOf})`), unchecked)}`
          + (admitting.length ? `, an admission against interest: ${listed(admitting.map(name))} ${admitting.length === 1 ? 'is a party' : 'are parties'} to the conflict on the other side, the strongest corroboration` : '')
          + (c.vague ? '; in vague words only, so it does not confirm it' : ''));
      }
      for (const [s, why] of dependent) {
        out.reasons.push(`${label(c)} ${words(c.value)} is also asserted by ${name(s)} (${valueOf}), not independent: ${why}`);
      }
      return out;
    });
    met.push(said);
    if (said.vaguely) vaguely = true;
    if (said.confirmed) confirmed = true;
  }
  for (const c of input.compatible.filter((c) => holds(c.claimIds, claimId) || holds(c.otherClaimIds, claimId))) {
    const mine = holds(c.claimIds, claimId);
    const [own, other, otherSources] = mine ? [c.value, c.otherValue, c.otherSourceIds] : [c.otherValue, c.value, c.sourceIds];
    met.push(worded(input.memo, mine ? c.claimIds : c.otherClaimIds, claimantId, () => ({
      reasons: firstOthers(otherSources, claimantId).shown.map((s) => (c.why === 'not_independent'
        ? `${label(c)} ${words(own)} is also asserted by ${name(s)} (${words(other)}), not independent: ${independence.dependence(claimantId, s)}`
        : `${label(c)} ${words(own)} is compatible with ${name(s)} (${words(other)}), not corroborated by it: ${WHY[c.why]}`)),
    })));
  }

  const touching = own ? input.contradictions : input.contradictions.filter((c) => c.status !== 'dismissed' && (holds(c.sideA.claimIds, claimId) || holds(c.sideB.claimIds, claimId)));
  let opposed = false;
  let opposedByIndependent = false;
  for (const c of touching) {
    const onA = input.onSideA ? input.onSideA.has(c) : holds(c.sideA.claimIds, claimId);
    const [own, other] = onA ? [c.sideA, c.sideB] : [c.sideB, c.sideA];
    const said = worded(input.memo, own, claimantId, () => {
      const out: Worded = { reasons: [] };
  // Only the first names are listed: a side of 10,000 sources costs each claim MAX_NAMED names, not 10,000.
      const others = firstOthers(other.sourceIds, claimantId);
      const names = (ids: string[]) => listed(ids.slice(0, MAX_NAMED).map(name), Math.max(0, ids.length - MAX_NAMED));
      if (c.kind === 'omission') {
        const [asserting, silent] = [c.sideA, c.sideB];
        out.reasons.push(`not contradicted but met with silence: ${names(silent.sourceIds)} ${silent.sourceIds.length === 1 ? 'says' : 'say'} nothing of ${words(asserting.value)} (${label(c)}), which ${names(asserting.sourceIds)} ${asserting.sourceIds.length === 1 ? 'asserts' : 'assert'}`);
        return out;
      }
      if (c.kind === 'revision_in_time') {
        const when = (side: typeof own) => (side.statedAt ? `said ${timeText(side.statedAt)}` : 'no statement time');
        out.reasons.push(`revised in time, not contradicted: ${listed(others.shown.map(name), others.more)} ${others.count === 1 ? 'gives' : 'give'} ${label(c)} ${words(other.value)} (${when(other)}) against ${words(own.value)} (${when(own)}); the situation may have changed between the statements`);
        return out;
      }
      out.opposed = true;
      // Once per side (not per claim): whether two independent sources hold it; the claimant itself never counts.
      const includesClaimant = holds(other.sourceIds, claimantId);
      let cache = independentPairs.get(independence);
      if (!cache) independentPairs.set(independence, (cache = new WeakMap()));
      let pair = includesClaimant ? undefined : cache.get(other);
      if (pair === undefined) {
        pair = heldByIndependentPair(other.sourceIds.filter((s) => s !== claimantId), independence);
        if (!includesClaimant) cache.set(other, pair);
      }
      if (pair) out.opposedByIndependent = true;
      out.reasons.push(`contradicted (${c.kind}, ${c.severity}) by ${listed(others.shown.map((s) => `${name(s)} (${words(other.value)})`), others.more)}: ${c.explanation}`);
      return out;
    });
    met.push(said);
    if (said.opposed) opposed = true;
    if (said.opposedByIndependent) opposedByIndependent = true;
  }

  if (confirmed || vaguely) return { suggested: opposed ? 3 : confirmed ? 1 : 2, reasons: joinedReasons(input.memo, met, null) };
  if (opposed) return { suggested: opposedByIndependent ? 5 : 4, reasons: joinedReasons(input.memo, met, null) };
  return { suggested: input.reliability === 'A' || input.reliability === 'B' ? 2 : input.reliability === 'C' ? 3 : 6, reasons: joinedReasons(input.memo, met, input.reliability) };
}

/** The reasons of the items met, in order, and the closing one on the claimant's reliability when given: one list per sequence with a memo. */
function joinedReasons(memo: ReasonMemo | undefined, met: Worded[], reliability: Reliability | null): string[] {
  const join = () => {
    const reasons = met.flatMap((said) => said.reasons);
    if (reliability !== null) reasons.push(`neither confirmed nor contradicted by an independent source; the claimant's reliability is ${reliability}`);
    return reasons;
  };
  if (!memo) return join();
  let node = memo.sequences;
  for (const said of met) {
    let next = node.next.get(said);
    if (!next) node.next.set(said, (next = joined()));
    node = next;
  }
  if (reliability === null) return (node.reasons ??= join());
  let closed = node.closed.get(reliability);
  if (!closed) node.closed.set(reliability, (closed = join()));
  return closed;
}
