import { Token } from './analyse';
import { Span } from './attribution';
import { ReadFacet } from './quantity-facets';
import { polarityOf } from './negation';
import { countedOf, FORCES, killedThe, numberBefore, someOfThem, subset } from './victim-parts';
import { accusedOf, actedInRelative, acting, agent, blamedOn, campaignKilling, caredFor, civiliansActing, harmedAfter } from './victim-roles';

export const CIVILIAN_WORDS = new Set([
  'civilian', 'civilians', 'villagers', 'children', 'women', 'residents', 'worshippers', 'patients', 'displaced', 'schoolchildren', 'pupils',
  'students', 'farmers', 'traders', 'refugees', 'passengers', 'shoppers', 'babies', 'infants', 'girls', 'elderly', 'pilgrims',
  'mourners', 'diners', 'beachgoers', 'evacuees', 'journalists', 'schoolboys',
  'migrants', 'detainees', 'prisoners', 'families', 'workers', 'merchants', 'shopkeepers', 'boys', 'faithful', 'unarmed', 'innocent', 'innocents',
  'teachers', 'doctors', 'nurses', 'fishermen', 'herders', 'miners', 'congregation',
  'worshipers', 'businessmen', 'guests', 'spectators', 'protesters', 'demonstrators', 'singers', 'musicians', 'civil', 'bystanders', 'commuters',
  'defenceless', 'defenseless', 'labourers', 'laborers', 'christians', 'muslims', 'catholics', 'hindus', 'parishioners', 'churchgoers',
  'citizens', 'employees', 'vendors', 'villager', 'tourists', 'partygoers', 'concertgoers',
]);
/** Adjectives that name civilians when the noun is only people: "innocent people", "defenceless villagers". */
const CIVIL_ADJECTIVES = new Set(['civilian', 'unarmed', 'innocent', 'defenceless', 'defenseless', 'peaceful']);
/** "the civilian population", "innocent people": the adjective names the victims when the noun is only people. */
const ONLY_PEOPLE = new Set(['population', 'populations', 'people', 'lives', 'men', 'residents', 'villagers', 'women', 'civilians', 'passengers']);
/** "fighters dressed as civilians": a disguise, not who they were. */
const DISGUISE = new Set(['dressed', 'disguised', 'posing', 'posed', 'masquerading']);
export const COMBATANT_WORDS = new Set([
  'terrorists', 'terrorist', 'militants', 'fighters', 'jihadists', 'insurgents', 'combatants', 'assailants', 'attackers', 'gunmen', 'mercenaries', 'militiamen',
  'soldiers', 'troops', 'servicemen', 'rebels', 'guerrillas', 'policemen', 'gendarmes', 'militias', 'paramilitaries',
]);
/** "army and Frontier Corps personnel", "police officers": men of a force, named by the force before them. */
const FORCE_MEN = new Set(['personnel', 'officers', 'agents', 'members']);
const TARGETING = new Set(['target', 'attack', 'shell', 'bomb', 'shoot', 'kill', 'massacre', 'harm']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'none']);
const KILLING = new Set([
  'kill', 'killing', 'killings', 'dead', 'die', 'death', 'execute', 'neutralise', 'neutralize', 'slay', 'massacre', 'body', 'victim', 'bury', 'lives',
  'slaughter', 'slaughtered', 'murder', 'murdered', 'shoot', 'shot',
]);

const ARMED_BODIES = new Set(['group', 'militia', 'army', 'forces', 'brigade', 'movement', 'gang', 'rebels', 'front', 'battalion', 'regiment', 'militias', 'groups', 'unit', 'units']);

/** "KIA members", "members of the self-defence group": members of an armed body. */
function armedMembers(tokens: Token[], i: number, last: number): boolean {
  if (tokens[i].lower !== 'members') return false;
  if (i > 0 && tokens[i - 1].pos === 'PROPN') return true;
  if (tokens[i + 1]?.lower !== 'of') return false;
  for (let k = i + 2; k <= last && k <= i + 6; k += 1) if (ARMED_BODIES.has(tokens[k].lower)) return true;
  return false;
}

