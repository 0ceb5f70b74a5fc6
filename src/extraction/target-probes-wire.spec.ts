import { extractStatements, KnownSource } from './extract';

/**
 * Probe sentences written for this spec (none taken from the corpus), in the ways wire copy words what was hit and
 * who the dead were, across several conflicts, each with negatives beside it. Only targets, victim status and attacked
 * places are looked at, so that other readings (cause, perpetrator) can change without touching these probes.
 */
const SOURCES: KnownSource[] = [
  { id: 'nat', name: 'Northland army', aliases: ['Northland military', 'Northland'], kind: 'military' },
  { id: 'rf', name: 'Red Front', aliases: ['RF'], kind: 'armed_group' },
  { id: 'gov', name: 'Southland government', aliases: ['Southland'], kind: 'government' },
];

const KEPT = new Set(['targets', 'victim_status', 'attacked']);

/** The kept facets read, sorted, one line: `attribute[subject]=value`, "not " when denied, "only " when exclusive. */
function facetsOf(text: string): string {
  const candidates = extractStatements(text, SOURCES);
  if (!candidates.length) return '(no statement)';
  return candidates.flatMap((c) => c.facets)
    .filter((f) => KEPT.has(f.attribute))
    .map((f) => {
      const value = Array.isArray(f.value) ? f.value.join(',') : String(f.value);
      return `${f.polarity === 'denied' ? 'not ' : ''}${f.attribute}${f.subject ? `[${f.subject}]` : ''}=${f.exclusive ? 'only ' : ''}${value}`;
    })
    .sort().join('; ');
}

describe('targets in wire copy', () => {
  it.each([
    // What was aimed at, by a verb of aiming, a list, or "only".
    ['The Northland army said its jets targeted a military command post near the river.', 'attacked[command post]=true; targets=command post'],
    ['The Red Front said the drone struck a fuel depot and a radar station.', 'targets=fuel depot,radar station'],
    ['Witnesses said the shells hit a mosque and a clinic.', 'targets=mosque,clinic'],
    ['The Northland army said the strike targeted only fighters.', 'targets=only fighters'],
    ['The Northland army said its jets hit only military targets.', 'targets=only military targets'],
    ['The Northland army said the strikes were aimed only at weapons depots.', 'targets=only weapons depots'],
    ['A police spokesman said the bomber attacked a checkpoint.', 'attacked[checkpoint]=true'],
    // The target named as such, over what it was the target of; targets that included some; "struck at"; the progressive.
    ['The Northland army said the target of the strike was a weapons depot.', 'targets=only weapons depot'],
    ['The Northland army said the targets of the raid were a bomb factory and a training camp.', 'targets=only bomb factory,training camp'],
    ['The Northland army said its targets included a radar station and two bridges.', 'targets=radar station,bridges'],
    ['The Red Front said its fighters struck at army positions and a fuel depot overnight.', 'targets=army positions,fuel depot'],
    ['The Red Front said the army\'s jets were targeting the power station and the water plant.', 'targets=power station,water plant'],
    ['The Northland army said the operation was directed against weapons stores and command centres.', 'targets=weapons stores,command centres'],
    ['The Red Front said it targeted only army barracks.', 'targets=only army barracks'],
    ['The Red Front said the strikes targeted the town\'s water supply and electricity network.', 'targets=water supply,electricity network'],
    ['The Southland government said the militants attacked soldiers and police officers at the checkpoint.', 'targets=soldiers,officers'],
    ['The Southland government said it is not its policy to target mosques or churches.', 'not targets=mosques,churches'],
    ['The health ministry said the hospital was hit twice.', 'attacked[hospital]=true'],
    // Denied as a policy or as absent: one denied targets facet, and no place attacked.
    ['A UN official said there was no military target near the building.', 'not targets=military target'],
    ['The Southland government said there was not a single military facility in the district.', 'not targets=military facility'],
    ['The defence ministry said its forces do not strike residential buildings.', 'not targets=residential buildings'],
    [
      'The Northland army said it does not carry out strikes on civilian targets and that its strikes were aimed only at ammunition depots.',
      'not targets=civilian targets; targets=only ammunition depots',
    ],
    // People aimed at are victim status, not targets.
    ['The Northland army said it did not target civilians.', 'not victim_status=civilians'],
    ['The Northland army said no civilians were harmed in the operation.', 'not victim_status=civilians'],
    // A past denial of one strike is the place not attacked, not a targets facet as well.
    ['The Southland government said the army had not targeted the clinic.', 'not attacked[clinic]=true'],
  ])('%s', (text, expected) => {
    expect(facetsOf(text)).toBe(expected);
  });

  it.each([
    ['The minister said the strike came on Monday morning.'],
    ['The Southland government said it had struck a deal with the rebels.'],
    ['The minister said the talks struck a hopeful tone.'],
    ['The Northland army said it hit back hard.'],
    ['The Northland army said the attack on Kessa was repelled.'],
    ['The Red Front said the attack on them was cowardly.'],
    ['The mayor said the storm hit the town overnight.'],
    ['The minister said prices hit a record high.'],
    ['The aid group said the attacks hit civilians hardest.'],
    ['The Southland government said the army carried out a targeted operation in the hills.'],
    ['The Southland government said it did not see any need for talks.'],
    ['The Northland army said the victims included two teachers.'],
    ['The Northland army said the bombers struck at dawn.'],
    ['The Northland army said all the assigned targets had been hit.'],
    // Abstractions and what sanctions or a campaign aim at are no targets.
    ['The Southland government said the attack targeted the peace process.'],
    ['The Southland government said the group targeted the election.'],
    ['The minister said the sanctions targeted the army\'s commanders and their businesses.'],
  ])('reads no target in %s', (text) => {
    expect(facetsOf(text)).toBe('');
  });

  // One place a strike fell on ("the missile hit an apartment block", "a strike on a wedding party", "shelled a market",
  // "stormed the base") is usually the scene the whole event is about; read as a target, it set every exclusive list
  // of another party against it and raised dev's false contradictions (63 -> 70): left unread for now.
  it.todo('reads one place a strike fell on as a target without raising false contradictions');
});

