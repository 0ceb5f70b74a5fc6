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
import { Token } from './analyse';
import { Span } from './attribution';
import { OWN } from './category-words';
import { lookup, scopedOfKind, sourceByName } from './source-lookups';
import { titledPerson } from './speaker-rules';
import type { KnownSource, SourceIndex } from './speakers';
import { wordTable } from './word-table';

/** Attributes whose subject names an armed group counted (the corpus convention on counted fighters). */
const COUNTS_OF_GROUPS = new Set(['combatant_fatalities', 'injuries', 'captured']);

/** The source kind a generic group word stands for. */
const KIND_OF_GROUP: Record<string, string> = wordTable({
  soldiers: 'military',
  troops: 'military',
  police: 'police',
});

/** The sources of a kind that may stand for a group (a person named with a title left out: 'General X'), the event's claimants first; kept per index and kind. */
function groupsOfKind(index: SourceIndex, kind: string): KnownSource[] {
  const memo = lookup(index, 'groupsOfKind', () => new Map<string, KnownSource[]>());
  let list = memo.get(kind);
  if (!list) memo.set(kind, (list = scopedOfKind(index, kind).filter((s) => !titledPerson(s.name))));
  return list;
}

/** A country's soldiers named by its people ("54 Ugandan soldiers" read as "Ugandan"): the force the desk knows as "Ugandan army". */
const FORCES = ['army', 'military', 'armed forces', 'forces', 'troops'];
function armyOfPeople(subject: string, index: SourceIndex): KnownSource | undefined {
  if (!/^[A-Z][a-z]+$/.test(subject)) return undefined;
  for (const force of FORCES) {
    const known = index.exact.get(fold(`${subject} ${force}`));
    if (known) return known;
  }
  return undefined;
}

/** The desk's name for the group a count is of, or the words as read when the desk has no single match. */
export function partySubject(subject: string, index: SourceIndex): string {
  const known = index.exact.get(fold(subject)) ?? armyOfPeople(subject, index);
  if (known) return known.name;
  const kind = KIND_OF_GROUP[subject.toLowerCase()];
  const ofKind = kind ? groupsOfKind(index, kind) : [];
  if (ofKind.length === 1) return ofKind[0].name;
  // "22 security personnel" on a desk whose only state force is a police: that police ("soldiers" is the word counts reduce them to).
  const police = kind === 'military' && !ofKind.length ? groupsOfKind(index, 'police') : [];
  return police.length === 1 ? police[0].name : subject;
}

/** Names the counted groups of facets read in the desk's names (other facets are left as they are). */
export function withPartySubjects<T extends { attribute: string; subject?: string | null }>(facets: T[], index: SourceIndex): T[] {
  return facets.map((f) => (COUNTS_OF_GROUPS.has(f.attribute) && typeof f.subject === 'string' ? { ...f, subject: partySubject(f.subject, index) } : f));
}

/** Kinds of source that speak for a state: the armed group they fight is the one they count as attackers. */
const STATE_KINDS = new Set(['military', 'police', 'government', 'state_media', 'intelligence']);
/** What the counted men are called, once quantity reading has reduced them to a word. */
const MEN_WORDS = new Set(['attackers', 'fighters']);

/**
 * Whether the counted men at the facet's words are the speaker's own: "only 12 of its fighters", "the group's
 * fighters". Read in the count's own phrase: "fighters who stormed our positions" are not "our" men.
 */