/** "killing civilians", "bombing civilians": the verb of a gerund the tagger read as a noun or adjective. */
function verbOf(t: Token): string {
  if (t.lower === 'shot') return 'shoot';
  return t.lower.endsWith('ing') && t.lower.length > 5 ? t.lower.slice(0, -3) : t.lemma;
}

/** "no fighters", "not civilians", "Houthi fighters, not prisoners": a group said not to be there or not to be the victims. */
function negatedGroup(tokens: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first && k >= i - 3; k -= 1) {
    if (NEGATIONS.has(tokens[k].lower)) return true;
    if (!['DET', 'ADJ', 'PROPN', 'PUNCT'].includes(tokens[k].pos) || tokens[k].text === ',') return noneWere(tokens, i, first);
  }
  return false;
}

/** "none of the victims were fighters", "none of those killed was a militant": the group said to be none of the dead. */
function noneWere(tokens: Token[], i: number, first: number): boolean {
  let k = i - 1;
  while (k >= first && k >= i - 3 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'PROPN')) k -= 1;
  if (!['were', 'was', 'been'].includes(tokens[k]?.lower ?? '')) return false;
  for (let q = k - 1; q >= first + 1 && q >= k - 5; q -= 1) {
    if (tokens[q].lower === 'of' && tokens[q - 1].lower === 'none') return deadBefore(tokens, k, q);
  }
  return false;
}

/** "20 people, all of them insurgents", "most of them women and children": the dead described in apposition. */
function ofThem(tokens: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first + 2 && k >= i - 5; k -= 1) {
    if (tokens[k].lower === 'them' && tokens[k - 1].lower === 'of') {
      if (!['all', 'most', 'many', 'mostly', 'nearly', 'almost'].includes(tokens[k - 2].lower)) return false;
      // Only of the dead: "Seventeen other people, most of them children, were wounded" says nothing of who died.
      for (let d = k - 3; d >= first && d >= k - 10; d -= 1) if (KILLING.has(tokens[d].lemma) || KILLING.has(tokens[d].lower)) return true;
      // "more than 40 citizens, all of them farmers, were slaughtered": the killing after the apposition.
      for (let d = i + 1; d < tokens.length && d <= i + 5; d += 1) if (KILLING.has(tokens[d].lemma) || KILLING.has(tokens[d].lower)) return true;
      return false;
    }
    if (!['NOUN', 'ADJ', 'PROPN'].includes(tokens[k].pos) && tokens[k].lower !== 'and' && tokens[k].text !== ',') return false;
  }
  return false;
}

