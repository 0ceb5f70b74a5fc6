import { isVagueQuantity } from '../claims/quantity';
import { Token } from './analyse';
import type { ReadFacet } from './quantity-facets';
import { armedBodyIn } from './quantity-people';
import { wordTable } from './word-table';
import { fold } from '../claims/fold';
import { ADJECTIVE_OF } from './names';

/**
 * Subjects of quantities (issue 13): a distinct group counted apart from the toll ("three hostages were
 * killed", "seven aid workers") or a distinct place ("on the left bank", "in areas under Ukrainian
 * control"; "10 in Kherson and four in Zaporizhzhia").
 */

/** Groups a desk counts apart, by the noun that names them, as the subject they take. */
const GROUPS: Record<string, string> = wordTable({
  hostage: 'hostages', hostages: 'hostages', captive: 'captives', captives: 'captives', prisoner: 'prisoners', prisoners: 'prisoners',
  pow: 'prisoners of war', pows: 'prisoners of war', detainee: 'detainees', detainees: 'detainees', peacekeeper: 'peacekeepers',
  peacekeepers: 'peacekeepers', journalist: 'journalists', journalists: 'journalists', rescuer: 'rescuers', rescuers: 'rescuers',
  paramedic: 'paramedics', paramedics: 'paramedics', medic: 'medics', medics: 'medics',
});
/** Words of a state's people counted as such. */
const CITIZENS = new Set(['citizens', 'citizen', 'nationals', 'national', 'compatriots']);
/** "aid workers", "health workers": workers named by what they do. */
const WORKERS = new Set(['aid', 'humanitarian', 'health', 'medical', 'relief', 'rescue', 'un', 'u.n.']);
const PLACE_LINKS = new Set(['in', 'on', 'across', 'inside', 'within']);
/** Words that part a place into sides: "the left bank", "areas under Russian control", "the occupied part". */
const SIDES = new Set(['bank', 'side', 'part', 'sector', 'shore']);
const HELD = ['-controlled', '-held', '-occupied'];

/** The distinct group among the words counted, if any: "hostages", "aid workers", "prisoners of war". */
export function groupOf(tokens: Token[], from: number, to: number): string | null {
  for (let at = from; at <= to; at += 1) {
    const w = tokens[at];
    const group = GROUPS[w.lower];
    if (group === 'prisoners' && tokens[at + 1]?.lower === 'of' && tokens[at + 2]?.lower === 'war') return 'prisoners of war';
    if (group) return group;
    if ((w.lemma === 'worker' || w.lower === 'workers') && at > from && WORKERS.has(tokens[at - 1].lower)) return `${tokens[at - 1].lower} workers`;
    // "41 citizens of Tajikistan": a state's own dead counted across a border, named as "Chinese nationals" is (quantity-people.ts).
    if (CITIZENS.has(w.lower) && tokens[at + 1]?.lower === 'of') {
      const people = ADJECTIVE_OF[fold(tokens[at + 2]?.text ?? '')];
      if (people) return `${people.charAt(0).toUpperCase()}${people.slice(1)} ${w.lower}`;
    }
  }
  return null;
}

export interface Place {
  /** As the subject takes it: "kherson", "ukrainian-controlled", "left bank". */
  name: string;
  /** A side of a divided place (a bank, areas under one side's control): a subject on its own. */
  side: boolean;
}

/** The words of a place phrase from token k (after "in the"): proper names, adjectives, nouns. */
function placeWords(tokens: Token[], k: number, last: number): Place | null {
  let j = k;
  if (tokens[j]?.lower === 'the') j += 1;
  // "under Ukrainian control": the side that holds it.
  if (tokens[j]?.lower === 'areas' || tokens[j]?.lower === 'parts' || tokens[j]?.lower === 'territory') {
    if (tokens[j + 1]?.lower === 'under' && tokens[j + 3]?.lower === 'control') return { name: `${tokens[j + 2].lower}-controlled`, side: true };
  }
  if (tokens[j]?.lower === 'under' && tokens[j + 2]?.lower === 'control') return { name: `${tokens[j + 1].lower}-controlled`, side: true };
  // Words of the phrase, "Russian-occupied" kept whole however the tagger splits it.
  const words: Array<{ lower: string; proper: boolean }> = [];
  while (j <= last && words.length < 4) {
    const t = tokens[j];
    if (t.text === '-' && words.length && j + 1 <= last && /^[a-z]/i.test(tokens[j + 1].text)) {
      words[words.length - 1].lower += `-${tokens[j + 1].lower}`;
      j += 2;
      continue;
    }
    if (!['PROPN', 'ADJ', 'NOUN'].includes(t.pos) && !HELD.some((h) => h.slice(1) === t.lower)) break;
    words.push({ lower: t.lower, proper: t.pos === 'PROPN' });
    j += 1;
  }
  if (!words.length) return null;
  const held = words.find((w) => HELD.some((h) => w.lower.endsWith(h)) || w.lower === 'occupied');
  if (held) return { name: held.lower, side: true };
  const sideAt = words.findIndex((w) => SIDES.has(w.lower));
  if (sideAt > 0) return { name: words.slice(0, sideAt + 1).map((w) => w.lower).join(' '), side: true };
  // Only a named place is a place: "in the attack", "in clashes" are not.
  if (!words.every((w) => w.proper)) return null;
  return { name: words.map((w) => w.lower).join(' '), side: false };
}