function ownMen(tokens: Token[], [a, b]: Span): boolean {
  let end = b;
  while (end + 1 < tokens.length && end < b + 3 && !CLAUSE_OPENERS.has(tokens[end + 1].pos) && !RELATIVES.has(tokens[end + 1].lower)) end += 1;
  for (let k = Math.max(0, a - 3); k <= end; k += 1) {
    // "Our forces killed dozens of mercenaries": a possessive before a verb is the killers', not the counted men's.
    if (k < a && tokens.slice(k, a).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) continue;
    if (OWN.has(tokens[k].lower)) return true;
    // "the group's fighters", "the movement's men".
    if (["'s", '’s'].includes(tokens[k].lower) && ['group', 'movement', 'organisation', 'organization'].includes(tokens[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Where a count's phrase ends: a verb or a relative pronoun opens what is said of the men. */
const CLAUSE_OPENERS = new Set(['VERB', 'AUX']);
const RELATIVES = new Set(['who', 'that', 'which', 'whom']);

/** Whether the possessive near a count is the speaker's: "our", or "its" with no proper name between the statement's start and it. */
function ownPossessor(tokens: Token[], [a, b]: Span, first: number): boolean {
  for (let k = Math.max(first, a - 3); k <= Math.min(tokens.length - 1, b + 3); k += 1) {
    if (tokens[k].lower === 'our') return true;
    if (tokens[k].lower === 'its') return !tokens.slice(first, k).some((t) => t.pos === 'PROPN');
  }
  return false;
}

/** What an armed body calls its own men after "of its", "of our": "seven of its members", "three of our brothers". */
const OWN_MEN = new Set(['members', 'men', 'fighters', 'comrades', 'brothers', 'cadres', 'personnel', 'officers', 'troops', 'soldiers']);

/** Whether the count at the facet's words is "N of its/our <men>": "seven of its members". */
function ownMembers(tokens: Token[], [a, b]: Span): boolean {
  for (let k = a; k <= b + 2 && k + 2 < tokens.length; k += 1) {
    if (tokens[k].lower === 'of' && OWN.has(tokens[k + 1].lower) && OWN_MEN.has(tokens[k + 2].lower)) return true;
  }
  return false;
}

/** "We lost 14 men", "it had lost 12 of its soldiers": an armed speaker counting its own losses (read before the number). */
function weLost(tokens: Token[], [a]: Span): boolean {
  for (let k = a - 1; k >= 0 && k >= a - 3; k -= 1) {
    if (tokens[k].lemma !== 'lose') continue;
    const subject = tokens[k - 1]?.pos === 'AUX' ? tokens[k - 2] : tokens[k - 1];
    return ['we', 'it'].includes(subject?.lower ?? '');
  }
  return false;
}

/**
 * Names counted fighters left as a word by the speaker's side, as the corpus convention does: the speaker's own
 * ("its fighters") are its forces (`forces`, when they are an armed party); attackers or fighters a state's
 * source counts are the one armed group of the event, the claimants first, when it has exactly one, and those an
 * armed group counts, not its own, the one army.
 */
export function withSpeakerSides<T extends { attribute: string; subject?: string | null; span: Span }>(
  facets: T[], tokens: Token[], speaker: string | null, index: SourceIndex, forces: (speaker: string) => string | null,
  present: (source: KnownSource) => boolean = () => true, first = 0,
): T[] {
  if (!speaker) return facets;
  const kind = sourceByName(index, speaker)?.kind ?? '';
  return facets.map((f) => {
    // "seven of its members were killed": an armed speaker's own men, whatever it calls them.
    const own = f.attribute === 'fatalities' && !f.subject && (ownMembers(tokens, f.span) || weLost(tokens, f.span)) ? forces(speaker) : null;
    if (own) return { ...f, attribute: 'combatant_fatalities', subject: own };
    // "63 of our soldiers" with two armies on the desk: the speaker's own, as "its fighters" are ("Russia lost 400 of its
    // soldiers, the Ukrainian military said": "its" is Russia's, so only "our", or "its" with no one named before it).
    if (COUNTS_OF_GROUPS.has(f.attribute) && KIND_OF_GROUP[(f.subject ?? '').toLowerCase()] && ownMen(tokens, f.span) && ownPossessor(tokens, f.span, first)) {
      const own = forces(speaker);
      return own ? { ...f, subject: own } : f;
    }
    if (!COUNTS_OF_GROUPS.has(f.attribute) || !MEN_WORDS.has(f.subject ?? '')) return f;
    if (ownMen(tokens, f.span)) {
      const own = forces(speaker);
      return own ? { ...f, subject: own } : f;
    }
    // An armed group's count of attackers is of the state's army it fights; its "fighters" unmarked may be its own
    // ("30 fighters were killed in air strikes"), so they stay a word.
    const othersMen = f.subject === 'attackers' || !tokens.slice(f.span[0], f.span[1] + 1).some((t) => ['fighters', 'fighter'].includes(t.lower));
    const enemies = STATE_KINDS.has(kind) ? groupsOfKind(index, 'armed_group') : kind === 'armed_group' && othersMen ? groupsOfKind(index, 'military') : [];
    // The enemy is one the text names or a claimant of the event, not the desk's one armed group of another conflict.
    return enemies.length === 1 && present(enemies[0]) ? { ...f, subject: enemies[0].name } : f;
  });
}

const STRIKES = new Set(['strike', 'strikes', 'airstrike', 'airstrikes', 'shelling', 'missile', 'missiles', 'rocket', 'rockets', 'bombing', 'drone', 'drones', 'artillery', 'himars']);
const CLOSE_FIGHTING = new Set(['assault', 'offensive', 'ambush', 'raid', 'stormed', 'storming', 'failed', 'repelled', 'counter-attack', 'counterattack', 'fighting', 'clashes']);

/**
 * Soldiers left as a word where the desk has armies on two sides ("the number of servicemen killed in the Ukrainian strike"):
 * the dead of a strike are not the striker's, so when the statement names who struck, they are the one army of the other side.
 */
export function withVictimSides<T extends { attribute: string; subject?: string | null; value?: unknown; polarity?: string }>(facets: T[], index: SourceIndex, tokens: Token[], [a, b]: Span): T[] {
  // Only the dead of a strike from afar: in a failed assault or an ambush the dead may be the attacker's own.
  const words = tokens.slice(a, b + 1).map((t) => t.lower);
  if (!words.some((w) => STRIKES.has(w)) || words.some((w) => CLOSE_FIGHTING.has(w))) return facets;
  const striker = facets.find((f) => f.attribute === 'perpetrator' && f.polarity !== 'denied' && typeof f.value === 'string');
  const side = striker ? sourceByName(index, striker.value as string) : undefined;
  if (!side?.side) return facets;
  const others = groupsOfKind(index, 'military').filter((s) => s.side && s.side !== side.side);
  if (others.length !== 1) return facets;
  return facets.map((f) => (COUNTS_OF_GROUPS.has(f.attribute) && (f.subject === 'soldiers' || f.subject === 'troops') ? { ...f, subject: others[0].name } : f));
}