/** "These were civilians", "all of them were KIA members", "Most of them are women and children": who they were, said outright. */
function copular(tokens: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first && k >= i - 5; k -= 1) {
    const t = tokens[k];
    if (['were', 'are', 'was', 'is'].includes(t.lower)) {
      // "the attackers were militiamen": who attacked, not who died.
      // "It was the terrorists who ...": a cleft names who acted; "how many of them are terrorists": a question.
      const subject = tokens[k - 1];
      // "Those who were soldiers, they took them aside": a relative clause picks some out, it says not who died.
      if (subject && k - 1 >= first && (COMBATANT_WORDS.has(subject.lower) || subject.lower === 'it' || subject.lower === 'who')) return false;
      for (let q = k - 1; q >= first && q >= k - 5; q -= 1) if (['how', 'whether', 'if'].includes(tokens[q].lower)) return false;
      // "most of the people in the hotel were families": a subject that names no dead says who was there ("the others",
      // "the rest" point back to the dead).
      return !subject || subject.pos !== 'NOUN' || ['others', 'rest', 'remainder', 'majority'].includes(subject.lower) || deadBefore(tokens, k, first);
    }
    // "the beach was full of families": who was there, not who died.
    if (t.lower === 'of' && ['full', 'crowded', 'packed'].includes(tokens[k - 1]?.lower ?? '')) return false;
    if (!['DET', 'ADJ', 'ADV', 'PROPN', 'PRON', 'NUM'].includes(t.pos) && !['of', 'all', 'most', 'mostly'].includes(t.lower) && !/^["“”]$/.test(t.text)) return false;
  }
  return false;
}

/** "the dead were", "the 12 people killed in the strike were", "those who fell were": the dead or a word of killing within eight words before k. */
function deadBefore(tokens: Token[], k: number, first: number): boolean {
  for (let q = k - 1; q >= first && q >= k - 8; q -= 1) if (KILLING.has(tokens[q].lemma) || KILLING.has(tokens[q].lower) || ['victims', 'casualties', 'fell', 'fallen', 'perished'].includes(tokens[q].lower)) return true;
  return false;
}

/**
 * Victim status: killing named together with civilians or with fighters as the victims. Groups named as a
 * subset of the dead or as the ones acting do not say who the victims were.
 */
export function victimStatus(tokens: Token[], [first, last]: Span, polarity: 'asserted' | 'denied'): ReadFacet[] {
  let civilians = false;
  let partCivilian = false;
  let partCombatant = false;
  let combatants = false;
  let someFighters = false;
  let womenAndChildren = false;
  let aimed: ReadFacet | null = null;
  let aimedAt = -1;
  const killingAt: number[] = [];
  const groups: Array<{ at: number; civilian: boolean; free: boolean; tolled: boolean }> = [];
  for (let i = first; i <= last; i += 1) {
    const t = tokens[i];
    // "had not targeted civilians", "Not one of our operations targeted a civilian": who was aimed at, asserted or denied.
    // "an attack against innocent civilians", "opened fire on innocent passengers": the noun of harm and whom it was aimed at.
    // "the attack by Boko Haram terrorists on rice farmers", "this act of terror against peaceful civilians".
    const on = attackOn(tokens, i, last);
    // Only who is named as civilians: "opened fire on passengers" says where the fire went, not who the victims were.
    const fire = t.lower === 'fire';
    const aimedNoun = on > 0 && (CIVIL_ADJECTIVES.has(tokens[on]?.lower ?? '') || tokens[on]?.lower === 'civilians' || (!fire && civilianAfter(tokens, on, last)));
    // "soldiers shot villagers": the tagger may read "shot" after the men as a noun.
    const menShot = t.lower === 'shot' && COMBATANT_WORDS.has(tokens[i - 1]?.lower ?? '');
    // "to avoid harming civilians": care taken, not harm done.
    const avoided = ['avoid', 'prevent', 'without', 'minimise', 'minimize'].includes(tokens[i - 1]?.lower ?? '');
    if (!aimed && !avoided && (aimedNoun || ((t.pos === 'VERB' || i === first || t.lower.endsWith('ing') || menShot) && TARGETING.has(verbOf(t))))) {
      let o = aimedNoun ? on : i + 1;
      // "rice farmers": a noun that says which ones.
      if (aimedNoun && tokens[o].pos === 'NOUN' && CIVILIAN_WORDS.has(tokens[o + 1]?.lower ?? '')) o += 1;
      while (o <= last && o <= i + 3 && !CIVILIAN_WORDS.has(tokens[o].lower) && (tokens[o].pos === 'DET' || tokens[o].pos === 'ADJ' || /^["“”]$/.test(tokens[o].text))) o += 1;
      // "bombed the displaced people's camps": a civilian word used as an adjective names no victims.
      // "attacked the displaced people" still names the victims.
      const people = ONLY_PEOPLE.has(tokens[o + 1]?.lower ?? '') && !["'s", '’s', "'"].includes(tokens[o + 2]?.lower ?? '');
      if (o <= last && CIVILIAN_WORDS.has(tokens[o].lower) && (tokens[o + 1]?.pos !== 'NOUN' || people)) {
        let no = false;
        for (let k = Math.max(first, i - 6); k < i; k += 1) if (NEGATIONS.has(tokens[k].lower)) no = true;
        // "the military does not target civilians": a policy in the present, not who died in this attack.
        if (no && ['does', 'do'].includes(tokens[i - 2]?.lower ?? '')) continue;
        aimed = { attribute: 'victim_status', value: 'civilians', polarity: polarityOf(polarity === 'denied', no), span: [i, o] };
        aimedAt = o;
      }
    }
    // "the victims' families": a possessive names someone else than the dead.
    const possessive = ["'", "'s", '’', '’s'].includes(tokens[i + 1]?.lower ?? '');
    if ((KILLING.has(t.lemma) || KILLING.has(t.lower)) && !possessive && !campaignKilling(tokens, i, last)) killingAt.push(i);
    // "civilian areas", "civilian infrastructure": an adjective before a noun names no victims.
    const adjective = CIVIL_ADJECTIVES.has(t.lower) && tokens[i + 1]?.pos === 'NOUN' && i + 1 <= last && !ONLY_PEOPLE.has(tokens[i + 1].lower);
    // "killed 11 children": counted civilians are a toll of civilians (civilian_fatalities), not a status.
    const counted = numberBefore(tokens, i, first);
    // "displaced 12 million" is a verb; "the families of the victims" are their kin.
    const kin = tokens[i + 1]?.lower === 'of' && [2, 3].some((d) => KILLING.has(tokens[i + d]?.lemma ?? '') || KILLING.has(tokens[i + d]?.lower ?? '') || tokens[i + d]?.lower === 'victims');
    // "residents fled", "pupils were evacuated": civilians who did something else than die are not the dead; nor are
    // those a place is for ("a camp for displaced people was hit").
    // "displaced people": the tagger may read the adjective as a verb.
    const displacedPeople = t.pos === 'VERB' && ['people', 'persons', 'families'].includes(tokens[i + 1]?.lower ?? '');
    const civilian = CIVILIAN_WORDS.has(t.lower) && (t.pos !== 'VERB' || displacedPeople) && !kin && i !== aimedAt && !adjective && !counted && !subset(tokens, i, first) && !DISGUISE.has(tokens[i - 2]?.lower ?? '')
      && !civiliansActing(tokens, i, last) && tokens[i - 1]?.lower !== 'for' && !caredFor(tokens, i, first);
    // Fighters counted ("Six terrorists were neutralised", "hundreds of RSF fighters") or the attackers killed ("killed the
    // terrorists") are a toll of combatants, not who the victims were; "the dead were about 20 members of the group" still is.
    // The attackers counted ("about 15 attackers were killed") still say who died: those who came to fight.
    const attackers = ['attackers', 'assailants'].includes(t.lower);
    const tolled = ((!attackers && (counted || countedOf(tokens, i, first))) || killedThe(tokens, i, first)) && !copular(tokens, i, first);
    const force = forceMen(tokens, i, first);
    // "the militants who killed 12 villagers": the relative says they acted; "many of them were militants who had fired" still names the dead.
    const fighter = (COMBATANT_WORDS.has(t.lower) || armedMembers(tokens, i, last) || force) && !subset(tokens, i, first) && !acting(tokens, i, last) && !agent(tokens, i, first)
      && !(actedInRelative(tokens, i, last) && !copular(tokens, i, first)) && !blamedOn(tokens, i, first) && !accusedOf(tokens, i, first, last);
    // "among them ... several KIA officers": a part of the dead of the other kind makes the whole mixed (read below).
    if (subset(tokens, i, first) && !acting(tokens, i, last)) {
      if (CIVILIAN_WORDS.has(t.lower) && !adjective) partCivilian = true;
      if (t.lower === 'children' && tokens[i - 1]?.lower === 'and' && tokens[i - 2]?.lower === 'women') womenAndChildren = true;
      // "none of its fighters had been among the dead": a part said not to be there.
      const noneOf = [2, 3].some((d) => tokens[i - d]?.lower === 'none' && tokens[i - d + 1]?.lower === 'of');
      if (!noneOf && (COMBATANT_WORDS.has(t.lower) || armedMembers(tokens, i, last) || force || (t.lower === 'officers' && tokens[i - 1]?.pos === 'PROPN'))) partCombatant = true;
    }
    if (civilian || fighter) {
      // "not civilians", "there were no fighters": the victims were of the other kind ("no soldiers were killed" is a toll).
      const no = negatedGroup(tokens, i, first);
      const tollOfNone = no && [1, 2, 3].some((d) => i + d <= last && KILLING.has(tokens[i + d].lemma));
      if (fighter && !no && someOfThem(tokens, i, first)) someFighters = true;
      // "no civilians were harmed": civilians said not to be among the victims, as "did not target civilians" says.
      const unharmed = civilian && no && harmedAfter(tokens, i, last);
      if (unharmed && !aimed) aimed = { attribute: 'victim_status', value: 'civilians', polarity: polarityOf(polarity === 'denied', true), span: [i, i] };
      if (!tollOfNone && !unharmed) groups.push({ at: i, civilian: no ? !civilian : civilian, free: no || copular(tokens, i, first) || ofThem(tokens, i, first), tolled: fighter && tolled && (COMBATANT_WORDS.has(t.lower) || force || armedMembers(tokens, i, last)) });
    }
    if (civilian && ONLY_PEOPLE.has(tokens[i + 1]?.lower ?? '') && CIVIL_ADJECTIVES.has(t.lower)) i += 1;
  }
  // The group is the victims only where it stands by the killing, in the same clause: "civilians were killed",
  // "killed 40 soldiers", "35 dead, most of them women and children". A group named elsewhere in a long
  // statement (who fled, who was sheltering, who attacked) says nothing of who died.
  let k = 0;
  // A toll of fighters says who the victims were only when set against civilians denied ("killed dozens of
  // mercenaries. Not one of our operations targeted a civilian").
  const against = aimed?.polarity === 'denied';
  for (const g of groups.filter((x) => !x.tolled || against)) {
    if (g.free) {
      if (g.civilian) civilians = true;
      else combatants = true;
      continue;
    }
    while (k < killingAt.length && killingAt[k] < g.at - WINDOW) k += 1;
    for (let j = k; j < killingAt.length && killingAt[j] <= g.at + WINDOW; j += 1) {
      if (!clauseBreak(tokens, Math.min(g.at, killingAt[j]), Math.max(g.at, killingAt[j]))) {
        if (g.civilian) civilians = true;
        else combatants = true;
        break;
      }
    }
  }
  // "The dead were mostly villagers. There were soldiers among them": the few of the other kind make it mixed.
  if (civilians && partCombatant) combatants = true;
  // "the dead included soldiers and civilians": both kinds named as parts of the dead make them mixed.
  if (partCivilian && partCombatant && killingAt.length) civilians = combatants = true;
  // "ten people, including women and children, were killed": wire copy names the defenceless among the dead to say they were civilians.
  if (womenAndChildren && !partCombatant && killingAt.length) civilians = true;
  if (combatants && partCivilian) civilians = true;
  // "many of them were militants": the rest of the dead were not.
  if (combatants && someFighters) civilians = true;
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

/** "army and Frontier Corps personnel", "police officers": men named by the force they serve in, within three words. */
function forceMen(tokens: Token[], i: number, first: number): boolean {
  if (!FORCE_MEN.has(tokens[i].lower)) return false;
  for (let k = i - 1; k >= first && k >= i - 3; k -= 1) if (FORCES.has(tokens[k].lower)) return true;
  return false;
}

/** Nouns of an attack whose aim follows "on" or "against": "the attack on", "this act of terror against". */
const ATTACK_AIMS = new Set(['attack', 'attacks', 'terror', 'aggression', 'assault', 'raid']);

/**
 * Where the aim of an attack noun at i begins: "attack on villagers", "the attack by Boko Haram terrorists on rice
 * farmers" (over whose attack it was), "opened fire on"; -1 when none.
 */
function attackOn(tokens: Token[], i: number, last: number): number {
  const t = tokens[i];
  if (!ATTACK_AIMS.has(t.lower) && !(t.lower === 'fire' && tokens[i - 1]?.lemma === 'open')) return -1;
  let k = i + 1;
  if (tokens[k]?.lower === 'by') {
    k += 1;
    while (k <= last && k <= i + 6 && ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(tokens[k].pos)) k += 1;
  }
  return ['on', 'against', 'at'].includes(tokens[k]?.lower ?? '') && k + 1 <= last ? k + 1 : -1;
}

/** Whether civilians are named right after k, over an article and a word that says which: "the rice farmers". */
function civilianAfter(tokens: Token[], k: number, last: number): boolean {
  for (let o = k; o <= last && o <= k + 2; o += 1) {
    if (CIVILIAN_WORDS.has(tokens[o].lower)) return true;
    if (!['DET', 'ADJ', 'NOUN'].includes(tokens[o].pos)) return false;
  }
  return false;
}
