import { createHash } from 'node:crypto';
import { Vocabulary } from '../claims/canonical';
import { ContradictionKind, Severity } from './contradiction.entity';
import { explain } from './explanations';
import { Group, Holding, Position, Side, SideMatch } from './positions';
import { timeRelation } from './time';

/** What the rules find in a group, and the pieces every rule builds its findings from. */

export interface EventContext {
  vocabulary: Vocabulary;
  /** Claimants that are party to the conflict and have a claim on the event, with their earliest claim there. */
  parties: Map<string, string>;
  /** The side each party speaks for (parties without a side are a side of their own). */
  sides: Map<string, string>;
  /** A short name for each claimant, for explanations. */
  names: Map<string, string>;
}

export interface Detected {
  /** Stable across recomputations while the same two values conflict on the same attribute and subject. */
  identity: string;
  kind: ContradictionKind;
  severity: Severity;
  sideA: Side;
  sideB: Side;
  explanation: string;
  /** Changes when the values or the sources on either side change: a triaged contradiction then reopens. */
  fingerprint: string;
}

/** Two claims of one source that cannot both be true: a revision, not a contradiction. */
export interface Revision {
  claimantId: string;
  values: string[];
}

export interface GroupResult {
  contradictions: Detected[];
  revisions: Revision[];
}

/** Kinds whose sides have a meaning of their own (the exclusive list, the silent party, the earlier statement); the others read earliest first. */
const ORDERED_KINDS = new Set<ContradictionKind>(['omission', 'exclusive_set_conflict', 'negation', 'revision_in_time']);

function fingerprint(kind: ContradictionKind, a: Side, b: Side): string {
  const sides = [[a.match, a.sourceIds], [b.match, b.sourceIds]].map((side) => JSON.stringify(side));
  if (!ORDERED_KINDS.has(kind)) sides.sort();
  return createHash('sha256').update(JSON.stringify([kind, ...sides])).digest('hex').slice(0, 32);
}

/**
 * A finding's identity within its event: the rule's key, scoped to the group's attribute and subject.
 * Two attributes disputed with the same values (20 against 300 dead, and 20 against 300 wounded) are two
 * contradictions. The scoping is a hash of the key's hash, so migration 1766700000000 could rescope the
 * identities stored before it from the stored columns alone.
 */
export function scopedIdentity(attribute: string, subjectKey: string, keyHash: string): string {
  return createHash('sha256').update(`${attribute}\n${subjectKey}\n${keyHash}`).digest('hex');
}

/** A finding with its identity, explanation and fingerprint; `said` is when each side was first said, for revisions in time. */
export function detected(
  kind: ContradictionKind, severity: Severity, group: Group, sides: [Side, Side], context: EventContext, key: string,
  said: [string | null, string | null] = [null, null],
): Detected {
  const identity = scopedIdentity(group.attribute, group.subjectKey, createHash('sha256').update(key).digest('hex'));
  const [a, b] = ORDERED_KINDS.has(kind) ? sides : [...sides].sort((x, y) => (x.firstClaimId < y.firstClaimId ? -1 : 1));
  return { identity, kind, severity, sideA: a, sideB: b, explanation: explain(kind, group, a, b, context.names, said), fingerprint: fingerprint(kind, a, b) };
}

/** A side made of holdings: the sources on it and its earliest claim. */
export function sideOf(value: string | null, match: SideMatch, holdings: Holding[]): Side {
  return {
    value,
    match,
    sourceIds: [...new Set(holdings.map((h) => h.claimantId))].sort(),
    firstClaimId: holdings.reduce((first, h) => (h.firstClaimId < first ? h.firstClaimId : first), holdings[0].firstClaimId),
  };
}

/** Collects the revisions of single sources: their own claims that cannot both be true at one time. */
export class Revisions {
  private readonly values = new Map<string, Set<string>>();

  add(a: Position, b: Position, stateOfAffairs = false): void {
    for (const x of a.holdings) for (const y of b.holdings) {
      if (x.claimantId !== y.claimantId || timeRelation(x, y, stateOfAffairs) === 'apart') continue;
      const values = this.values.get(x.claimantId) ?? new Set<string>();
      values.add(`${a.polarity === 'denied' ? 'not ' : ''}${a.valueText}`).add(`${b.polarity === 'denied' ? 'not ' : ''}${b.valueText}`);
      this.values.set(x.claimantId, values);
    }
  }

  list(): Revision[] {
    return [...this.values.entries()].map(([claimantId, values]) => ({ claimantId, values: [...values].sort() })).sort((a, b) => (a.claimantId < b.claimantId ? -1 : 1));
  }
}

/**
 * How the holders of two conflicting positions meet: some pair from different claimants at one time
 * (a contradiction), only at different times of a state of affairs (a revision in time), or only one
 * claimant against itself (a revision). `excused` pairs (a rising toll) do not meet.
 */
export function meeting(
  a: Holding[], b: Holding[], stateOfAffairs: boolean, excused: (x: Holding, y: Holding) => boolean = () => false,
): 'cross' | 'in_time' | 'same' | 'none' {
  let found: 'in_time' | 'same' | 'none' = 'none';
  for (const x of a) {
    for (const y of b) {
      const time = timeRelation(x, y, stateOfAffairs);
      if (time === 'apart' || excused(x, y)) continue;
      if (x.claimantId === y.claimantId) {
        if (found === 'none') found = 'same';
      } else if (time === 'overlap') {
        return 'cross';
      } else {
        found = 'in_time';
      }
    }
  }
  return found;
}

/** Two claimants that are parties to the conflict of one side. */
export function partiesOfOneSide(context: EventContext, x: string, y: string): boolean {
  return context.parties.has(x) && context.parties.has(y) && (context.sides.get(x) ?? x) === (context.sides.get(y) ?? y);
}

/**
 * The parties to the conflict that speak on the event, say nothing in this group, and face a party of
 * another side that asserts something specific here: only their silence means anything.
 */
export function silentParties(context: EventContext, speaking: Set<string>, asserters: Holding[]): string[] {
  const asserting = [...new Set(asserters.map((h) => h.claimantId))].filter((id) => context.parties.has(id));
  return [...context.parties.keys()].filter((party) => !speaking.has(party)
    && asserting.some((other) => other !== party && (context.sides.get(other) ?? other) !== (context.sides.get(party) ?? party)));
}

export function omission(group: Group, context: EventContext, text: string, match: SideMatch, asserters: Holding[], silent: string[], identity: string): Detected {
  const silentSide: Side = {
    value: null,
    match: { silent: true },
    sourceIds: [...silent].sort(),
    firstClaimId: silent.map((id) => context.parties.get(id)!).sort()[0],
  };
  return detected('omission', 'low', group, [sideOf(text, match, asserters), silentSide], context, identity);
}
