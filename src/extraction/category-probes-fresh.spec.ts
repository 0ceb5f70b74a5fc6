import { facetsRead } from '../../test/facets-read';
import { KnownSource } from './extract';

/**
 * Probe sentences written for this spec (none taken from the corpus), one group per cause found on fresh wire copy:
 * accusations of aiding and denials of an allegation of something else, aircraft that were struck rather than struck,
 * counts of other incidents or periods, and the words of victims, outcomes and situations.
 */
const SOURCES: KnownSource[] = [
  { id: 'fardc', name: 'FARDC', aliases: ['Congolese army'], kind: 'military' },
  { id: 'm23', name: 'M23', aliases: [], kind: 'armed_group' },
  { id: 'rw', name: 'Rwandan government', aliases: ['Rwanda', 'Kigali'], kind: 'government' },
  { id: 'ug', name: 'Ugandan government', aliases: ['Uganda'], kind: 'government' },
  { id: 'jnim', name: 'JNIM', aliases: ['GSIM'], kind: 'armed_group' },
];

/** The facets read from a text, as one sorted line (test/facets-read.ts). */
const facetsOf = (text: string): string => facetsRead(text, SOURCES);

describe('facets on fresh wire copy', () => {
  it.each([
    // Accused of aiding others: no part in the attack itself; accused of doing it: the perpetrator.
    ['Rwanda accused Uganda of sponsoring the rebels who attacked the town.', 'attacked[town]=true'],
    ['Rwanda accused Uganda of shelling the camp.', 'attacked[camp]=true; cause=shelling; perpetrator=Ugandan government'],
    // A bare denial refers back: an allegation of something else denies no part in the attack.
    ['Aid workers said the militia had evacuated foreign staff first. Kigali rejected the allegation.', ''],
    ['Rwanda accused Uganda of harbouring the commanders. Kigali dismissed the accusations.', ''],
    ['The FARDC said the rocket that hit the market came from M23 positions. M23 rejected the accusation.', 'cause=rocket; not perpetrator=M23'],
    ['M23 rejected the accusations, saying its fighters were miles away.', 'not perpetrator=M23'],
    // An aircraft struck is a target, not a weapon; one that fires is a weapon.
    ['The FARDC said its helicopter was hit by a drone over the town.', 'attacked[helicopter]=true; cause=drone strike; weapon=drone'],
    ['The FARDC said a helicopter gunship fired on the village, killing 10 people.', 'attacked[village]=true; fatalities=10; weapon=helicopter'],
    ['M23 said 12 soldiers were killed in the attack on the army helicopter.', 'combatant_fatalities[FARDC]=12; victim_status=combatants'],
    ['The FARDC said an explosive-laden drone struck the helicopter.', 'cause=drone strike'],
    // Hostages put to death are dead hostages; a count of another operation, a revenge's cause or a year's total is none.
    ['JNIM said it had executed all 30 hostages.', 'fatalities[hostages]=30; perpetrator=JNIM'],
    ['JNIM said its fighters freed all 20 hostages.', ''],
    ['The FARDC said troops have since neutralised 12 M23 fighters in follow-up operations.', ''],
    ['The FARDC said 12 people have died since Monday.', 'fatalities=12'],
    ['The FARDC said M23 fighters killed 14 villagers in revenge for the arrest of two of their commanders.', 'fatalities=14; perpetrator=M23'],
    ['The FARDC said more than 1,500 people had been killed by the rebels in the province this year.', ''],
    // Victims named by the adjective or by the noun of the harm aimed at them.
    ['The FARDC said M23 fighters opened fire on innocent passengers.', 'cause=gunfire; perpetrator=M23; victim_status=civilians'],
    ['The FARDC said the rebels killed dozens of defenceless people who were going about their daily lives.', 'fatalities=dozens; victim_status=civilians'],
    ['The FARDC said it was the most violent attack against innocent civilians this year.', 'victim_status=civilians'],
    ['The FARDC said the rebels killed 20 people, most of them Christians.', 'fatalities=20; victim_status=civilians'],
    ['M23 said the army opened fire on passengers.', 'cause=gunfire; perpetrator=FARDC'],
    // "the work of X": the maker of the attack, only when the attack (or "this") is said to be it.
    ['The FARDC said this is the work of M23.', 'perpetrator=M23'],
    ['The FARDC said the attack was the work of M23 and the FDLR.', 'perpetrator=M23'],
    ['The FARDC said the road is the work of M23.', ''],
    // Outcomes and situations in the words of communiqués and of witnesses; a relative clause of a party's past says none.
    ['The FARDC said Goma had been "totally secured" and that the armed forces had retaken the town.', 'situation=under_control'],
    ['M23 said its fighters had taken "complete control" of the town.', 'outcome=success'],
    ['The FARDC said: "We are confident we successfully hit the target."', 'outcome=success'],
    ['The FARDC said survivors were still reporting gunfire in several neighbourhoods.', 'situation=fighting_ongoing'],
    // The noun itself denied ("no fighting"), over words that qualify it; "no" elsewhere denies nothing of the fighting.
    ['The FARDC said there was no fighting going on in Goma.', 'not situation=fighting_ongoing'],
    ['The FARDC said no more heavy fighting continued after dawn.', 'not situation=fighting_ongoing'],
    ['The FARDC said fighting was still going on, with no let-up.', 'situation=fighting_ongoing'],
    ['The FARDC said: "The rebels are still in the town. There is shooting in the streets."', 'situation=fighting_ongoing'],
    ['The FARDC said the strike was carried out without informing M23, which took control of the town two weeks ago.', ''],
    ['The FARDC said the rebels could retake the town.', ''],
    // The alternative set aside ("rather than by explosives") is no cause; a relative clause picks some out, not the victims.
    ['The FARDC said the second blast was probably caused by a gas tank rather than by explosives.', ''],
    ['The FARDC said the market was hit by shelling rather than an air strike.', 'attacked[market]=true; cause=shelling'],
    ['M23 said: "Those who were soldiers, they took them aside."', ''],
    ['M23 said: "These were civilians, not soldiers."', 'victim_status=civilians'],
    // Those charged are no toll; suspects killed are.
    ['The FARDC said prosecutors had filed murder charges against four suspects in the bombing.', ''],
    ['The FARDC said four suspects were killed in a shootout.', 'fatalities=four; occurred[exchange of fire]=true'],
    // The place attacked is the subject of the passive, not the object of a preposition or participle before it.
    ['The FARDC said several passengers and security personnel on board had been hit by gunfire.', 'cause=gunfire'],
    ['The FARDC said a police helicopter supporting a coca eradication operation was attacked.', ''],
    ['The FARDC said the market had been hit by a rocket.', 'attacked[market]=true; cause=rocket'],
  ])('%s', (text, expected) => {
    expect(facetsOf(text)).toBe(expected);
  });
});
