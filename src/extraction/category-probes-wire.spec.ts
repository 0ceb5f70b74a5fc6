import { facetsOf, sorted } from '../../test/wire-probes';

/**
 * Probe sentences written for this spec (none taken from the corpus), in the ways wire copy words who struck and with
 * what, across conflicts: possessives and a country's adjective, "carried out by", "was behind", blame and accusation,
 * claims and denials of responsibility, passives, and the usual names of causes, with negative probes that must read
 * nothing (a weapon of another incident, the war in general, a party as victim, an appeal to stop).
 * Only perpetrator, cause, weapon(s) and occurred are compared: the other facets have probe specs of their own.
 */
describe('perpetrator as wire copy words it', () => {
  it.each([
    // A party's possessive and a country's adjective before the attack or its cause.
    ['sahel', "JNIM said the army's air strike killed 12 civilians at the market.", 'cause=air strike; perpetrator=Malian army'],
    ['ukraine', 'The Ukrainian military said a Russian missile hit the apartment block, killing nine people.', 'cause=missile; perpetrator=Russian armed forces'],
    ['gaza', 'The health ministry said an Israeli strike killed 20 people in the camp.', 'perpetrator=Israel Defense Forces'],
    ['ethiopia', 'The TPLF said an Ethiopian drone strike killed 30 people at the market.', 'cause=drone strike; perpetrator=Ethiopian National Defense Force'],
    ['myanmar', 'The KIA said a junta air strike hit the camp overnight.', 'cause=air strike; perpetrator=Myanmar military'],
    ['sudan', 'The RSF said a Sudanese army drone struck the market, killing 15 people.', 'cause=drone strike; perpetrator=Sudanese Armed Forces'],
    // Passives: "carried out by", "fired by", "was shelled by".
    ['sahel', 'The army said the attack on the convoy was carried out by JNIM.', 'perpetrator=JNIM'],
    ['gaza', 'The IDF said the rocket was fired by Islamic Jihad.', 'perpetrator=Islamic Jihad'],
    ['sudan', 'The army said the camp was shelled by the RSF overnight.', 'cause=shelling; perpetrator=RSF'],
    ['drc', 'The FARDC said the village was attacked by M23 fighters at dawn.', 'perpetrator=M23'],
    // Responsibility: "was behind", claimed, attributed.
    ['drc', 'M23 said the FARDC was behind the attack.', 'perpetrator=FARDC'],
    ['pakistan', 'The Pakistani military said the TTP was behind the mosque bombing.', 'perpetrator=TTP'],
    ['sahel', 'JNIM claimed responsibility for the attack on the base.', 'perpetrator=JNIM'],
    ['nigeria', 'The army said ISWAP had claimed responsibility for the attack.', 'perpetrator=ISWAP'],
    ['drc', 'The FARDC attributed the attack to M23.', 'perpetrator=M23'],
    ['pakistan', 'The Pakistani military attributed the bombing to the TTP.', 'perpetrator=TTP'],
    ['somalia', 'Al-Shabaab said it carried out the suicide bombing at the hotel.', 'cause=suicide bomber; perpetrator=al-Shabaab'],
    // Blame and accusation.
    ['sudan', 'The Sudanese army blamed the RSF for the shelling of the hospital.', 'cause=shelling; perpetrator=RSF'],
    ['somalia', 'The Somali government blamed al-Shabaab for the bombing.', 'perpetrator=al-Shabaab'],
    ['sudan', 'The RSF accused the army of bombing the camp.', 'perpetrator=Sudanese Armed Forces'],
    ['ethiopia', 'The TPLF accused Ethiopian forces of killing civilians in the town.', 'perpetrator=Ethiopian National Defense Force'],
    ['drc', 'The FARDC accused Rwanda of shelling Goma.', 'perpetrator=Rwanda Defence Force'],
    // Armed men named by their party: "X fighters killed", "militants from X", "X gunmen".
    ['sudan', 'RSF fighters killed at least 40 people in the village, the army said.', 'perpetrator=RSF'],
    ['nigeria', 'The army said Boko Haram fighters killed 15 farmers.', 'perpetrator=Boko Haram'],
    ['drc', 'The FARDC said militants from M23 attacked the village.', 'perpetrator=M23'],
    ['sahel', 'JNIM gunmen opened fire on the bus, the army said.', 'cause=gunfire; perpetrator=JNIM'],
    ['somalia', 'Al-Shabaab fighters stormed the base, the Somali army said.', 'perpetrator=al-Shabaab'],
    ['sahel', 'The army said the attack by JNIM killed 12 soldiers.', 'perpetrator=JNIM'],
    ['sudan', "The army said the RSF's forces shelled the city.", 'cause=shelling; perpetrator=RSF'],
    ['ukraine', 'The Ukrainian military said Russian forces shelled Kherson overnight.', 'cause=shelling; perpetrator=Russian armed forces'],
    ['pakistan', 'The Afghan government said Pakistani jets bombed homes in Paktika.', 'cause=air strike; perpetrator=Pakistani military'],
  ])('%s: %s', (conflict, text, expected) => {
    expect(facetsOf(conflict, text)).toBe(sorted(expected));
  });
});

