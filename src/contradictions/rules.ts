import { inOneGo } from '../analysis/time-slices';
import { ContradictionKind, Severity } from './contradiction.entity';
import { rangeText } from './explanations';
import { Detected, detected, EventContext, GroupResult, meeting, omission, partiesOfOneSide, Revisions, sideOf, silentParties } from './findings';
import { Group, Position, positionsOf, Side, SideMatch } from './positions';
import { apartRatio, relate } from './relations';
import { detectSet } from './set-rules';
import { isStateOfAffairs, risingToll, supersededTolls } from './time';

/**
 * Contradiction rules (DESIGN, "How contradictions are found"), as pure functions over one group: the
 * facets of one event on one attribute and subject.
 */

/** How far apart two ranges that do not overlap are: three times or more is high, half again or more is medium. */
export function quantitySeverity(a: { min: number; max: number | null }, b: { min: number; max: number | null }): Severity {
  const ratio = apartRatio(a, b);
  if (ratio >= 3) return 'high';
  if (ratio >= 1.5) return 'medium';
  return 'low';
}

/**
 * One source, one side: positions held by one source that do not conflict with each other ("at least
 * 70" and "at least 77") are joined, so they make one side of one contradiction. Joined transitively
 * through shared sources, unless that would join two conflicting positions: then each stays alone.
 */
export function clustersOf(positions: Position[], conflict: (p: Position, q: Position) => boolean): Map<Position, number> {
  const parent = positions.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const claimants = positions.map((p) => new Set(p.holdings.map((h) => h.claimantId)));
  for (let i = 0; i < positions.length; i++) {
    for (let j = i + 1; j < positions.length; j++) {
      const shared = positions[i].holdings.some((h) => claimants[j].has(h.claimantId));
      if (shared && !conflict(positions[i], positions[j])) parent[find(i)] = find(j);
    }
  }
  const members = new Map<number, number[]>();
  positions.forEach((_, i) => members.set(find(i), [...(members.get(find(i)) ?? []), i]));
  const cluster = new Map<Position, number>();
  for (const [root, indexes] of members) {
    const clean = indexes.every((i) => indexes.every((j) => i >= j || !conflict(positions[i], positions[j])));
    for (const i of indexes) cluster.set(positions[i], clean ? root : positions.length + i);
  }
  return cluster;
}

/** When a side was first said, where its claims say when. */
function statedFirst(ps: Position[]): string | null {
  let first: string | null = null;
  for (const p of ps) for (const h of p.holdings) if (h.statedFrom !== null && (first === null || h.statedFrom < first)) first = h.statedFrom;
  return first;
}

/** A side of several positions of one cluster: every claim on any of them, the values from the lowest (then by key), whatever order they came in. */
function clusterSide(positions: Position[], kind: ContradictionKind): Side {
  const ordered = [...positions].sort((a, b) => (a.range?.min ?? 0) - (b.range?.min ?? 0) || (a.key < b.key ? -1 : 1));
  // A revision in time may set a state against its later denial ("there is no fighting now"): the side says "not".
  const said = (p: Position) => (kind === 'revision_in_time' && p.polarity === 'denied' ? `not ${p.valueText}` : p.valueText);
  const text = ordered.map((p) => (kind === 'quantity_mismatch' ? rangeText(p) : said(p))).join(', ');
  const match: SideMatch = ordered.length === 1 ? ordered[0].match : { anyOf: [...ordered].sort((a, b) => (a.key < b.key ? -1 : 1)).map((p) => p.match) };
  return sideOf(text, match, ordered.flatMap((p) => p.holdings));
}

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

interface Finding {
  kind: ContradictionKind;
  a: Set<Position>;
  b: Set<Position>;
  severity: Severity;
  /** The pairs it was found on, with the severity of each. */
  pairs: Array<[Position, Position, Severity]>;
}

/**
 * One relation per pair of positions: a joined side is kept only when every position on it conflicts
 * with every position across; otherwise its pairs stand as contradictions of their own.
 */
function splitMixed(findings: Iterable<Finding>, conflict: (p: Position, q: Position) => boolean): Finding[] {
  return [...findings].flatMap((f) => ([...f.a].every((p) => [...f.b].every((q) => conflict(p, q)))
    ? [f]
    : f.pairs.map(([a, b, severity]) => ({ kind: f.kind, a: new Set([a]), b: new Set([b]), severity, pairs: [[a, b, severity] as [Position, Position, Severity]] }))));
}

/**
 * One disagreement, one contradiction: a denial of a category ("not civilians") whose deniers all assert
 * another value against the same holders ("combatants") is said by the category conflict already, so the
 * negation is not listed beside it. A denied figure stays listed: its negation is high, where the quantity
 * conflict beside it may be graded lower.
 */
function withoutRepeatedDenials(findings: Finding[]): Finding[] {
  // Each side's holders are gathered once: the check is then linear in the holdings for each pair of findings.
  const gathered = new Map<Set<Position>, Set<string>>();
  const holders = (side: Set<Position>) => {
    let ids = gathered.get(side);
    if (!ids) gathered.set(side, (ids = new Set([...side].flatMap((p) => p.holdings.map((h) => h.claimantId)))));
    return ids;
  };
  const covers = (big: Set<Position>, small: Set<Position>) => [...small].every((p) => big.has(p));
  const conflicts = findings.filter((f) => f.kind === 'category_conflict');
  return findings.filter((f) => {
    if (f.kind !== 'negation' || conflicts.length === 0) return true;
    const deniers = [...holders(f.b)];
    return !conflicts.some((g) => [[g.a, g.b], [g.b, g.a]].some(([asserting, other]) => {
      const against = holders(other);
      return covers(asserting, f.a) && deniers.every((id) => against.has(id));
    }));
  });
}

