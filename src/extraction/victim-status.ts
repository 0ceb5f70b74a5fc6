import { Token } from './analyse';
import { Span } from './attribution';
import { ReadFacet } from './quantity-facets';

export const CIVILIAN_WORDS = new Set([
  'civilian', 'civilians', 'villagers', 'children', 'women', 'residents', 'worshippers', 'patients', 'displaced', 'schoolchildren', 'pupils',
  'students', 'farmers', 'traders', 'refugees', 'passengers', 'shoppers', 'babies', 'infants', 'girls', 'elderly', 'pilgrims',
  'mourners', 'diners', 'beachgoers', 'evacuees', 'journalists', 'schoolboys',
]);
/** A side's own soldiers counted ("Seventy-one soldiers were killed") are its toll, which says nothing of other victims. */
const TOLL_ONLY = new Set(['soldiers', 'troops', 'servicemen']);
export const COMBATANT_WORDS = new Set([
  'terrorists', 'terrorist', 'militants', 'fighters', 'jihadists', 'insurgents', 'combatants', 'assailants', 'attackers', 'gunmen', 'mercenaries', 'militiamen',
  'soldiers', 'troops', 'servicemen',
]);
const TARGETING = new Set(['target', 'attack', 'shell', 'bomb', 'shoot', 'kill', 'massacre']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
const KILLING = new Set(['kill', 'killing', 'killings', 'dead', 'die', 'death', 'execute', 'neutralise', 'neutralize', 'slay', 'massacre', 'body', 'victim']);
/** "including five children", "among them": a part of the dead, which says nothing of who the victims were. */
const PART_OF = new Set(['including', 'included', 'include', 'includes', 'among']);
const BE = new Set(['be', 'is', 'was', 'were', 'are', 'been', 'being']);

function isNumber(t: Token): boolean {
  return t.pos === 'NUM' || /^\d/.test(t.text);
}

/** "five of them children", "including 12 women", "the dead included children": a subset, not the victims' status. */
function subset(tokens: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first && k >= i - 4; k -= 1) {
    if (PART_OF.has(tokens[k].lower)) return true;
    if (tokens[k].lower === 'of' && k - 1 >= first && isNumber(tokens[k - 1])) return true;
  }
  // "Some twenty soldiers were among the dead".
  for (let k = i + 1; k < tokens.length && k <= i + 3; k += 1) if (tokens[k].lower === 'among') return true;
  return false;
}

const ARMED_BODIES = new Set(['group', 'militia', 'army', 'forces', 'brigade', 'movement', 'gang', 'rebels']);

/** "KIA members", "members of the self-defence group": members of an armed body. */
function armedMembers(tokens: Token[], i: number, last: number): boolean {
  if (tokens[i].lower !== 'members') return false;
  if (i > 0 && tokens[i - 1].pos === 'PROPN') return true;
  if (tokens[i + 1]?.lower !== 'of') return false;
  for (let k = i + 2; k <= last && k <= i + 6; k += 1) if (ARMED_BODIES.has(tokens[k].lower)) return true;
  return false;
}

/** "Jihadists killed scores", "the attackers had opened fire": fighters who act are the perpetrators, not the victims. */
function acting(tokens: Token[], i: number, last: number): boolean {
  let passive = false;
  for (let k = i + 1; k <= last && k <= i + 4; k += 1) {
    const t = tokens[k];
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART') {
      if (BE.has(t.lower)) passive = true;
      continue;
    }
    // "Militiamen armed with guns and machetes killed ...": the group is armed, so it acts.
    if (t.lower === 'armed' && !passive) return true;
    return t.pos === 'VERB' && (!passive || t.lower.endsWith('ing'));
  }
  return false;
}

/**
 * Victim status: killing named together with civilians or with fighters as the victims. Groups named as a
 * subset of the dead or as the ones acting do not say who the victims were.
 */
