/**
 * Whose men a count is, in the desk's own names. Quantity reading names the group counted in words
 * ("RSF", "soldiers", "police", "attackers"); the board compares one party's losses with another account
 * of the same party's losses, so a group the desk knows is named as the desk names it:
 * - a name or alias of a known source becomes that source's name ("Rapid Support Forces" -> "RSF");
 * - a generic group becomes the one known source of its kind, when the event has exactly one
 *   ("soldiers" -> the only military, "police" -> the only police), the event's claimants first
 *   (`scopedOfKind`); with two or none it stays generic, since guessing between two armies would set one
 *   army's losses against the other's. A source named as a titled person (the army's chief of
 *   staff, "General X") is never a group. "Attackers" and "fighters" stay words: the desk's one armed
 *   group is not who attacked until the text says so.
 */
import { fold } from '../claims/fold';
import { lookup, scopedOfKind } from './source-lookups';
import { titledPerson } from './speaker-rules';
import type { KnownSource, SourceIndex } from './speakers';

/** Attributes whose subject names an armed group counted (the corpus convention on counted fighters). */
const COUNTS_OF_GROUPS = new Set(['combatant_fatalities', 'injuries', 'captured']);

/** The source kind a generic group word stands for. */
const KIND_OF_GROUP: Record<string, string> = {
  soldiers: 'military',
  troops: 'military',
  police: 'police',
};

/** The sources of a kind that may stand for a group (a person named with a title left out: 'General X'), the event's claimants first; kept per index and kind. */
function groupsOfKind(index: SourceIndex, kind: string): KnownSource[] {
  const memo = lookup(index, 'groupsOfKind', () => new Map<string, KnownSource[]>());
  let list = memo.get(kind);
  if (!list) memo.set(kind, (list = scopedOfKind(index, kind).filter((s) => !titledPerson(s.name))));
  return list;
}

/** The desk's name for the group a count is of, or the words as read when the desk has no single match. */
export function partySubject(subject: string, index: SourceIndex): string {
  const known = index.exact.get(fold(subject));
  if (known) return known.name;
  const kind = KIND_OF_GROUP[subject.toLowerCase()];
  const ofKind = kind ? groupsOfKind(index, kind) : [];
  return ofKind.length === 1 ? ofKind[0].name : subject;
}

/** Names the counted groups of facets read in the desk's names (other facets are left as they are). */
export function withPartySubjects<T extends { attribute: string; subject?: string | null }>(facets: T[], index: SourceIndex): T[] {
  return facets.map((f) => (COUNTS_OF_GROUPS.has(f.attribute) && typeof f.subject === 'string' ? { ...f, subject: partySubject(f.subject, index) } : f));
}
