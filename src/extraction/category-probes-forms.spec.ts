import { facetsRead } from '../../test/facets-read';
import { KnownSource } from './extract';

/**
 * Probe sentences written for this spec (none taken from the corpus), each a general form of wire copy with a
 * negative beside it: blame of several parties, attackers tied to a body, whose a weapon was, armed men firing,
 * a drone that struck, and who the dead were (men of a force, "some of them", an apposition, "women and children").
 */
const SOURCES: KnownSource[] = [
  { id: 'nat', name: 'Northland army', aliases: ['Northland military', 'Northland'], kind: 'military' },
  { id: 'rf', name: 'Red Front', aliases: ['RF'], kind: 'armed_group' },
  { id: 'bl', name: 'Blue League', aliases: ['BL'], kind: 'armed_group' },
  { id: 'gov', name: 'Southland government', aliases: ['Southland'], kind: 'government' },
];

/** The facets read from a text, as one sorted line (test/facets-read.ts). */
const facetsOf = (text: string): string => facetsRead(text, SOURCES);

describe('perpetrator forms', () => {
  it.each([
    // Everyone blamed or accused of harm is named; a bare "blaming X" blames X for the event.
    [
      'The toll rose to nine, the Southland government said, blaming the Red Front and the Blue League.',
      'fatalities=nine; perpetrator=Blue League; perpetrator=Red Front',
    ],
    [
      'The Southland government accused the Red Front and its allies, including the Blue League, of shelling the market.',
      'attacked[market]=true; cause=shelling; perpetrator=Blue League; perpetrator=Red Front',
    ],
    ['The Southland government accused the Red Front of recruiting children.', ''],
    // "carried it out": the subject did it; "carried it home" names no one.
    ['The Southland government said the Red Front had carried it out at night.', 'perpetrator=Red Front'],
    ['The Southland government said the Red Front had carried it home.', ''],
    // Suspects tied to a body, by a verb or an apposition; a body that only backs the group is not the group.
    ['The Southland government said the suspects belonged to the Blue League.', 'perpetrator=Blue League'],
    ['The Southland government said the suspects, all members of the Red Front, were arrested.', 'perpetrator=Red Front'],
    ['The Southland government said two suspects were linked to a pro-Red Front cell.', ''],
    ['The Southland government said the school was linked to the Red Front.', ''],
    // What the attackers included, and who backed them.
    [
      'The Southland government said the attackers came from the hills and included Red Front fighters, backed by Blue League militiamen.',
      'perpetrator=Blue League; perpetrator=Red Front',
    ],
    ['The Southland government said the victims included Red Front fighters.', ''],
    // Bearing responsibility names the one responsible; a parenthesis of its initials is skipped.
    ['The Southland government said the Red Front (RF) bears full responsibility for the massacre.', 'perpetrator=Red Front'],
    ['The Southland government said the Red Front does not bear responsibility for the massacre.', 'not perpetrator=Red Front'],
    ['The Southland government said it bears responsibility for the safety of the refugees.', ''],
    ['The Southland government said the Red Front bears full responsibility for this act of terror.', 'perpetrator=Red Front'],
    // Everyone holding the positions fired from; everyone the accused's own men include.
    [
      'The Southland government said the rockets were fired from positions held by the Red Front and the Blue League.',
      'cause=rocket; perpetrator=Blue League; perpetrator=Red Front',
    ],
    [
      'The Southland government accused the Red Front and its allied militias, including the Blue League, of shelling the camp.',
      'attacked[camp]=true; cause=shelling; perpetrator=Blue League; perpetrator=Red Front',
    ],
    // Going door to door is the hunt; going from town to town on a tour is nothing.
    ['The Southland government said Red Front fighters had gone from house to house, shooting men.', 'perpetrator=Red Front'],
    ['The Southland government said the Red Front leaders went to the capital for talks.', ''],
    // An alibi: the speaker's own forces far away, or a denial of having any there.
    ['The Red Front said the group\'s fighters had been "more than 20 kilometres away" at the time.', 'not perpetrator=Red Front'],
    ['The Red Front said the group\'s fighters had been in the hills since May.', ''],
    ['The Red Front denied having any fighters operating near the market.', 'not perpetrator=Red Front'],
    ['The Red Front denied having any plans to attend the talks.', ''],
    // A campaign (a habit, a count of strikes) is not the attack the text is about.
    ['The Southland government said the Red Front had repeatedly shelled villages in the valley.', 'cause=shelling'],
    ['The Southland government said the Red Front had carried out more than 40 attacks on villages this year.', ''],
    ['The Southland government said the Red Front had shelled the village.', 'cause=shelling; perpetrator=Red Front'],
    // An attack called a party's provocation is that party's; remarks called a provocation name no one.
    ['The Red Front said the shelling was a Northland "provocation".', 'perpetrator=Northland army'],
    ['The Red Front said the remarks were a provocation.', ''],
    // Blaming a weapon whose participle the tagger reads as a verb.
    ['The Southland government said fighters were heard blaming a misfired Red Front rocket for the blast.', 'cause=rocket; perpetrator=Red Front'],
    // Whose a weapon was: the name before it.
    ['The Southland government said the blast was caused by a stray Red Front rocket.', 'cause=rocket; perpetrator=Red Front'],
  ])('%s', (text, expected) => {
    expect(facetsOf(text)).toBe(expected);
  });
});

