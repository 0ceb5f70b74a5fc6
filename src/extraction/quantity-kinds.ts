import { Token } from './analyse';
import {
  CIVILIAN_HEADS, COMBATANTS, isNumber, Kind, kindAt, kindOfWord, VAGUE, MEMBERS, PLACE_LINKS, STOP, TOLL_LINKS,
} from './quantity-words';
import { armedBodyIn } from './quantity-people';
import { wordTable } from './word-table';

/**
 * What a number counts, read from the words around it (src/extraction/quantity-facets.ts): the verb or
 * noun after it, the verb or toll before it, whose the dead are. Each looks a bounded number of tokens.
 */

/** How far from its number a quantity's noun and verb may stand. */
const WINDOW = 7;
/** Over a relative clause or words describing those counted, further. */
const LONG_WINDOW = 16;
/** How far back a toll's noun may stand from its figure ("the death toll from Tuesday's bombing at a market in the town of ... has risen to 32"). */
const TOLL_WINDOW = 30;
export const JOINS = new Set(['and', 'or', ',', 'as well as']);
export const ATTACKERS = new Set([
  'attacker', 'attackers', 'assailant', 'assailants', 'gunman', 'gunmen', 'terrorist', 'terrorists', 'raider', 'raiders', 'kidnapper', 'kidnappers',
  'abductor', 'abductors', 'hijacker', 'hijackers', 'captor', 'captors',
]);

export const has = (set: Set<string>, w: Token) => set.has(w.lower) || set.has(w.lemma);

const ASIDE_CLOSERS: Record<string, string> = wordTable({ ',': ',', '(': ')', '—': '—', '–': '–', '-': '-' });
/** Words an aside of a part may open with, verbs among them: ", including 20 children,", ", among them ...". */
const RELATIVES = new Set(['who', 'whom', 'which', 'that', 'whose']);
const ASIDE_OPENERS = new Set(['including', 'among', 'mostly', 'most', 'many', 'all', 'some', 'half', 'excluding']);

/**
 * An aside that says nothing happened: ", most of them children,", "(including teachers)", "— most of
 * them women —". Answers the index of its closing mark, or -1.
 */
