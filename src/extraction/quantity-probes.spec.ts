import { analyse } from './analyse';
import { quantityFacets } from './quantity-facets';

/** Facets of a sentence read whole, as `attribute[subject]=value; ...`. */
function read(text: string): string {
  const a = analyse(text);
  return quantityFacets(a.tokens, [0, a.tokens.length - 1], text, false)
    .map((f) => `${f.attribute}${f.subject ? `[${f.subject}]` : ''}=${String(f.value)}`)
    .join('; ');
}

/**
 * Probe sentences written for this spec, in the styles of several agencies, none taken from the corpus:
 * tolls said by a verb, a noun or a link ("left 30 dead", "the toll stood at"), vague words as the quantity
 * table reads them, numbers in words, revised tolls, and counts that give nothing (parts, the displaced).
 */
describe('quantity facets on wire styles', () => {
  it.each([
    // Tolls and their links.
    ['The death toll rose to 45.', 'fatalities=45'],
    ['The toll stood at 61.', 'fatalities=61'],
    ['Hospital figures put the dead at 140.', 'fatalities=140'],
    ['Officials put the number of wounded at 75.', 'injuries=75'],
    ['The number of people killed has risen to 210.', 'fatalities=210'],
    ['Medics said the dead numbered at least 70.', 'fatalities=at least 70'],
    ["The death toll from Sunday's bombing has climbed to 64, with 120 people injured.", 'fatalities=64; injuries=120'],
    ['A total of 38 people lost their lives.', 'fatalities=38'],
    // Revised tolls: the new figure only.
    ['The toll rose to 52, up from 30 on Monday.', 'fatalities=52'],
    ['The ministry revised the death toll down to 471 from 500.', 'fatalities=471'],
    ['At least 23 people were killed, up from an earlier toll of 15.', 'fatalities=at least 23'],
    // Verbs before and after.
    ['The explosion ripped through the market, killing at least 12 people.', 'fatalities=at least 12'],
    ['The assault left 30 dead and more than 50 wounded.', 'fatalities=30; injuries=more than 50'],
    ['The attack left 14 people dead and scores injured.', 'fatalities=14; injuries=scores'],
    ['The fire claimed the lives of nine firefighters.', 'fatalities=nine'],
    ['Some 200 people were hurt in the stampede.', 'injuries=some 200'],
    ['At least 5 people died and 8 were wounded.', 'fatalities=at least 5; injuries=8'],
    ['At least 60 people were killed, and dozens more were wounded.', 'fatalities=at least 60; injuries=dozens'],
    ['Eleven people were killed and 23 injured when the bus hit a mine.', 'fatalities=eleven; injuries=23'],
    ['Nine people were killed and 14 others were injured in the attack.', 'fatalities=nine; injuries=14'],
    ['The blast killed one person and wounded four.', 'fatalities=one; injuries=four'],
    ['A car bomb killed eight and wounded 20 near the ministry.', 'fatalities=eight; injuries=20'],
    ['The bombing killed at least 19 and wounded dozens.', 'fatalities=at least 19; injuries=dozens'],
    ['Sixteen people were killed and 40 were wounded, and around 100 were missing.', 'fatalities=sixteen; injuries=40'],
    ['Seven people were reported dead.', 'fatalities=seven'],
    ['More than 30 people are feared dead.', 'fatalities=more than 30'],
    ['Twenty-five were killed.', 'fatalities=twenty-five'],
    ['Seven people were wounded, three of them seriously.', 'injuries=seven'],
    ['The strike wounded as many as 90 people.', 'injuries=up to 90'],
    ['Fewer than 10 people were hurt.', 'injuries=fewer than 10'],
    ['Three people were killed on Tuesday, the third such attack this month.', 'fatalities=three'],
    // Bodies.
    ['The bodies of 17 people were found in a ditch.', 'fatalities=17'],
    ['Rescuers have recovered the bodies of 17 people from the river.', 'fatalities=17'],
    ['Eighteen bodies were pulled from the rubble.', 'fatalities=eighteen'],
    // Vague words, as the table reads them.
    ['Scores of people were killed when the bomb went off.', 'fatalities=scores'],
    ['The bombardment left scores dead.', 'fatalities=scores'],
    ['Scores were wounded.', 'injuries=scores'],
    ['Dozens more were injured.', 'injuries=dozens'],
    ['Tens of people were injured.', 'injuries=tens'],
    ['Dozens of people were killed and hundreds wounded.', 'fatalities=dozens; injuries=hundreds'],
    ['Hundreds were wounded, some of them critically.', 'injuries=hundreds'],
    ['Several hundred people were wounded.', 'injuries=hundreds'],
    ['A few dozen fighters were killed.', 'combatant_fatalities=dozens'],
    ['The strike killed dozens, including many children.', 'fatalities=dozens'],
    ['Numerous people were hurt.', 'injuries=numerous'],
    // Numbers in words and qualifiers.
    ['A dozen soldiers were killed in the ambush.', 'combatant_fatalities=a dozen'],
    ['Half a dozen policemen were wounded.', 'injuries=half a dozen'],
    ['Nearly two dozen people were hurt.', 'injuries=nearly two dozen'],
    ['Seventy-two people were killed and one hundred and twenty injured.', 'fatalities=seventy-two; injuries=one hundred and twenty'],
    ['Two hundred people were wounded.', 'injuries=two hundred'],
    ['At least a hundred people died.', 'fatalities=at least a hundred'],
    ['Nearly 300 people were killed.', 'fatalities=nearly 300'],
    ['An estimated 250 people were killed.', 'fatalities=an estimated 250'],
    ['Upwards of 1,000 people were killed.', 'fatalities=upwards of 1,000'],
    ['Over 50 houses were burned.', 'destroyed[houses]=over 50'],
    // Whose: civilians, combatants, groups.
    ['Two soldiers and three civilians were killed.', 'combatant_fatalities=two; civilian_fatalities=three'],
    ['Government troops killed 40 rebel fighters.', 'combatant_fatalities=40'],
    ['The militants killed 40 soldiers in an attack on a base.', 'combatant_fatalities=40'],
    ['Troops killed 30 insurgents and captured 15.', 'combatant_fatalities=30; captured=15'],
    ['More than 100 people, including 20 children, were killed.', 'fatalities=more than 100'],
    ['The attack killed 25 people, most of them women.', 'fatalities=25'],
    ['Gunmen shot dead 14 worshippers at the mosque.', 'fatalities=14'],
    ['Gunmen shot dead 14 civilians at the mosque.', 'civilian_fatalities=14'],
    ['Fighters abducted and later killed nine schoolgirls.', 'civilian_fatalities=nine'],
    ['Three children were killed and seven others wounded.', 'civilian_fatalities=three; injuries=seven'],
    ['More than 70 civilians died in the air strike.', 'civilian_fatalities=more than 70'],
    ['Two police officers were shot dead.', 'combatant_fatalities=two'],
    ['No soldiers were killed.', 'combatant_fatalities=none'],
    // Captured and destroyed.
    ['Police said 15 suspects had been arrested.', 'captured=15'],
    ['Fighters abducted more than 200 schoolgirls.', 'captured=more than 200'],
    ['Militants kidnapped 30 passengers from a bus.', 'captured=30'],
    ['Around 60 houses were destroyed and 200 damaged.', 'destroyed[houses]=around 60'],
    ['The militia burned down about 30 homes.', 'destroyed[homes]=about 30'],
    // Deaths, casualties and tolls as nouns.
    ['Authorities confirmed 33 deaths.', 'fatalities=33'],
    ['There were 15 fatalities.', 'fatalities=15'],
    ['The attack resulted in 22 deaths and 40 injuries.', 'fatalities=22; injuries=40'],
    ['The ministry gave a toll of 31 dead.', 'fatalities=31'],
    ['The group was blamed for the deaths of at least 100 people.', 'fatalities=at least 100'],
    ['The killing of 45 civilians drew condemnation.', 'civilian_fatalities=45'],
    ['The number of dead stands at 40, with 12 still missing.', 'fatalities=40'],
    ['In all, 56 people died.', 'fatalities=56'],
    // Tolls brought up to a figure.
    ['A further 15 bodies were recovered on Sunday, bringing the toll to 63.', 'fatalities=63'],
    ['Two more victims died in hospital, raising the death toll to 80.', 'fatalities=80'],
    ['Overnight shelling killed four more, taking the number of dead to 95.', 'fatalities=95'],
    // Participles, lists and clauses.
    ['Gunmen opened fire, killing 11 and wounding 19.', 'fatalities=11; injuries=19'],
    ['The shelling wounded at least 60 others.', 'injuries=at least 60'],
    ['The blast left at least 40 people injured.', 'injuries=at least 40'],
    ['One person was killed and two others were injured.', 'fatalities=one; injuries=two'],
    ['At least eight were killed and 20 more hurt.', 'fatalities=at least eight; injuries=20'],
    ['Two dead, five hurt in market blast.', 'fatalities=two; injuries=five'],
    ['The army reported 18 soldiers killed.', 'combatant_fatalities=18'],
    ['The army said 25 of its soldiers were killed.', 'combatant_fatalities=25'],
    ['Twelve troops died in the ambush.', 'combatant_fatalities=twelve'],
    ['Police said three suspects were detained and two others were shot dead.', 'captured=three; fatalities=two'],
    ['Six people were killed, and three assailants were also killed.', 'fatalities=six; combatant_fatalities[attackers]=three'],
    ['An attack that killed 14 people on Monday was claimed by the group.', 'fatalities=14'],
    ['Twenty-one people, including nine women, died.', 'fatalities=twenty-one'],
    ['The strike killed more than 40 people, most of them civilians.', 'fatalities=more than 40'],
    ['Villagers said about 35 people had been killed, with many more missing.', 'fatalities=about 35'],
    ['Of the 40 dead, 12 were soldiers.', 'fatalities=40'],
    // Other verbs and nouns of harm.
    ['Fourteen people perished in the blaze.', 'fatalities=fourteen'],
    ['Three of the wounded later succumbed to their injuries.', ''],
    ['Nine people were slaughtered in the village.', 'fatalities=nine'],
    ['At least 20 people were shot in the crowd.', ''],
    ['Eight soldiers were confirmed dead.', 'combatant_fatalities=eight'],
    ['Six villagers were hacked to death.', 'fatalities=six'],
    ['Thirty people sustained injuries.', 'injuries=thirty'],
    ['At least 40 people suffered wounds.', 'injuries=at least 40'],
    ['Insurgents seized 25 aid workers.', 'captured=25'],
    ['Gunmen took 19 people hostage.', 'captured=19'],
    ['The gunmen held 40 passengers hostage.', 'captured=40'],
    ['The prison held about 2,000 detainees.', ''],
    ['Police rounded up more than 60 protesters.', 'captured=more than 60'],
    ['Nearly 100 homes were razed.', 'destroyed[homes]=nearly 100'],
    ['The strikes levelled 12 buildings.', 'destroyed[buildings]=12'],
    // Asides and relative clauses between a count and its verb.
    ['At least 12 people, most of them women who had gathered at the market, were killed.', 'fatalities=at least 12'],
    ['Some 15 people who were waiting at the checkpoint were killed.', 'fatalities=some 15'],
    ['Four people, among them a child, were wounded.', 'injuries=four'],
    // Vague words the table reads.
    ['Many people were killed.', 'fatalities=many'],
    ['A few people were hurt.', 'injuries=a few'],
    ['A handful of soldiers were wounded.', 'injuries=a handful'],
    ['More than two dozen people were killed.', 'fatalities=more than two dozen'],
    ['Over a dozen civilians were wounded.', 'injuries=over a dozen'],
    ['Hundreds more were injured.', 'injuries=hundreds'],
    ['Dozens, if not hundreds, of people were killed.', 'fatalities=at least dozens'],
    ['Scores or even hundreds of people were wounded.', 'injuries=at least scores'],
    ['A dozen or so soldiers were killed.', 'combatant_fatalities=a dozen or so'],
    ['Some 20 or so people were hurt.', 'injuries=some 20 or so'],
    ['The strike killed 100 or more people.', 'fatalities=100 or more'],
    ['A score of people were wounded.', 'injuries=a score'],
    ['Dozens of people were killed in the raid on the village, and officials later put the toll at 43.', 'fatalities=43'],
    ['The army said it had inflicted heavy casualties on the attackers.', ''],
    ['The assailants suffered heavy losses.', ''],
    ['Casualties were minimal.', ''],
    // Counts that give nothing.
    ['The raid freed 12 hostages.', ''],
    ['Twelve of the dead were children.', ''],
    ['The dead included at least 30 women.', ''],
    ['About 1,500 people were evacuated from the area.', ''],
    ['More than 20,000 people have been displaced by the fighting.', ''],
    ['Some 400 families fled to the neighbouring town.', ''],
    ['Thousands of people have fled their homes.', ''],
    ['The flooding affected some 20,000 households.', ''],
    ['Some 40 people were unaccounted for.', ''],
    ['A hospital in the town received 22 bodies.', ''],
    ['Doctors at the hospital treated 45 people for gunshot wounds.', ''],
    ['In a separate incident, two soldiers were killed.', ''],
    ['The war has killed more than 500,000 people.', ''],
  ])('%s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});