describe('cause forms', () => {
  it.each([
    // Armed men firing with no other weapon named is gunfire; men firing rockets is not.
    ['The Southland government said the gunmen fired into the crowd outside the mosque.', 'cause=gunfire'],
    ['The Southland government said soldiers shot villagers in the fields.', 'cause=gunfire; victim_status=civilians'],
    ['The Southland government said the fighters fired rockets at the town.', 'cause=rocket'],
    ['The Southland government said the company fired three managers.', ''],
    // A drone that struck is the cause and the weapon (as the corpus annotates it); one that carried goods is neither.
    ['The Southland government said the convoy was hit by a drone near the border.', 'attacked[convoy]=true; cause=drone strike; weapon=drone'],
    ['The Southland government said the supplies were delivered by a drone.', ''],
    // A named system in an arsenal or used in general is not this attack's weapon.
    ['The Red Front said Northland forces had been seen using Grad rockets earlier in the year.', ''],
    ['The Red Front said it does not use the Grad.', ''],
    ['The Red Front said the market was hit by a Grad salvo.', 'attacked[market]=true; weapon=grad'],
    // A bomb that went off is explosives; a bomb defused is none.
    ['The Southland government said a bomb exploded in the market, killing four people.', 'cause=explosives; fatalities=four'],
    ['The Southland government said a bomb was defused in the market.', ''],
  ])('%s', (text, expected) => {
    expect(facetsOf(text)).toBe(expected);
  });
});

describe('victim status forms', () => {
  it.each([
    // Men named by the force they serve in are fighters; counted, they are a toll and say no status.
    [
      'The Southland government said 14 of the dead were army personnel and six were civilians.',
      'combatant_fatalities[Northland army]=14; victim_status=mixed',
    ],
    ['The Southland government said nine Northland police officers were killed.', 'combatant_fatalities[Northland army]=nine; victim_status=combatants'],
    // "many of them were fighters": the others were not.
    ['The Southland government said about 60 people were killed and that many of them were militants.', 'fatalities=about 60; victim_status=mixed'],
    ['The Southland government said about 60 people were killed and that all of them were militants.', 'fatalities=about 60; victim_status=combatants'],
    // An apposition before the killing; the members of an "among them" list.
    ['The Southland government said 30 citizens, all of them traders, were murdered on the road.', 'fatalities=30; victim_status=civilians'],
    [
      'The Southland government said 50 people died, among them a teacher, two nurses, fishermen and several BL officers.',
      'fatalities=50; victim_status=mixed',
    ],
    // A policy in the present is not who died; a denial of this attack's aim is.
    ['The Southland government said the army does not target civilians.', ''],
    ['The Southland government said the army had not targeted civilians in the raid.', 'not perpetrator=Northland army; not victim_status=civilians'],
    // The agent of a passive, over a possessive, is no victim.
    ['The Southland government said 12 people died in a strike on a depot run by Northland\'s Red Front fighters.', 'fatalities=12'],
    // An attack aimed at civilians, over whose attack it was; fire on passengers says where it went, not who died.
    ['The Southland government condemned the attack by Red Front gunmen on rice farmers near the river.', 'perpetrator=Red Front; victim_status=civilians'],
    ['The Southland government condemned this act of terror against peaceful civilians.', 'victim_status=civilians'],
    ['The Southland government said the attack on the army post was repelled.', 'outcome=repelled'],
    // The shot and the killed of a list of the dead, fighters and civilians.
    [
      'The Red Front said its fighters killed 30 people, including members of the security forces and farmers.',
      'fatalities=30; perpetrator=Red Front; victim_status=mixed',
    ],
    ['The Southland government said the gunmen shot the men, the women and even the babies.', 'cause=gunfire; victim_status=civilians'],
    // Women and children among the dead: civilians; among the wounded: nothing of the dead.
    ['The Southland government said 12 people, including women and children, were killed.', 'fatalities=12; victim_status=civilians'],
    ['The Southland government said 12 people were wounded, including women and children.', 'injuries=12'],
  ])('%s', (text, expected) => {
    expect(facetsOf(text)).toBe(expected);
  });
});