describe('perpetrator denied, or denied and blamed on another', () => {
  it.each([
    ['sahel', 'JNIM denied any involvement in the killing of the villagers.', 'not perpetrator=JNIM'],
    ['somalia', 'Al-Shabaab rejected responsibility for the blast at the market.', 'not perpetrator=al-Shabaab'],
    ['drc', 'M23 said it was not behind the attack on the camp.', 'not perpetrator=M23'],
    ['pakistan', 'The TTP said it was not behind the mosque bombing.', 'not perpetrator=TTP'],
    ['sudan', 'The RSF said it had nothing to do with the attack on the camp.', 'not perpetrator=RSF'],
    ['gaza', 'The IDF said there was no Israeli strike on the hospital.', 'not perpetrator=Israel Defense Forces'],
    ['myanmar', 'The military denied carrying out an air strike on the village.', 'not cause=air strike; not perpetrator=Myanmar military'],
    ['ukraine', 'The Kremlin denied that Russian forces had struck the apartment block.', 'not perpetrator=Russian armed forces'],
    ['gaza', 'The IDF said the hospital was hit by a misfired rocket launched by Islamic Jihad.', 'cause=rocket; perpetrator=Islamic Jihad'],
    ['gaza', 'The IDF denied striking the hospital, blaming a misfired rocket fired by Islamic Jihad.', 'cause=rocket; not perpetrator=Israel Defense Forces; perpetrator=Islamic Jihad'],
    ['gaza', 'The IDF said it did not strike the hospital and blamed a misfired Islamic Jihad rocket.', 'cause=rocket; not perpetrator=Israel Defense Forces; perpetrator=Islamic Jihad'],
  ])('%s: %s', (conflict, text, expected) => {
    expect(facetsOf(conflict, text)).toBe(sorted(expected));
  });
});

describe('causes and weapons as wire copy names them', () => {
  it.each([
    ['somalia', 'The Somali government said a car bomb exploded outside the hotel, killing eight people.', 'cause=car bomb'],
    ['somalia', 'The Somali army said a vehicle-borne improvised explosive device struck the checkpoint.', 'cause=car bomb'],
    ['somalia', 'The Somali army said a suicide bomber blew himself up at the checkpoint.', 'cause=suicide bomber'],
    ['pakistan', 'The Pakistani military said a suicide bomber detonated his vest inside the mosque.', 'cause=suicide bomber'],
    ['sahel', 'The army said a roadside bomb hit the convoy, killing four soldiers.', 'cause=ied'],
    ['sahel', 'The army said the truck struck an IED near Boni.', 'cause=ied'],
    ['myanmar', 'The military said two villagers were killed when they stepped on a landmine.', 'cause=landmine'],
    ['drc', 'The FARDC said M23 rebels fired mortars at the camp.', 'cause=mortar; perpetrator=M23'],
    ['drc', 'The FARDC said mortar rounds landed in the camp, killing six people.', 'cause=mortar'],
    ['ukraine', 'The Ukrainian military said artillery shells hit the market in Kherson.', 'cause=shelling'],
    ['gaza', 'Hamas said its fighters fired rockets at Tel Aviv.', 'cause=rocket; perpetrator=Hamas'],
    ['ukraine', 'The Ukrainian military said Russia launched Shahed drones at Odesa overnight.', 'perpetrator=Russian armed forces; weapon=shahed'],
    ['sudan', 'The army said the RSF used drones to attack the power station.', 'perpetrator=RSF; weapon=drone'],
    ['nigeria', 'The army said gunmen opened fire on worshippers at the church.', 'cause=gunfire'],
    ['nigeria', 'The army said the attackers shot dead 12 villagers.', 'cause=gunfire'],
    ['drc', 'The FARDC said a grenade was thrown into the crowd at the market.', 'cause=grenade'],
    // Fire names a cause only where it killed; houses set on fire in a raid name who raided.
    ['nigeria', 'The army said Boko Haram militants set fire to homes in the village.', 'perpetrator=Boko Haram'],
    ['sudan', 'The army said RSF fighters torched the market.', 'perpetrator=RSF'],
    ['nigeria', 'The army said 20 villagers were burned alive in an arson attack by Boko Haram.', 'cause=arson; perpetrator=Boko Haram'],
    ['sudan', 'The army said the victims had been burned to death in their homes.', 'cause=arson'],
    ['ukraine', 'The Russian military said the blast was caused by the detonation of munitions stored at the depot.', 'cause=stored munitions'],
    ['ukraine', 'The Russian military said the explosion at the base was caused by ammunition stored there.', 'cause=stored munitions'],
    ['ukraine', 'The Russian military said the strike set off ammunition stored at the depot, which exploded.', ''],
    // Denied causes, and the cause said in their place.
    ['ukraine', 'The Russian military said it was not a missile but a Ukrainian air-defence interceptor that hit the building.', 'cause=air defence; not cause=missile'],
    ['ukraine', 'The Russian military said the building was hit by a Ukrainian air defence missile.', 'cause=air defence; perpetrator=Ukrainian armed forces'],
    ['myanmar', 'The military said there was no air strike on the camp.', 'not cause=air strike; not occurred=true'],
    ['ethiopia', 'The Ethiopian government said no drones were used in the attack.', 'not weapon=drone'],
  ])('%s: %s', (conflict, text, expected) => {
    expect(facetsOf(conflict, text)).toBe(sorted(expected));
  });
});