export function victimStatus(tokens: Token[], [first, last]: Span, polarity: 'asserted' | 'denied'): ReadFacet[] {
  let civilians = false;
  let combatants = false;
  let aimed: ReadFacet | null = null;
  let aimedAt = -1;
  const killingAt: number[] = [];
  const groups: Array<{ at: number; civilian: boolean }> = [];
  for (let i = first; i <= last; i += 1) {
    const t = tokens[i];
    // "had not targeted civilians", "Not one of our operations targeted a civilian": who was aimed at, asserted or denied.
    if (!aimed && (t.pos === 'VERB' || i === first) && TARGETING.has(t.lemma)) {
      let o = i + 1;
      while (o <= last && o <= i + 3 && !CIVILIAN_WORDS.has(tokens[o].lower) && (tokens[o].pos === 'DET' || tokens[o].pos === 'ADJ' || /^["“”]$/.test(tokens[o].text))) o += 1;
      // "bombed the displaced people's camps": a civilian word used as an adjective names no victims.
      if (o <= last && CIVILIAN_WORDS.has(tokens[o].lower) && tokens[o + 1]?.pos !== 'NOUN') {
        let no = false;
        for (let k = Math.max(first, i - 6); k < i; k += 1) if (NEGATIONS.has(tokens[k].lower)) no = true;
        aimed = { attribute: 'victim_status', value: 'civilians', polarity: no !== (polarity === 'denied') ? 'denied' : 'asserted', span: [i, o] };
        aimedAt = o;
      }
    }
    // "the victims' families": a possessive names someone else than the dead.
    const possessive = ["'", "'s", '’', '’s'].includes(tokens[i + 1]?.lower ?? '');
    if ((KILLING.has(t.lemma) || KILLING.has(t.lower)) && !possessive) killingAt.push(i);
    // "civilian areas", "civilian infrastructure": an adjective before a noun names no victims.
    const adjective = t.lower === 'civilian' && tokens[i + 1]?.pos === 'NOUN' && i + 1 <= last;
    // "killed 11 children": counted civilians are a toll of civilians (civilian_fatalities), not a status.
    const counted = i > first && (isNumber(tokens[i - 1]) || (tokens[i - 1].pos === 'ADJ' && i - 1 > first && isNumber(tokens[i - 2])));
    if (CIVILIAN_WORDS.has(t.lower) && i !== aimedAt && !adjective && !counted && !subset(tokens, i, first)) groups.push({ at: i, civilian: true });
    // Counted fighters still say who died ("about 15 attackers were killed"): a side's own toll of its enemies.
    if ((COMBATANT_WORDS.has(t.lower) || armedMembers(tokens, i, last)) && !(counted && TOLL_ONLY.has(t.lower)) && !subset(tokens, i, first) && !acting(tokens, i, last)) groups.push({ at: i, civilian: false });
  }
  // The group is the victims only where it stands by the killing, in the same clause: "civilians were killed",
  // "killed 40 soldiers", "35 dead, most of them women and children". A group named elsewhere in a long
  // statement (who fled, who was sheltering, who attacked) says nothing of who died.
  let k = 0;
  for (const g of groups) {
    while (k < killingAt.length && killingAt[k] < g.at - WINDOW) k += 1;
    for (let j = k; j < killingAt.length && killingAt[j] <= g.at + WINDOW; j += 1) {
      if (!clauseBreak(tokens, Math.min(g.at, killingAt[j]), Math.max(g.at, killingAt[j]))) {
        if (g.civilian) civilians = true;
        else combatants = true;
        break;
      }
    }
  }
  const out: ReadFacet[] = aimed ? [aimed] : [];
  // The aimed-at civilians already said what the statement says of civilians; fighters killed beside them are a second facet.
  if (aimed && !combatants) return out;
  // A denial ("denied the strike that killed civilians") denies something else than who the victims were.
  if (polarity === 'denied' || !(civilians || combatants)) return out;
  const value = civilians && combatants ? 'mixed' : civilians ? 'civilians' : 'combatants';
  if (aimed && aimed.value === value && aimed.polarity === polarity) return out;
  out.push({ attribute: 'victim_status', value, polarity, span: [first, last] });
  return out;
}

/** How far a group may stand from the word of killing to be its victims. */
const WINDOW = 7;

/** A sentence end or a semicolon between a and b: the two are in different clauses. */
function clauseBreak(tokens: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k += 1) if (tokens[k].text === ';' || tokens[k].text === '.') return true;
  return false;
}