describe('victim status in wire copy', () => {
  it.each([
    ['A local official said most of the dead were women and children.', 'victim_status=civilians'],
    ['The governor said the gunmen killed villagers in their homes.', 'victim_status=civilians'],
    ['A police spokesman said the attackers killed worshippers at the mosque.', 'victim_status=civilians'],
    ['A UN official said the dead were displaced people sheltering in a school.', 'victim_status=civilians'],
    ['The governor said the strike killed pupils and teachers.', 'victim_status=civilians'],
    ['The Red Front said the army had massacred civilians.', 'victim_status=civilians'],
    ['The Northland army said those killed were terrorists.', 'victim_status=combatants'],
    ['The Northland army said the dead were all militants.', 'victim_status=combatants'],
    ['The Northland army said the strike killed Red Front fighters.', 'victim_status=combatants'],
    ['The Northland army said all of those killed were insurgents.', 'victim_status=combatants'],
    ['The governor said the dead included soldiers and civilians.', 'victim_status=mixed'],
    ['The governor said the strike killed fighters and civilians alike.', 'victim_status=mixed'],
    // Two parties on one strike: the army's terrorists against the group's civilians.
    ['The Northland army said the strike killed terrorists.', 'victim_status=combatants'],
    ['The Red Front said the dead were civilians, not fighters.', 'victim_status=civilians'],
    // Civilians who died, or were shot as they fled, are the dead; a part said not to be among them makes nothing mixed.
    ['The governor said civilians died when the shell hit their home.', 'victim_status=civilians'],
    ['A local official said civilians fleeing the fighting were shot dead.', 'victim_status=civilians'],
    ['A local official said civilians caught in the crossfire were killed.', 'victim_status=civilians'],
    ['A local official said residents fled and the gunmen were killed.', 'victim_status=combatants'],
    ['The Red Front said none of its fighters were among the dead and that those killed were villagers.', 'victim_status=civilians'],
    // "Many of them were militants": some of the dead, so the others were not; the relative clause does not make them attackers.
    ['The Northland army said many of them were militants who had fired on the troops.', 'victim_status=mixed'],
    ['The governor said the soldiers were ambushed and killed.', 'victim_status=combatants'],
    // Who the dead were, said with a copula after the dead, a word of killing or the others among them.
    ['A local official said the 12 people killed in the strike were civilians.', 'victim_status=civilians'],
    ['The Northland army said those who fell in the camp were fighters.', 'victim_status=combatants'],
    ['A local official said seven of the dead were pupils aged between seven and 14, and that the others were villagers.', 'victim_status=civilians'],
  ])('%s', (text, expected) => {
    expect(facetsOf(text)).toBe(expected);
  });

  it.each([
    // A count of soldiers killed is a toll of combatants, and says the victims were combatants (heldout/README.md).
    ['The Northland army said 12 soldiers were killed in the attack.', 'victim_status=combatants'],
    ['The Northland army said it killed 20 terrorists.', 'victim_status=combatants'],
    // Civilians who fled, sheltered, were evacuated or buried the dead are not the dead.
    ['A local official said civilians fled the village after the attack.', ''],
    ['A local official said residents fled after gunmen killed the village chief.', ''],
    ['A local official said the villagers buried the dead on Sunday.', ''],
    ['A local official said civilians were trapped as fighting killed dozens.', ''],
    ['The governor said pupils were evacuated after the attack killed two guards.', 'victim_status=combatants'],
    ['The Northland army said civilians were sheltering in the school when it was hit.', ''],
    // Fighters who attacked, acted in a relative clause or were blamed are the attackers, not the victims.
    ['The governor said militants attacked the village, killing 12 people.', 'attacked[village]=true'],
    ['The Northland army said it was hunting the militants who killed 12 villagers.', ''],
    ['The governor said the attack, blamed on militants, killed 12 people.', ''],
    ['The governor said the militants who attacked the town were armed with rifles.', 'attacked[town]=true'],
    ['The minister said the insurgents have been fighting for years.', ''],
    ['The Red Front said its fighters had overrun the base and killed dozens of soldiers.', 'victim_status=combatants'],
    // Members of an armed body counted are a toll of combatants, and say the victims were combatants (heldout/README.md).
    ['The Northland army said its troops killed two members of the group in a raid.', 'victim_status=combatants'],
    // Rescuers at work and the missing are not the dead.
    ['A local official said rescue workers were pulling bodies from the rubble.', ''],
    ['A local official said several workers were still missing after the blast.', ''],
    // Fighters blamed ("were behind", "are responsible"), accused, or in an apposition to the attackers acted.
    ['The Northland army said insurgents were behind the attack that killed 40 villagers.', ''],
    ['The governor said the attackers, suspected jihadists, killed 30 people.', ''],
    ['A local official said soldiers were accused of killing villagers.', 'victim_status=civilians'],
    ['The Red Front said army troops are responsible for the killing of villagers.', 'victim_status=civilians'],
    ['The governor said soldiers were deployed to the town after the attack that killed 12 people.', ''],
    // Who was there is not who died.
    ['The governor said most of the people in the hotel were families.', ''],
    // Civilians cared for, or harm avoided, are not the dead.
    ['The Northland army said it takes every precaution to avoid harming civilians.', ''],
    ['A UN official called for the protection of civilians after the strike killed 12 people.', ''],
    ['The Northland army urged civilians to leave the area before the strikes, which killed 30 militants.', 'victim_status=combatants'],
    ['A local official said the passengers on the bus were mostly traders.', ''],
  ])('reads no victim status in %s', (text, expected) => {
    expect(facetsOf(text)).toBe(expected);
  });

  // A campaign's toll or the whole war's says nothing of who died in this attack.
  it.each([
    ['The Northland army said the jihadists have killed thousands of civilians since 2012.'],
    ['The governor said the region\'s insurgents have killed hundreds of civilians this year.'],
    ['A UN official said the war has killed tens of thousands of fighters over the past decade.'],
  ])('reads no victim status in a campaign\'s toll: %s', (text) => {
    expect(facetsOf(text)).toBe('');
  });
});
