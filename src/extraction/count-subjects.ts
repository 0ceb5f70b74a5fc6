/**
 * Whose men a count is, in the desk's own names. Quantity reading names the group counted in words
 * ("RSF", "soldiers", "police", "attackers"); the board compares one party's losses with another account
 * of the same party's losses, so a group the desk knows is named as the desk names it:
 * - a name or alias of a known source becomes that source's name ("Rapid Support Forces" -> "RSF");
 * - a generic group becomes the one known source of its kind, when the event has exactly one
 *   ("soldiers" -> the only military, "attackers" -> the only armed group), the event's claimants first
 *   (`scopedOfKind`); with two or none it stays generic, since guessing between two armies would set one
 *   army's losses against the other's.
 */
import { fold } from '../claims/fold';
import { scopedOfKind } from './source-lookups';
import type { SourceIndex } from './speakers';

/** Attributes whose subject names an armed group counted (the corpus convention on counted fighters). */
const COUNTS_OF_GROUPS = new Set(['combatant_fatalities', 'injuries', 'captured']);

/** The source kind a generic group word stands for. */
const KIND_OF_GROUP: Record<string, string> = {
  soldiers: 'military',
  troops: 'military',
  police: 'police',
  attackers: 'armed_group',
  fighters: 'armed_group',
};

/** The desk's name for the group a count is of, or the words as read when the desk has no single match. */
export function partySubject(subject: string, index: SourceIndex): string {
  const known = index.exact.get(fold(subject));
  if (known) return known.name;
  const kind = KIND_OF_GROUP[subject.toLowerCase()];
  const ofKind = kind ? scopedOfKind(index, kind) : [];
  return ofKind.length === 1 ? ofKind[0].name : subject;
}

/** Names the counted groups of facets read in the desk's names (other facets are left as they are). */
export function withPartySubjects<T extends { attribute: string; subject?: string | null }>(facets: T[], index: SourceIndex): T[] {
  return facets.map((f) => (COUNTS_OF_GROUPS.has(f.attribute) && typeof f.subject === 'string' ? { ...f, subject: partySubject(f.subject, index) } : f));
}
