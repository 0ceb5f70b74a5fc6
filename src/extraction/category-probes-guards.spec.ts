import { facetsRead } from '../../test/facets-read';
import { KnownSource } from './extract';

/**
 * Probes of our own wording for readings a review found too eager: a count of two strikes is no campaign, a weapon
 * fired "before dawn" is this attack's, medics going tent to tent are no perpetrators, the enemy's "group's fighters"
 * are not the army's alibi, and "no less heavy fighting" says the fighting went on.
 */
const SOURCES: KnownSource[] = [
  { id: 'army', name: 'Kardan army', aliases: ['the army'], kind: 'military' },
  { id: 'front', name: 'Valley Front', aliases: ['the Front'], kind: 'armed_group' },
  { id: 'gov', name: 'Kardan health ministry', aliases: ['the health ministry'], kind: 'government' },
  { id: 'msf', name: 'Doctors Without Borders', aliases: ['MSF'], kind: 'ngo' },
];

/** The facets read from a text, as one sorted line (test/facets-read.ts). */
const facetsOf = (text: string): string => facetsRead(text, SOURCES);

describe('facets a review found read too eagerly', () => {
  it.each([
    // A few strikes are this attack told in parts; dozens or more than 20 are a campaign, whose author did not by it do this one.
    ['The health ministry said Front gunmen carried out two attacks on the clinic on Sunday.', 'perpetrator=Valley Front'],
    ['The health ministry said the Front had carried out more than 200 attacks on villages this year.', ''],
    ['The health ministry said the Front had carried out dozens of raids on villages.', ''],
    // A time after the weapon is another time only after a verb of using.
    ['The army said the Front fired Grad rockets before dawn, killing five soldiers.', 'cause=rocket; combatant_fatalities[Kardan army]=five; perpetrator=Valley Front; victim_status=combatants; weapon=grad'],
    ['The army said the Front had been recorded using Grad rockets earlier in the war.', ''],
    // Going door to door is the killing for armed men only, and not when a purpose says what they went for.
    ['The health ministry said MSF teams went from tent to tent to treat the wounded.', ''],
    ['The health ministry said MSF teams went from tent to tent.', ''],
    ['The health ministry said gunmen of the Front went from house to house.', 'perpetrator=Valley Front'],
    // "the group's fighters" are the speaker's own only when an armed group speaks.
    ['The army said the group\'s fighters had not been in the town at the time.', ''],
    ['The Front said the group\'s fighters had not been in the town at the time.', 'not perpetrator=Valley Front'],
    // "no less" compares: the fighting went on.
    ['The army said no less heavy fighting continued in the north.', 'situation=fighting_ongoing'],
  ])('%s', (text, expected) => {
    expect(facetsOf(text)).toBe(expected);
  });
});

describe('counted men a review found given to the wrong side', () => {
  it.each([
    // An armed group's unmarked "fighters" may be its own: never the army that struck them.
    ['The Front said 30 fighters were killed in army air strikes overnight.', 'cause=air strike; combatant_fatalities[fighters]=30; victim_status=combatants'],
    // Men who stormed "our" positions are not "ours".
    ['"Thirty fighters who stormed our positions were killed," the army said.', 'combatant_fatalities[Valley Front]=thirty; victim_status=combatants'],
    // "the number of X" counts the dead only when X are said dead, and only a verb of reaching leads to the number.
    ['The army said the number of soldiers who were deployed rose to 500 after 33 people were killed.', 'fatalities=33'],
    ['The army said the number of militants killed rose to 33.', 'combatant_fatalities[Valley Front]=33; victim_status=combatants'],
    // Soldiers "from" a town are not the town's.
    ['The army said 12 soldiers from Haifa were killed.', 'combatant_fatalities[Kardan army]=12; victim_status=combatants'],
  ])('%s', (text, expected) => {
    expect(facetsOf(text)).toBe(expected);
  });

  it('reads the bodies of several groups as a toll of no one group', () => {
    const read = facetsOf('The health ministry said it counted 25 bodies of soldiers and civilians.');
    expect(read).toContain('fatalities=25');
    expect(read).not.toContain('combatant_fatalities');
  });
});
