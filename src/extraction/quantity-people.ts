import { Token } from './analyse';

/**
 * Nouns of people, classed by what their deaths count as (issue 13): civilian_fatalities for civilians
 * and children, combatant_fatalities for members of an armed force or group, fatalities for everyone
 * else. Wire copy names the dead by what they were doing or are (worshippers, miners, herders, pupils,
 * gendarmes, militiamen), so the lists hold the common nouns of that copy, singular and plural: a word
 * is compared by its lower-cased form and by its lemma.
 */

const set = (words: string) => new Set(words.split(' '));

/** Whose deaths are civilian_fatalities, as the annotation rules name them: civilians and children. */
export const CIVILIAN_HEADS = set(
  'civilian civilians non-combatant non-combatants noncombatant noncombatants child children schoolchildren schoolchild schoolgirl '
  + 'schoolgirls schoolboy schoolboys pupil pupils boy boys girl girls baby babies infant infants newborn newborns minor minors toddler '
  + 'toddlers kid kids',
);

/**
 * People no side counts as fighters. Villagers, residents, women or passengers killed are fatalities, not
 * civilian_fatalities: no word of theirs says no fighter was among them.
 */
export const CIVILIANS = new Set([
  ...CIVILIAN_HEADS,
  ...set(
    'villager villagers resident residents woman women worshipper worshippers worshiper worshipers congregant congregants churchgoer '
    + 'churchgoers parishioner parishioners passenger passengers patient patients farmer farmers herder herders herdsman herdsmen '
    + 'pastoralist pastoralists fisherman fishermen miner miners trader traders merchant merchants vendor vendors shopper shoppers '
    + 'commuter commuters motorist motorists driver drivers pedestrian pedestrians bystander bystanders pilgrim pilgrims refugee refugees '
    + 'migrant migrants student students mourner mourners guest guests spectator spectators fan fans concertgoer concertgoers diner diners '
    + 'tourist tourists labourer labourers laborer laborers monk monks priest priests nun nuns cleric clerics imam imams pastor pastors '
    + 'teacher teachers elder elders protester protesters protestor protestors demonstrator demonstrators',
  ),
]);

/** Members of an armed force or group: those killed are combatant_fatalities. */
export const COMBATANTS = set(
  'soldier soldiers troop troops serviceman servicemen servicewoman servicewomen servicemembers fighter fighters militant militants '
  + 'terrorist terrorists attacker attackers assailant assailants jihadist jihadists jihadi jihadis islamist islamists insurgent '
  + 'insurgents gunman gunmen rebel rebels combatant combatants gendarme gendarmes policeman policemen policewoman policewomen '
  + 'constable constables peacekeeper peacekeepers paramilitary paramilitaries militiaman militiamen militia militias mercenary '
  + 'mercenaries officer officers personnel commando commandos recruit recruits conscript conscripts reservist reservists guard guards '
  + 'guardsman guardsmen paratrooper paratroopers marine marines airman airmen infantryman infantrymen sapper sappers gunner gunners '
  + 'legionnaire legionnaires army forces police military operative operatives commander commanders occupier occupiers invader '
  + 'invaders bandit bandits extremist extremists guerrilla guerrillas sniper snipers cadre cadres kidnapper kidnappers abductor '
  + 'abductors hijacker hijackers captor captors pirate pirates mujahid mujahideen mujahedeen mujahidin separatist separatists '
  + 'loyalist loyalists partisan partisans irregulars vigilante vigilantes crusader crusaders comrade comrades',
);

/** An armed body named back by a plain noun: "two members of the group", "men of the gang" (after "the"). */
export const ARMED_BODIES = new Set(['group', 'gang', 'cell', 'faction']);

/** "the group" named back after the men counted ("two members of the group"), within the words given (k from 1). */
export function armedBodyIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to && k < tokens.length; k += 1) {
    // "the group of pilgrims" is no armed group.
    if (ARMED_BODIES.has(tokens[k].lower) && tokens[k - 1]?.lower === 'the' && tokens[k + 1]?.lower !== 'of') return true;
  }
  return false;
}

/** "members of the army": whose members the "of" phrase says. */
export const MEMBERS = set('members member staff men elements');

/** Other people: never destroyed, never things taken. */
const OTHER_PEOPLE = set(
  'people persons person inhabitants families family households men man women journalists journalist reporters reporter workers worker '
  + 'volunteers volunteer doctors doctor nurses nurse medics medic paramedics paramedic staff employees employee crew crews crewmen '
  + 'crewman seafarers seafarer sailors sailor nationals national citizens citizen locals relatives inmates inmate detainees detainee '
  + 'prisoners prisoner hostages hostage captives captive victims victim suspects suspect displaced officials official',
);

/** People are never "destroyed": a number of them with a destruction word nearby counts something else. */
export const PEOPLE = set('people persons person residents civilians inhabitants families children men women households');

export function isPerson(w: Token): boolean {
  const any = (s: Set<string>) => s.has(w.lower) || s.has(w.lemma);
  return any(CIVILIANS) || any(COMBATANTS) || any(OTHER_PEOPLE);
}

/** What strikes, is fired or goes off: "three air strikes killed 20 people" counts strikes, and no one by "three". */
export const STRIKING = set(
  'strike strikes airstrike airstrikes raid raids attack attacks bomb bombs rocket rockets missile missiles shell shells round rounds mortar '
  + 'mortars grenade grenades drone drones explosion explosions blast blasts device devices mine mines bullet bullets shot shots volley '
  + 'volleys salvo salvos projectile projectiles munition munitions cylinder cylinders rifle rifles gun guns weapon weapons',
);