describe('no perpetrator, cause or weapon where the words are of something else', () => {
  it.each([
    ['sahel', 'The Malian government said the war has seen many air strikes.', ''],
    ['gaza', 'Hamas called on Israel to stop air strikes on Gaza.', ''],
    ['myanmar', 'The NUG urged the military to halt air strikes on villages.', ''],
    ['somalia', 'The Somali government said the attack came a week after a car bomb killed 10 people in the capital.', ''],
    ['nigeria', 'The army said Boko Haram had used roadside bombs in previous attacks.', ''],
    ['gaza', 'The IDF said two of its soldiers were killed in the attack.', ''],
    ['sudan', 'The RSF said the victims were members of the army.', ''],
    ['drc', 'M23 said the FARDC had lost 30 soldiers in the fighting.', ''],
    ['ukraine', 'The Ukrainian military said Russia has fired thousands of missiles since the start of the war.', ''],
    ['ethiopia', 'The TPLF said the Ethiopian army had been trained to fly drones.', ''],
    ['ukraine', 'The Russian military said Ukrainian air defences shot down 20 drones overnight.', ''],
    ['sahel', 'JNIM said its fighters destroyed two military aircraft and a drone at the airport.', 'perpetrator=JNIM'],
    ['nigeria', 'The army said no group had claimed responsibility for the attack.', ''],
    ['ukraine', "The Russian military said Russia's armed forces do not use that type of missile.", ''],
    ['gaza', 'The IDF said its jets had hit a separate site several kilometres away.', ''],
    ['ethiopia', "The TPLF said an attack in Ethiopia's northern Tigray region killed 56 people.", ''],
  ])('%s: %s', (conflict, text, expected) => {
    expect(facetsOf(conflict, text)).toBe(expected);
  });
});

describe('more wire forms of who and with what', () => {
  it.each([
    ['sudan', 'The army said a drone attack blamed on the RSF killed 11 people.', 'cause=drone strike; perpetrator=RSF'],
    ['nigeria', 'The army said responsibility for the attack was claimed by ISWAP.', 'perpetrator=ISWAP'],
    // A denial denies the act and its cause together, as "said it had not shelled the camp" does.
    ['sudan', "The RSF dismissed the army's accusation that it had shelled the camp.", 'not cause=shelling; not perpetrator=RSF'],
    ['ukraine', 'The Ukrainian military said a Russian Iskander missile hit the station.', 'cause=missile; perpetrator=Russian armed forces; weapon=iskander'],
    ['myanmar', 'The KIA said a mortar round slammed into the market, killing five people.', 'cause=mortar'],
    ['gaza', 'The health ministry said a man was killed by a sniper near the fence.', 'cause=gunfire'],
    ['somalia', 'Al-Shabaab fighters ambushed the convoy, the Somali army said.', 'perpetrator=al-Shabaab'],
    ['pakistan', 'The Pakistani military said TTP militants attacked the checkpoint with grenades and rifles.', 'cause=grenade; perpetrator=TTP; weapons=grenades,rifles'],
    // The drone named after "by" with a word between is still read as the weapon only (the word table's "by drones" needs them adjacent).
    ['ethiopia', 'The TPLF said the town had been hit by Ethiopian drones.', 'perpetrator=Ethiopian National Defense Force; weapon=drone'],
  ])('%s: %s', (conflict, text, expected) => {
    expect(facetsOf(conflict, text)).toBe(sorted(expected));
  });
});