/**
 * The place a count is given for: after it in its clause ("killed 10 people in Kherson", "died in areas
 * under Ukrainian control"), or right before it ("and in Lebanon 30 died", "In Israel, 12 people ...").
 */
export function placeOf(tokens: Token[], start: number, n: number, first: number, last: number): Place | null {
  // "16 people had died and 31 were missing in the areas under Ukrainian control": the place of both.
  for (let k = n; k <= Math.min(last, n + 12); k += 1) {
    const w = tokens[k];
    if ([',', ';', '.', ':', 'while', 'but', 'whereas'].includes(w.lower)) break;
    if (PLACE_LINKS.has(w.lower)) {
      const place = placeWords(tokens, k + 1, last);
      if (place) return place;
    }
  }
  let k = start - 1;
  if (k >= first && tokens[k].text === ',') k -= 1;
  const end = k;
  while (k >= first && end - k < 4 && tokens[k].pos === 'PROPN') k -= 1;
  if (k < end && k >= first && PLACE_LINKS.has(tokens[k].lower)) return placeWords(tokens, k + 1, end);
  return null;
}

/** Forces of a state, named alike so that counts of them compare: "troops", "servicemen", "members of the armed forces". */
const STATE_FORCES = new Set([
  'soldier', 'soldiers', 'troop', 'troops', 'serviceman', 'servicemen', 'servicemembers', 'army', 'forces', 'military', 'personnel',
  'paratrooper', 'paratroopers', 'marine', 'marines', 'airman', 'airmen', 'commando', 'commandos', 'recruit', 'recruits', 'conscript',
  'conscripts', 'reservist', 'reservists', 'infantryman', 'infantrymen', 'sapper', 'sappers', 'gunner', 'gunners', 'legionnaire',
  'legionnaires', 'officer', 'officers', 'occupier', 'occupiers', 'invader', 'invaders', 'crusader', 'crusaders',
]);
/** Police, gendarmes and guards: security forces apart from the army. */
const POLICE = new Set([
  'police', 'policeman', 'policemen', 'policewoman', 'policewomen', 'constable', 'constables', 'gendarme', 'gendarmes', 'guard', 'guards',
  'guardsman', 'guardsmen',
]);

/**
 * The armed group a count names, in one of three words so that counts compare across sources whatever noun
 * each uses: "soldiers" (troops, servicemen, members of the armed forces, "occupiers"), "police" (policemen,
 * gendarmes, guards), "fighters" (militants, rebels, jihadists, militiamen); null when the words name none.
 */
export function armedGroup(tokens: Token[], counted: Token[], n: number, last: number, combatant: (w: Token) => boolean): string | null {
  let words = counted.filter(combatant);
  if (!words.length && counted.length && ['members', 'men', 'elements'].includes(counted[counted.length - 1].lower) && tokens[n]?.lower === 'of') {
    words = tokens.slice(n + 1, Math.min(last, n + 4) + 1).filter(combatant);
    // "two members of the group": the armed group named back, its fighters.
    if (!words.length && armedBodyIn(tokens, n + 1, Math.min(last, n + 3))) return 'fighters';
  }
  if (!words.length) return null;
  if (words.some((w) => POLICE.has(w.lower))) return 'police';
  return STATE_FORCES.has(words[words.length - 1].lower) ? 'soldiers' : 'fighters';
}

/** A quantity read, with what the merging of one statement's reads needs. */
export interface Read extends ReadFacet {
  place: Place | null;
  increment: boolean;
  whole: boolean;
}

/**
 * A side of a divided place is a subject on its own; a named place is one when the statement gives counts
 * of one attribute for two places ("10 in Kherson and four in Zaporizhzhia"). Then one facet per attribute
 * and subject, the first.
 */
export function withPlaces(reads: Read[]): ReadFacet[] {
  // Places named per attribute (two are enough to tell): one pass, then one pass over the reads.
  const places = new Map<string, Set<string>>();
  for (const r of reads) {
    if (!r.place) continue;
    const named = places.get(r.attribute) ?? new Set<string>();
    if (named.size < 2) named.add(r.place.name);
    places.set(r.attribute, named);
  }
  const facets: ReadFacet[] = [];
  const at = new Map<string, number>();
  const added = new Set<number>();
  for (const r of reads) {
    const { place, increment, whole, ...facet } = r;
    if (place && !facet.subject && (place.side || (places.get(r.attribute)?.size ?? 0) > 1)) facet.subject = place.name;
    const key = `${facet.attribute}\u0000${facet.subject ?? ''}`;
    const same = at.get(key);
    // "a few dozen, and no more than 50", "many were killed ... the toll stood at 40": a figure says it better
    // than vague words (one facet per attribute and subject, as annotated).
    if (same !== undefined && !increment && isVagueQuantity(facets[same].value as string) && !isVagueQuantity(facet.value as string)) facets[same] = facet;
    // "a further 15 bodies were recovered, bringing the toll to 63": the whole toll says it better.
    else if (same !== undefined && ((added.has(same) && !increment) || whole)) {
      facets[same] = facet;
      added.delete(same);
    }
    if (same === undefined) {
      if (increment) added.add(facets.length);
      at.set(key, facets.length);
      facets.push(facet);
    }
  }
  return facets;
}
