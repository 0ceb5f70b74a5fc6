import { Token } from './analyse';

/**
 * A statement that opens on another incident than the event: "Another strike on a flour mill killed 17",
 * "In a separate attack, ...", "In other operations within the period, troops arrested 262 suspects",
 * "Hours earlier, a truck loaded with explosives blew up in Cali". Its tolls, causes and weapons are that
 * incident's, so it gives no facet of the event (a missed facet costs a desk less than a false contradiction).
 */

/** Nouns of an incident: what "another" or "other" makes a different one of. */
const INCIDENTS = new Set([
  'attack', 'attacks', 'strike', 'strikes', 'bombing', 'bombings', 'explosion', 'explosions', 'blast', 'blasts', 'raid', 'raids',
  'assault', 'assaults', 'ambush', 'ambushes', 'incident', 'incidents', 'operation', 'operations', 'shelling', 'clash', 'clashes',
]);
const SPANS = new Set(['hours', 'days', 'weeks', 'months', 'day', 'week', 'month', 'minutes']);
const INDEFINITE = new Set(['a', 'an', 'another']);

/** The incident noun at k, over up to two words that qualify it ("another deadly air strike"). */
function incidentAt(tokens: Token[], k: number): boolean {
  for (let j = k; j <= k + 2 && j < tokens.length; j += 1) {
    if (INCIDENTS.has(tokens[j].lower)) return true;
    if (!['ADJ', 'NOUN'].includes(tokens[j].pos)) return false;
  }
  return false;
}

/** Whether the statement starting at token `first` opens on another incident. */
export function opensOnOtherIncident(tokens: Token[], first: number): boolean {
  const w = (k: number) => tokens[first + k]?.lower ?? '';
  // "Another strike on ...", "Other attacks ...".
  if (w(0) === 'another' || w(0) === 'other') return incidentAt(tokens, first + 1);
  // "In a separate attack", "In another raid", "In other operations".
  if (w(0) === 'in' && (w(1) === 'another' || w(1) === 'other')) return incidentAt(tokens, first + 2);
  if (w(0) === 'in' && w(1) === 'a' && w(2) === 'separate') return incidentAt(tokens, first + 3);
  // "Hours earlier, a truck ...": a time before, then something new happening.
  for (let k = 0; k <= 2; k += 1) {
    if (!SPANS.has(w(k)) || !['earlier', 'before'].includes(w(k + 1)) || w(k + 2) !== ',') continue;
    return INDEFINITE.has(w(k + 3));
  }
  return false;
}