/** Every contradiction in one group, between positions (claims holding one value), and the revisions of single sources. */
export function detectGroup(group: Group, context: EventContext): GroupResult {
  return inOneGo(detectionSteps(group, context));
}

/**
 * The same, a step per position compared: a big group lets the event loop run between steps.
 * `revisionsOnly` (a dispute's view): contradictions of other kinds than sets are not made (their sides are long to make).
 */
export function* detectionSteps(group: Group, context: EventContext, revisionsOnly = false): Generator<void, GroupResult> {
  const positions = positionsOf(group);
  const contradictions: Detected[] = [];
  const revisions = new Revisions();
  if (group.kind === 'set') {
    detectSet(group, positions, context, contradictions, revisions);
    return { contradictions: contradictions.sort((a, b) => (a.identity < b.identity ? -1 : 1)), revisions: revisions.list() };
  }
  const kind = group.kind;
  const superseded = supersededTolls(group.attribute, group.holdings);
  const conflicts = new Map<Position, Map<Position, ContradictionKind>>();
  for (const p of positions) conflicts.set(p, new Map());
  for (let i = 0; i < positions.length; i++) {
    yield;
    for (let j = i + 1; j < positions.length; j++) {
      const r = relate(kind, positions[i], positions[j], context.vocabulary);
      if (r.relation !== 'contradicting') continue;
      conflicts.get(positions[i])!.set(positions[j], r.kind);
      conflicts.get(positions[j])!.set(positions[i], r.kind);
    }
  }
  yield;
  const cluster = revisionsOnly ? new Map<Position, number>() : clustersOf(positions, (p, q) => conflicts.get(p)!.has(q));

  // The conflicting pairs, gathered by the two clusters they join and the kind of conflict found.
  const found = new Map<string, Finding>();
  for (let i = 0; i < positions.length; i++) {
    for (let j = i + 1; j < positions.length; j++) {
      yield;
      const [p, q] = [positions[i], positions[j]];
      const conflict = conflicts.get(p)!.get(q);
      if (!conflict) continue;
      const stateOfAffairs = isStateOfAffairs(group.attribute, [p.valueKey, q.valueKey]);
      const met = meeting(p.holdings, q.holdings, stateOfAffairs, (x, y) => (x.claimantId !== y.claimantId && (superseded.has(x) || superseded.has(y)))
        || risingToll(group.attribute, x, y, partiesOfOneSide(context, x.claimantId, y.claimantId)));
      if (met === 'same') revisions.add(p, q, stateOfAffairs);
      if (revisionsOnly) continue;
      if (met !== 'cross' && met !== 'in_time') continue;
      const kindFound: ContradictionKind = met === 'in_time' ? 'revision_in_time' : conflict;
      // Sides keep their meaning: the assertion before its denial, the earlier statement before the later.
      let [a, b] = cluster.get(p)! <= cluster.get(q)! ? [p, q] : [q, p];
      if (kindFound === 'negation' && a.polarity === 'denied') [a, b] = [b, a];
      const severity: Severity = kindFound === 'quantity_mismatch' ? quantitySeverity(p.range!, q.range!) : kindFound === 'revision_in_time' ? 'low' : 'high';
      const id = `${cluster.get(a)}~${cluster.get(b)}~${kindFound}`;
      const entry = found.get(id) ?? { kind: kindFound, a: new Set<Position>(), b: new Set<Position>(), severity, pairs: [] };
      entry.a.add(a);
      entry.b.add(b);
      entry.pairs.push([a, b, severity]);
      // Sides as far apart as their closest values.
      if (RANK[severity] > RANK[entry.severity]) entry.severity = severity;
      found.set(id, entry);
    }
  }
  if (revisionsOnly) return { contradictions: [], revisions: revisions.list() };
  for (const entry of withoutRepeatedDenials(splitMixed(found.values(), (p, q) => conflicts.get(p)!.has(q)))) {
    let sides: [Side, Side] = [clusterSide([...entry.a], entry.kind), clusterSide([...entry.b], entry.kind)];
    let said: [string | null, string | null] = [statedFirst([...entry.a]), statedFirst([...entry.b])];
    if (entry.kind === 'revision_in_time' && (said[1] ?? '') < (said[0] ?? '')) {
      sides = [sides[1], sides[0]];
      said = [said[1], said[0]];
    }
    // A side of several values is named by its first value key: the same whatever order the claims came in.
    const anchors = [entry.a, entry.b].map((side) => [...side].map((p) => p.key).sort()[0]).sort();
    yield;
    contradictions.push(detected(entry.kind, entry.severity, group, sides, context, `${entry.kind}:${anchors.join('~')}`, said));
  }
  if (kind === 'boolean') detectBooleanOmission(group, positions, context, contradictions);
  return { contradictions: contradictions.sort((a, b) => (a.identity < b.identity ? -1 : 1)), revisions: revisions.list() };
}

function detectBooleanOmission(group: Group, positions: Position[], context: EventContext, out: Detected[]): void {
  const truePositions = positions.filter((p) => (p.valueKey === 'b:true') !== (p.polarity === 'denied'));
  const asserters = truePositions.flatMap((p) => p.holdings);
  if (!asserters.length) return;
  const silent = silentParties(context, new Set(group.holdings.map((h) => h.claimantId)), asserters);
  if (!silent.length) return;
  out.push(omission(group, context, group.subject ?? 'it', truePositions[0].match, asserters, silent, 'omission:true'));
}
