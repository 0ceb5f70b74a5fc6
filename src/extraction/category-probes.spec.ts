import { extractStatements, KnownSource } from './extract';

/**
 * Probe sentences written for this spec in several wire styles (Reuters, AP, AFP, Al Jazeera, a state
 * agency's communiqué), none taken from the corpus: who did it (active, passive, possessive, nominal, denied),
 * causes and weapons in their usual words, outcomes, situations and who the victims were.
 */
const SOURCES: KnownSource[] = [
  { id: 'idf', name: 'IDF', aliases: ['Israel Defense Forces', 'Israeli military'], kind: 'military' },
  { id: 'il', name: 'Israeli government', aliases: ['Israel'], kind: 'government' },
  { id: 'hamas', name: 'Hamas', aliases: ['Qassam Brigades'], kind: 'armed_group' },
  { id: 'ru', name: 'Russian army', aliases: ['Russian armed forces', 'Russian defence ministry'], kind: 'military' },
  { id: 'ua', name: 'Ukrainian army', aliases: ['Ukrainian armed forces'], kind: 'military' },
  { id: 'rsf', name: 'RSF', aliases: ['Rapid Support Forces'], kind: 'armed_group' },
  { id: 'saf', name: 'Sudanese army', aliases: ['SAF', 'Sudanese Armed Forces'], kind: 'military' },
  { id: 'jnim', name: 'JNIM', aliases: ['GSIM'], kind: 'armed_group' },
  { id: 'fama', name: 'Malian army', aliases: ['FAMa'], kind: 'military' },
  { id: 'tat', name: 'Myanmar military', aliases: ['Tatmadaw', 'junta'], kind: 'military' },
  { id: 'pdf', name: 'PDF', aliases: ["People's Defence Force"], kind: 'armed_group' },
  { id: 'm23', name: 'M23', aliases: [], kind: 'armed_group' },
  { id: 'fardc', name: 'FARDC', aliases: ['Congolese army'], kind: 'military' },
  { id: 'gg', name: 'Gran Grif', aliases: [], kind: 'armed_group' },
  { id: 'sc', name: 'Sinaloa Cartel', aliases: [], kind: 'armed_group' },
  { id: 'houthi', name: 'Houthis', aliases: ['Ansar Allah'], kind: 'armed_group' },
];

const QUANTITIES = new Set(['fatalities', 'injuries', 'captured', 'civilian_fatalities', 'combatant_fatalities', 'destroyed']);

/** The category facets read from a text, sorted, as `attribute[subject]=value` with "not " before a denied one. */
function categoriesOf(text: string): string {
  const candidates = extractStatements(text, SOURCES);
  if (!candidates.length) return '(no statement)';
  return candidates.flatMap((c) => c.facets).filter((f) => !QUANTITIES.has(f.attribute))
    .map((f) => `${f.polarity === 'denied' ? 'not ' : ''}${f.attribute}${f.subject ? `[${f.subject}]` : ''}=${Array.isArray(f.value) ? f.value.join(',') : String(f.value)}`)
    .sort().join('; ');
}