function asideEnd(tokens: Token[], k: number, last: number): number {
  const closer = ASIDE_CLOSERS[tokens[k].text];
  // "most of them women who had gathered at the market": a relative clause may have its verbs.
  let relative = false;
  for (let j = k + 1; j <= Math.min(last, k + 16); j += 1) {
    if (tokens[j].text === closer) return j;
    if (j === k + 1 && ASIDE_OPENERS.has(tokens[j].lower)) continue;
    // ", who were attending a funeral,": a clause about the people counted, right after the comma.
    if (RELATIVES.has(tokens[j].lower) && (j > k + 1 || tokens[j].lower === 'who')) relative = true;
    if (((!relative && (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX')) && closer !== ')') || STOP.has(tokens[j].text) || tokens[j].text === '.') return -1;
  }
  return -1;
}

/** "people attending a wedding", "people trapped in the building": a verb that describes those counted. */
function modifier(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  if (w.lower.endsWith('ing')) return true;
  return w.lower.endsWith('ed') && tokens[k - 1]?.pos === 'NOUN' && tokens[k + 1]?.pos === 'ADP';
}

/**
 * The kind said after the counted words: "were killed", "had been wounded", "dead and ...", over an aside,
 * a relative clause or words describing those counted ("people attending a wedding ... were killed"). A
 * verb of their own that says no harm ends it ("30 people fled the village and 12 were killed").
 */
export function kindAfter(tokens: Token[], n: number, first: number, last: number): Kind | null {
  let limit = WINDOW;
  let relative = false;
  // After a verb of their own, the words of its clause only: "lost their lives", not "fled ... and 12 were killed".
  let predicate = false;
  for (let k = n, read = 0; k <= last && read <= limit; k += 1, read += 1) {
    const w = tokens[k];
    if (ASIDE_CLOSERS[w.text]) {
      const end = asideEnd(tokens, k, last);
      if (end < 0) return null;
      k = end;
      continue;
    }
    // "two soldiers and three civilians were killed": counts joined share the verb after the last.
    if (isNumber(w) && k > n && JOINS.has(tokens[k - 1].lower)) {
      // The next count's own words ("and 19 suspected cartel gunmen were killed") do not use up the window.
      limit += 4;
      continue;
    }
    // "abducted 42 people, including ..., and killed two guards": a verb of the next clause.
    if (w.lower === 'and' && tokens[k + 1]?.pos === 'VERB' && kindAt(tokens, k + 1, first)) return null;
    // "put the number of dead at 53 and the wounded at 75": the next toll, set at a figure of its own.
    if (w.lower === 'and' && tokens[k + 1]?.lower === 'the' && [3, 4, 5, 6].some((d) => tokens[k + d]?.lower === 'at' && [1, 2, 3].some((e) => isNumber(tokens[k + d + e])))) return null;
    if (isNumber(w) || STOP.has(w.text) || w.text === '.') return null;
    const kind = kindAt(tokens, k, first);
    // "was seriously wounded and later died of his wounds": the dead.
    if (kind === 'injured' && tokens[k + 1]?.lower === 'and') {
      for (let j = k + 2; j <= Math.min(last, k + 4); j += 1) {
        if (tokens[j].pos === 'VERB' && kindAt(tokens, j, first) === 'fatal') return 'fatal';
        // Only adverbs between ("and later died"): "and two others died" has a subject of its own.
        if (tokens[j].pos !== 'ADV' && tokens[j].pos !== 'AUX') break;
      }
    }
    if (kind) return kind;
    if (RELATIVES.has(w.lower)) {
      relative = true;
      limit = LONG_WINDOW;
    } else if (w.pos === 'VERB' && !relative) {
      if (!modifier(tokens, k)) predicate = true;
      else if (!predicate) limit = LONG_WINDOW;
    } else if (predicate && (JOINS.has(w.lower) || w.lower === 'but' || w.lower === 'while')) return null;
  }
  return null;
}

const SUBORDINATORS = new Set(['when', 'as', 'after', 'while', 'because', 'before', 'until', 'where', 'whereas', 'although', 'though']);

/** Verbs of aiming: what follows "at" is whom they aimed at. */
const AIMED = new Set(['fire', 'shoot', 'aim', 'point', 'throw', 'hurl', 'charge', 'advance', 'lunge', 'rush']);

/** The kind said just before: "killing at least 12 soldiers"; after a toll's link, further: "the death toll ... rose to 30". */
export function kindBefore(tokens: Token[], start: number, first: number, bare: boolean): Kind | null {
  let linked = false;
  for (let k = start - 1; k >= Math.max(first, start - 4); k -= 1) {
    const w = tokens[k];
    // "the dead (at least 30)", "death toll: 45": a mark right before the figure.
    if ((w.text === '(' || w.text === ':') && k === start - 1) continue;
    // "rescued four hostages alive from two apartment buildings": a place-phrase counts places, not the hostages.
    // "the toll was in the hundreds", "ran into the dozens": a link, not a place.
    if ((w.lower === 'in' || w.lower === 'into') && tokens[k + 1]?.lower === 'the' && k + 2 === start && VAGUE.has(tokens[start].lower)) {
      linked = true;
      continue;
    }
    if (isNumber(w) || STOP.has(w.text) || w.text === ',' || w.text === '.' || (PLACE_LINKS.has(w.lower) && w.lower !== 'at')) break;
    // "fired only at a few people who approached": whom fire was aimed at, no count of harm.
    if (w.lower === 'at' && AIMED.has(tokens[k - 1]?.lemma ?? '')) return null;
    if (w.lower === 'at' && tokens[k - 1]?.pos === 'ADV' && AIMED.has(tokens[k - 2]?.lemma ?? '')) return null;
    // "were killed when hundreds of militants stormed the camp": a new clause, whose subject the number is.
    if (SUBORDINATORS.has(w.lower)) break;
    const kind = kindAt(tokens, k, first);
    if (kind) return kind;
    if (k >= start - 3 && has(TOLL_LINKS, w)) linked = true;
  }
  if (!linked || !bare) return null;
  for (let k = start - 1; k >= Math.max(first, start - TOLL_WINDOW); k -= 1) {
    const w = tokens[k];
    if (isNumber(w) || STOP.has(w.text) || w.text === '.') return null;
    const kind = kindAt(tokens, k, first);
    if (kind === 'fatal' || kind === 'injured') return kind;
  }
  return null;
}

/** "were among the dead", "are reportedly among those killed": the count is a part of another. */
export function amongAfter(tokens: Token[], n: number, last: number): boolean {
  let k = n;
  while (k <= last && k < n + 3 && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV')) k += 1;
  return k > n && k <= last && tokens[k].lower === 'among';
}

export function countedAt(tokens: Token[], n: number, last: number): boolean {
  for (let k = n; k <= Math.min(last, n + 2); k += 1) {
    const next = tokens[k + 1];
    if (['along', 'in', 'at', 'near', 'on', 'inside', 'among'].includes(tokens[k].lower) && next && (next.pos === 'DET' || next.pos === 'PROPN' || next.lower === 'the')) return true;
  }
  return false;
}

/** Verbs of care and carrying after the count: counting or recovering the dead still gives the toll. */
const HANDLED_AFTER = new Set(['bring', 'receive', 'admit', 'carry', 'transport', 'take', 'evacuate', 'collect', 'ferry', 'treat', 'hospitalise', 'hospitalize', 'arrive']);

export function handledAfter(tokens: Token[], n: number, last: number): boolean {
  let k = n;
  while (k <= last && k < n + 3 && tokens[k].pos === 'AUX') k += 1;
  // "were treated for injuries" gives the total.
  return k <= last && tokens[k].pos === 'VERB' && HANDLED_AFTER.has(tokens[k].lemma) && tokens[k + 1]?.lower !== 'for';
}

export function sideOf(counted: Token[]): string | null {
  const head = counted.findIndex((w) => has(COMBATANTS, w));
  const before = counted.slice(0, Math.max(0, head));
  // Proper names, with the words a hyphen joins to them ("al-Shabaab" tagged "al" and "Shabaab").
  const joined = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end + 1 === b.start;
  // A participle describing the men ("mobilised Russian soldiers") is no part of a name.
  const named = before.filter((w, k) => w.pos === 'PROPN' || (w.pos !== 'VERB' && before[k + 1]?.pos === 'PROPN' && joined(w, before[k + 1])));
  if (!named.length) return null;
  return named.map((w, k) => (k > 0 ? (joined(named[k - 1], w) ? '-' : ' ') : '') + w.text).join('');
}

/** Whose the count is, for the dead: civilians, combatants ("members of the army"), or anyone. */
export function fatalAttribute(tokens: Token[], nouns: Token[], n: number, last: number): string {
  if (nouns.some((w) => has(CIVILIAN_HEADS, w))) return 'civilian_fatalities';
  // "inflicted heavy casualties on the attackers", "losses among the enemy".
  if (!nouns.length && (tokens[n]?.lower === 'on' || tokens[n]?.lower === 'among')) {
    const whose = tokens[n + 1]?.lower === 'the' ? tokens[n + 2] : tokens[n + 1];
    if (whose && n + 2 <= last && (has(COMBATANTS, whose) || whose.lower === 'enemy')) return 'combatant_fatalities';
  }
  if (nouns.some((w) => has(COMBATANTS, w) && !MEMBERS.has(w.lower))) return 'combatant_fatalities';
  // "two U.S. service members".
  if (nouns.some((w, k) => w.lemma === 'member' && nouns[k - 1]?.lower === 'service')) return 'combatant_fatalities';
  if (nouns.length && MEMBERS.has(nouns[nouns.length - 1].lower) && tokens[n]?.lower === 'of') {
    for (let k = n + 1; k <= Math.min(last, n + 4); k += 1) {
      // "members of the army", "members of JNIM": of a force or a named armed party.
      if (has(COMBATANTS, tokens[k]) || (k === n + 1 && tokens[k].pos === 'PROPN' && tokens[k].text.toUpperCase() === tokens[k].text)) return 'combatant_fatalities';
      if (armedBodyIn(tokens, k, k)) return 'combatant_fatalities';
      if (has(CIVILIAN_HEADS, tokens[k])) return 'civilian_fatalities';
    }
  }
  return 'fatalities';
}


/**
 * "more than 100 people were killed or wounded", "killed and injured dozens": the dead and the hurt in one
 * count; "destroyed or damaged 300 homes": the damaged among the destroyed.
 */
export function combined(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k + 2 <= to; k += 1) {
    if (kindOfWord(tokens[k]) === 'destroyed' && ['or', 'and'].includes(tokens[k + 1].lower) && tokens[k + 2].lemma === 'damage') return true;
    const a = kindOfWord(tokens[k]);
    if ((a !== 'fatal' && a !== 'injured') || !['or', 'and', '/'].includes(tokens[k + 1].lower)) continue;
    const b = kindOfWord(tokens[k + 2]);
    if ((b === 'fatal' || b === 'injured') && b !== a) return true;
  }
  return false;
}

/** The verb of harm before a list's first object ("killed a senior commander and ..."), from its last word back. */
export function listVerb(tokens: Token[], from: number, first: number): Kind | null {
  for (let k = from; k >= Math.max(first, from - 8); k -= 1) {
    const w = tokens[k];
    if (w.pos === 'VERB') return kindAt(tokens, k, first);
    if (!['DET', 'ADJ', 'NOUN', 'PROPN'].includes(w.pos)) return null;
  }
  return null;
}
