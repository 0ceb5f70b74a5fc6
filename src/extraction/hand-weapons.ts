import { Token } from './analyse';
import { Span } from './attribution';
import { nounPhrase, targetValue } from './targets';
import { ReadFacet } from './quantity-facets';
import { polarityOf } from './negation';

/** Weapons carried by hand, named in a list: "armed with guns and machetes", "used grenades as well as guns". */
const HAND_WEAPONS = new Set([
  'guns', 'gun', 'rifles', 'rifle', 'machetes', 'machete', 'knives', 'knife', 'grenades', 'grenade', 'axes', 'axe', 'spears', 'clubs', 'pistols', 'pistol',
  'kalashnikovs', 'swords', 'bows', 'arrows', 'sticks', 'hoes', 'cudgels', 'shotguns', 'explosives',
]);

/** Noun phrases joined by commas, "and", "or", "as well as" from `from`, at most four. */
function listFrom(tokens: Token[], from: number, last: number): Span[] {
  const out: Span[] = [];
  let k = from;
  while (out.length < 4 && k <= last) {
    const np = nounPhrase(tokens, k, last);
    if (!np) break;
    out.push(np);
    k = np[1] + 1;
    if (tokens[k]?.text === ',') k += 1;
    if (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or') k += 1;
    else if (tokens[k]?.lower === 'as' && tokens[k + 1]?.lower === 'well' && tokens[k + 2]?.lower === 'as') k += 3;
    else if (tokens[k - 1]?.text !== ',') break;
  }
  return out;
}

/**
 * What was carried or used at i: after "armed with", anything listed ("armed with automatic rifles"); after "with" or
 * "used", only a list of weapons carried by hand ("went from tent to tent with guns and machetes"), so that "with
 * French support" or "used the school" names none. Each with its words.
 */
export function carriedWeapons(tokens: Token[], i: number, last: number): Array<{ value: string; span: Span }> {
  const t = tokens[i];
  let from = -1;
  let any = false;
  if (t.lower === 'armed' && tokens[i + 1]?.lower === 'with') {
    from = i + 2;
    any = true;
  } else if (t.lower === 'with' && tokens[i - 1]?.lower !== 'armed') from = i + 1;
  else if (t.lemma === 'use' && t.pos === 'VERB') from = i + 1;
  if (from < 0 || from > last) return [];
  const list = listFrom(tokens, from, last);
  if (!list.length || (!any && !list.every((np) => HAND_WEAPONS.has(tokens[np[1]].lower)))) return [];
  return list.map((np) => ({ value: targetValue(tokens, np), span: np })).filter((w) => w.value !== '');
}

/** Aircraft and vehicles that are weapons when they strike and targets when they are struck. */
const CRAFT = new Set(['helicopter', 'helicopters', 'aircraft', 'plane', 'planes', 'jet', 'jets', 'gunship', 'gunships', 'drone', 'drones']);
const STRUCK = new Set(['attacked', 'hit', 'struck', 'targeted', 'downed', 'shot', 'ambushed', 'fired']);
/** Before the craft, only verbs of hitting: "had fired drones at the camp" launched them. */
const STRUCK_BEFORE = new Set(['attacked', 'hit', 'struck', 'targeted', 'downed', 'ambushed', 'destroyed', 'damaged']);

/**
 * Whether the aircraft named at [i, end] is what was attacked, not what attacked: "the attack against the UH-60
 * helicopter", "an attack on a police helicopter", "the helicopter was hit by a drone", "a drone struck the helicopter".
 * A helicopter that fires ("a helicopter gunship fired on the village") stays a weapon.
 */
export function struckCraft(tokens: Token[], i: number, end: number, first: number, last: number): boolean {
  if (!CRAFT.has(tokens[end].lower)) return false;
  // "destroyed two military aircraft and a drone": over the other things struck, listed before it.
  for (let k = i - 1; k >= first && k >= i - 7; k -= 1) {
    // "an attack against the helicopter", "a drone struck the Black Hawk helicopter".
    if (['against', 'on', 'at'].includes(tokens[k].lower) || (STRUCK_BEFORE.has(tokens[k].lower) && tokens[k].pos === 'VERB')) return true;
    if (!['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PUNCT', 'CCONJ'].includes(tokens[k].pos)) break;
  }
  let k = end + 1;
  let be = false;
  while (k <= last && k <= end + 3 && ['AUX', 'ADV', 'PART'].includes(tokens[k].pos)) {
    if (['was', 'were', 'been', 'is', 'are', 'being'].includes(tokens[k].lower)) be = true;
    k += 1;
  }
  return be && k <= last && STRUCK.has(tokens[k].lower);
}

/** Words after a weapon that place it in an arsenal or another time: "in service", "in its arsenal", "earlier in the war". */
const HELD_AFTER = new Set(['service', 'arsenal', 'stockpile', 'stockpiles', 'inventory']);
/** Words of another time after a weapon: another time only after a verb of using ("recorded using X earlier in the war"), not "fired X before dawn". */
const OTHER_TIME = new Set(['earlier', 'previously', 'before']);

/**
 * Whether the weapon at [a, b] is spoken of as held or used in general rather than in the attack: "had no Tochka-U
 * missiles in service", "does not use the Tochka-U", "had been recorded using Tochka-U missiles earlier in the war".
 */
export function arsenal(tokens: Token[], a: number, b: number, first: number, last: number): boolean {
  let used = false;
  for (let k = Math.max(first, a - 3); k < a; k += 1) used ||= tokens[k].lemma === 'use';
  for (let k = b + 1; k <= last && k <= b + 4; k += 1) if (HELD_AFTER.has(tokens[k].lower) || (used && OTHER_TIME.has(tokens[k].lower))) return true;
  // "does not use", "do not possess": a habit denied, in the present.
  for (let k = Math.max(first, a - 4); k < a; k += 1) {
    if (['does', 'do'].includes(tokens[k].lower) && ['not', "n't"].includes(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * The weapon facet of the weapons named in a statement (those a cause read does not already say): one weapon, the
 * first named, or several named together ("guns and machetes", "helicopters, drones and warplanes") as a set. A set
 * of weapons named apart would make every party silent on one of them an omission.
 */
export function weaponFacet(named: Array<{ value: string; span: Span; no: boolean }>, denied: boolean): ReadFacet | null {
  if (!named.length) return null;
  const polarity = polarityOf(denied, named[0].no);
  if (named.length >= 2) return { attribute: 'weapons', value: named.map((w) => w.value), polarity, span: [named[0].span[0], named[named.length - 1].span[1]] };
  return { attribute: 'weapon', value: named[0].value, polarity, span: named[0].span };
}