describe('category facets on wire styles', () => {
  it.each([
    // Who did it: active, passive, possessive, nominal.
    ['Witnesses said RSF fighters stormed the village at dawn.', 'perpetrator=RSF'],
    ['The Malian army said the attack, claimed by JNIM, killed 12 soldiers.', 'perpetrator=JNIM; victim_status=combatants'],
    ['Residents blamed the junta\'s aircraft for the deaths of 20 villagers.', 'perpetrator=Myanmar military'],
    ['A hospital director said an Israeli strike on a house in Rafah killed nine people.', 'perpetrator=IDF'],
    ['The governor said Russian shelling killed two women in Kherson overnight.', 'cause=shelling; perpetrator=Russian army'],
    ['A local chief said the village was attacked by M23 rebels on Sunday.', 'attacked[village]=true; perpetrator=M23'],
    ['A witness said the houses were set on fire by RSF militiamen.', 'perpetrator=RSF'],
    ['The ministry said Hamas\'s rocket fire had killed two people in Ashkelon.', 'cause=rocket; perpetrator=Hamas'],
    ['The U.N. said the Sudanese army\'s air strikes had killed at least 40 civilians in Nyala.', 'cause=air strike; perpetrator=Sudanese army'],
    ['Police spokesman Jean Michel said the gunmen belonged to Gran Grif.', 'perpetrator=Gran Grif'],
    ['Residents said Gran Grif gunmen opened fire on passengers at the bus station.', 'cause=gunfire; perpetrator=Gran Grif'],
    ['Rights Watch said the group\'s fighters had ambushed an army convoy near Boni.', ''],
    ['JNIM said its fighters had ambushed an army convoy near Boni.', 'perpetrator=JNIM'],
    ['Ukraine\'s air force said Russia launched 40 drones overnight.', 'perpetrator=Russian army; weapon=drone'],
    ['Kyiv accused Russian forces of shelling the hospital.', 'attacked[hospital]=true; cause=shelling; perpetrator=Russian army'],
    ['The junta blamed the PDF for the bombing of the bridge.', 'perpetrator=PDF'],
    ['Activists said the killings were carried out by soldiers of the Myanmar military.', 'perpetrator=Myanmar military'],
    ['The Houthis said they had targeted the ship with missiles and drones.', 'perpetrator=Houthis; targets=ship'],
    // Denials.
    ['The Russian defence ministry said it had nothing to do with the strike on the market.', 'not perpetrator=Russian army'],
    ['JNIM denied involvement in the massacre.', 'not perpetrator=JNIM'],
    ['The RSF denied that its forces had attacked the camp.', 'not attacked[camp]=true; not perpetrator=RSF'],
    ['The RSF said its forces did not attack the camp.', 'not attacked[camp]=true; not perpetrator=RSF'],
    ['The Israeli military said it was not behind the explosion.', 'not perpetrator=IDF'],
    // A party's strike denied is its part denied, not the event (category-probes-wire.spec.ts).
    ['The IDF said there was no Israeli strike in the area at the time.', 'not perpetrator=IDF'],
    ['M23 rejected the accusations, saying its fighters were miles away.', 'not perpetrator=M23'],
    ['The FARDC said it had played no part in the killings.', 'not perpetrator=FARDC'],
    // Causes and weapons.
    ['Medics said the man was killed in an airstrike on his car.', 'cause=air strike'],
    ['Residents said an air raid destroyed the market.', 'cause=air strike'],
    ['The mayor said the town came under heavy artillery fire that killed five people.', 'cause=shelling'],
    ['Police spokesman Jean Michel said a car bomb exploded near the checkpoint, killing seven.', 'cause=car bomb'],
    ['The Malian army said four soldiers were killed when their vehicle hit a landmine.', 'cause=landmine; victim_status=combatants'],
    ['The governor said a roadside bomb killed three police officers.', 'cause=ied; victim_status=combatants'],
    ['Police spokesman Jean Michel said a suicide bomber blew himself up at the entrance of the mosque.', 'cause=suicide bomber'],
    ['The governor said a drone strike hit an apartment block in Odesa, killing four.', 'cause=drone strike'],
    ['Residents said gunmen opened fire on worshippers, killing 15.', 'cause=gunfire; victim_status=civilians'],
    ['Witnesses said mortar rounds fell on the camp, killing six children.', 'cause=mortar'],
    ['The ministry said a ballistic missile struck the city centre.', 'cause=missile'],
    ['The mayor said the artillery bombardment killed 30 people.', 'cause=shelling'],
    ['A hospital director said the victims died of gunshot wounds.', 'cause=gunfire'],
    ['Police spokesman Jean Michel said an improvised explosive device went off under a bus.', 'cause=ied'],
    ['Survivors said the helicopter fired rockets into the crowd.', 'cause=rocket; weapon=helicopter'],
    // Outcomes and situations.
    ['The Malian army said the assault was repulsed after two hours of fighting.', 'outcome=repelled'],
    ['The ministry said the attack had been foiled by security forces.', 'outcome=foiled'],
    ['The Myanmar military said troops had thwarted an attempt to storm the base.', 'outcome=foiled'],
    ['JNIM said its fighters had overrun the army post.', 'outcome=success; perpetrator=JNIM'],
    ['The RSF said it had captured the town of Wad Madani.', 'outcome=success; perpetrator=RSF'],
    ['The Malian army said it had pushed back the attackers.', 'outcome=repelled'],
    ['Police spokesman Jean Michel said the situation was under control by evening.', 'situation=under_control'],
    ['Residents said clashes were continuing in the eastern districts.', 'situation=fighting_ongoing'],
    ['A resident said fighting was still going on near the airport.', 'situation=fighting_ongoing'],
    ['The governor said calm had returned to the city.', 'situation=calm'],
    ['The Malian army said the attack had failed.', 'outcome=repelled'],
    // Who the victims were.
    ['Medics said most of the dead were women and children.', 'victim_status=civilians'],
    ['The Malian army said all those killed were terrorists.', 'victim_status=combatants'],
    ['The ministry said the dead included fighters and civilians.', 'victim_status=mixed'],
    ['Rights groups said the victims were unarmed civilians.', 'victim_status=civilians'],
    ['The Myanmar military said those killed in the raid were militants.', 'victim_status=combatants'],
    ['The IDF said it had not targeted civilians.', 'not victim_status=civilians'],
    // A second round, across the same regions: possessors, men of a body, fighting going on or stopped, calm, denials in
    // several forms (a negation inside a denial stays a denial), what was shot down (no weapon), counted dead (a toll, no status).
    ['A U.N. spokesperson said the camp had come under artillery bombardment for three days.', 'cause=shelling'],
    ['A resident said junta jets had bombed the monastery where people were sheltering.', 'perpetrator=Myanmar military'],
    ['Doctors said most of the wounded had shrapnel wounds from the shelling.', 'cause=shelling'],
    ['Gran Grif denied any role in the killings.', 'not perpetrator=Gran Grif'],
    ['Hamas said the Qassam Brigades had fired a barrage of rockets at Tel Aviv.', 'cause=rocket; perpetrator=Hamas'],
    ['Hamas said the blast at the hospital was an Israeli air strike.', 'cause=air strike; perpetrator=IDF'],
    ['JNIM claimed responsibility for the ambush, in which it said dozens of soldiers were killed.', 'perpetrator=JNIM; victim_status=combatants'],
    ['JNIM said its fighters had taken control of the town after the army fled.', 'outcome=success'],
    ['Kyiv blamed Moscow for the missile strike on the children\'s hospital.', 'cause=missile; perpetrator=Russian army'],
    ['M23 rejected the accusation, saying its fighters had not attacked the camp.', 'not attacked[camp]=true; not perpetrator=M23; not perpetrator=M23'],
    ['M23 said it had not shelled the camp and that the FARDC was responsible.', 'not attacked[camp]=true; not cause=shelling; not perpetrator=M23'],
    ['Residents said clashes in the northern districts were still raging on Sunday.', 'situation=fighting_ongoing'],
    ['Residents said fighting in the capital would continue.', ''],
    ['Residents said gunfire could still be heard across the city on Tuesday.', 'situation=fighting_ongoing'],
    ['Rights groups said the dead were civilians, not fighters.', 'victim_status=civilians'],
    ['The FARDC said the M23 had fired the bombs that struck the camp.', 'perpetrator=M23'],
    ['The Houthis denied targeting the ship.', 'not targets=ship'],
    ['The Houthis said they had shot down an American drone.', ''],
    ['The IDF said the explosion was caused by a misfired rocket launched by Hamas.', 'cause=rocket; perpetrator=Hamas'],
    ['The IDF said the hospital was not hit by an Israeli strike.', 'not attacked[hospital]=true; not perpetrator=IDF'],
    ['The Israeli military said it had struck a Hamas command centre in Gaza City.', 'perpetrator=IDF'],
    ['The Malian army said its troops had repelled a terrorist attack on the Boulkessi camp.', 'outcome=repelled'],
    ['The Malian army said the fighting would continue until the rebels surrendered.', ''],
    ['The Malian army said the situation in the area was calm.', 'situation=calm'],
    ['The Malian army said the terrorists were neutralised.', 'victim_status=combatants'],
    ['The Malian army said those killed were all combatants.', 'victim_status=combatants'],
    ['The Myanmar military said no civilians were among those killed.', ''],
    ['The PDF said junta troops had torched the village.', 'perpetrator=Myanmar military'],
    // What is blamed, opening the statement, is the cause too.
    ['The RSF blamed the Sudanese army\'s warplanes for the destruction of the market.', 'cause=air strike; perpetrator=Sudanese army'],
    ['The RSF denied that it had not attacked the camp.', 'not attacked[camp]=true; not perpetrator=RSF'],
    ['The Russian defence ministry denied that its forces had targeted civilian infrastructure.', 'not targets=civilian infrastructure'],
    ['The Russian defence ministry dismissed the report and said its forces had never struck the station.', 'not attacked[station]=true; not perpetrator=Russian army'],
    ['The Russian defence ministry said Ukrainian forces had launched a drone attack on the refinery.', 'cause=drone strike; perpetrator=Ukrainian army'],
    ['The Russian defence ministry said its forces did not strike residential buildings.', 'not attacked[residential buildings]=true; not perpetrator=Russian army'],
    ['The Sinaloa Cartel said its men had not attacked any civilians.', 'not victim_status=civilians'],
    ['The Sudanese army accused the RSF of shelling residential areas of El Fasher.', 'perpetrator=RSF'],
    ['The U.N. said fighting between the army and the RSF had intensified in Khartoum.', 'situation=fighting_ongoing'],
    ['The Ukrainian army said Russian troops had used glide bombs against the town.', 'perpetrator=Russian army; weapon=glide bomb'],
    ['The governor said the fighting had stopped and the town was quiet.', 'not situation=fighting_ongoing'],
    ['The junta said the PDF had planted landmines on the road.', 'perpetrator=PDF'],
    ['The mayor said the attack on the convoy was thwarted.', 'outcome=foiled'],
    ['The ministry said 14 soldiers and six civilians were killed.', 'victim_status=mixed'],
    // Going door to door is the armed men's hunt: the corpus names them as perpetrators (Ardamata).
    ['Witnesses said Gran Grif members had gone door to door, killing residents.', 'perpetrator=Gran Grif; victim_status=civilians'],
    ['Witnesses said the victims were shot dead by men in RSF uniforms.', 'cause=gunfire; perpetrator=RSF'],
    ['Residents said gunmen of the Sinaloa Cartel had fired on the convoy.', 'attacked[convoy]=true; perpetrator=Sinaloa Cartel'],
    // A communiqué's, a correspondent's and a rights group's words: neutralised elements, stormed compounds, attackers who
    // fled, places taken, weapons named by their kind, whose missile by the adjective before its model.
    ['The Malian army said in a communique that terrorist elements had been neutralised during the operation.', 'victim_status=combatants'],
    ['JNIM said in a statement that its mujahideen had stormed the army camp and killed dozens of soldiers.', 'perpetrator=JNIM; victim_status=combatants'],
    ['Al Jazeera\'s correspondent said Israeli forces had stormed the hospital compound before dawn.', 'perpetrator=IDF'],
    ['The health ministry in Gaza said occupation forces had bombed a school sheltering displaced families.', ''],
    ['Hamas accused Israel of committing a massacre at the school.', 'perpetrator=IDF'],
    ['The IDF said it had carried out a precise strike on Hamas terrorists operating inside a command centre embedded in the school.', 'perpetrator=IDF'],
    ['The IDF said the strike targeted militants, not civilians.', 'targets=militants; victim_status=combatants'],
    ['Witnesses said the helicopter gunship opened fire on the crowd.', 'cause=gunfire; weapon=helicopter'],
    ['The Ukrainian army said Russia had struck Kharkiv with guided aerial bombs.', 'perpetrator=Russian army; weapon=guided bomb'],
    ['The Russian defence ministry said Ukraine had used HIMARS rockets to attack the bridge.', 'attacked[bridge]=true; cause=rocket; perpetrator=Ukrainian army; weapon=himars'],
    ['Residents said a drone dropped explosives on the market, killing three people.', 'cause=explosives; weapon=drone'],
    ['The governor said Russian troops had fired cluster munitions at the town.', 'perpetrator=Russian army; weapon=cluster munition'],
    ['The RSF said its forces had liberated the city from the army.', 'outcome=success'],
    ['The Sudanese army said it had regained control of the bridge after fierce fighting.', 'situation=under_control'],
    ['The Sudanese army said the RSF attack on El Fasher had been repulsed and the rebels had suffered heavy losses.', 'outcome=repelled; perpetrator=RSF'],
    ['The PDF said its fighters had captured the army outpost after a three-day siege.', 'outcome=success; perpetrator=PDF'],
    ['The junta said security forces had defended the town and the attackers had fled.', 'outcome=repelled'],
    ['The M23 said it had withdrawn from the town.', ''],
    ['Witnesses said the victims were mostly women and children who had been sleeping.', 'victim_status=civilians'],
    ['The FARDC said those killed were M23 fighters.', 'victim_status=combatants'],
    ['Gran Grif said it had killed police officers and members of a self-defence group.', 'perpetrator=Gran Grif; victim_status=combatants'],
    ['Residents said the gang had killed people indiscriminately, including children and the elderly.', ''],
    ['The Sinaloa Cartel said it had not harmed any civilians.', 'not victim_status=civilians'],
    ['The Houthis said their naval forces had targeted the ship with a ballistic missile.', 'perpetrator=Houthis; targets=ship'],
    ['The Houthis claimed the attack on the tanker in the Red Sea.', 'perpetrator=Houthis'],
    ['The U.S. military said a Houthi anti-ship ballistic missile struck the vessel.', 'cause=missile; perpetrator=Houthis'],
    // Recognised attackers, plots, one's own responsibility taken or accusations rejected in one's own words, named systems.
    ['Survivors said they recognised RSF fighters among the attackers.', 'perpetrator=RSF'],
    ['Witnesses said they identified the gunmen as members of Gran Grif.', 'perpetrator=Gran Grif'],
    ['Witnesses said they did not recognise the attackers.', ''],
    ['The Ukrainian army said Moscow had orchestrated the massacre in the town.', 'perpetrator=Russian army'],
    ['The ministry said the junta had planned to reopen schools next month.', ''],
    ['The RSF said in a video: \"We categorically reject these accusations.\"', 'not perpetrator=RSF'],
    ['The Nigerian army said: \"It was a mistake, and we take full responsibility.\"', 'perpetrator=Nigerian army'],
    ['A rights group said the FARDC bears responsibility for the deaths.', ''],
    ['The Ukrainian army said the bridge was mined by Russian troops before they withdrew.', 'perpetrator=Russian army'],
    ['The Ukrainian army said Russia had fired Kh-22 missiles at the city.', 'cause=missile; perpetrator=Russian army; weapon=kh-22'],
    ['The Russian defence ministry said its forces had struck the depot with Onyx missiles.', 'cause=missile; perpetrator=Russian army; weapon=onyx'],
    ['The Sudanese army accused the RSF of ethnic cleansing in West Darfur.', 'perpetrator=RSF'],
    // Who the victims were, not who was there, their kin, a verb, or the attackers killed in turn.
    ['The governor said the families of the victims would be compensated.', ''],
    ['Witnesses said the square was full of shoppers when the shells fell.', 'cause=shelling'],
    ['The U.N. said the war had killed thousands and displaced millions.', ''],
    ['The Malian army said its troops had killed all of the JNIM gunmen who stormed the base.', 'perpetrator=Malian army'],
    ['Medics said the dead were mostly worshipers and guests of the hotel.', 'victim_status=civilians'],
    // Weapons carried by hand, listed: a set; one weapon named: the weapon; "with French support": none.
    ['Survivors said the attackers came with machetes and guns and killed dozens of villagers.', 'victim_status=civilians; weapons=machetes,guns'],
    ['Witnesses said Gran Grif gunmen armed with assault rifles opened fire on passengers at the bus station.', 'cause=gunfire; weapon=assault rifles'],
    ['The U.N. said the militiamen had used knives, machetes and rifles in the massacre.', 'weapons=knives,machetes,rifles'],
    ['The Malian army said the assailants had arrived with French support.', ''],
    // Attackers chased away or routed; the displaced people attacked are the victims, their camp is not.
    ['The FARDC said its soldiers arrived and chased them away.', 'outcome=repelled'],
    ['The Malian army said the terrorists were routed and forced to retreat.', 'outcome=repelled'],
    ['Witnesses said the gunmen attacked the displaced people in their tents.', 'victim_status=civilians'],
    ['The PDF said junta jets had bombed the displaced people\'s camp.', 'perpetrator=Myanmar military'],
    // A siege ended is a place under control; one the army failed to break is not.
    ['The Somali government said its commandos had ended a 12-hour siege of the hotel.', 'situation=under_control'],
    ['Residents said the army had failed to break the siege of the town.', ''],
    // Coordinated adjectives of two countries name no one party.
    ['The Sudanese army accused Burundian and Congolese extremists of genocide.', ''],
    ['The Sudanese army accused Russian and Ukrainian forces of shelling the plant.', 'attacked[plant]=true; cause=shelling'],
    // Nothing to read.
    ['The ministry said talks would resume next week.', ''],
    ['The governor said schools would reopen on Monday.', ''],
    ['Officials said the strike on the bridge had been planned for weeks, according to documents seen by Reuters.', ''],
  ])('%s', (text, expected) => {
    expect(categoriesOf(text)).toBe(expected);
  });
});
