import { analyse } from './analyse';
import { quantityFacets } from './quantity-facets';

/** Facets of a sentence read whole, as `attribute[subject]=value; ...`. */
function read(text: string): string {
  const a = analyse(text);
  return quantityFacets(a.tokens, [0, a.tokens.length - 1], text, false)
    .map((f) => `${f.attribute}${f.subject ? `[${f.subject}]` : ''}=${String(f.value)}`)
    .join('; ');
}

/** Sentences written for this test in wire style: each number with its own noun, qualifiers as the quantity table reads them. */
describe('quantity facets', () => {
  it.each([
    ['At least 40 people were killed and 120 wounded in the shelling.', 'fatalities=at least 40; injuries=120'],
    ['The blast killed 12 people and injured 35 others.', 'fatalities=12; injuries=35'],
    ['The strike killed at least 25 civilians, including eight children.', 'civilian_fatalities=at least 25'],
    ['Twenty-three people died in the fire.', 'fatalities=twenty-three'],
    ['The attack left 18 dead and dozens injured.', 'fatalities=18; injuries=dozens'],
    ['The attack left at least 18 people dead.', 'fatalities=at least 18'],
    ['The death toll has climbed to 112.', 'fatalities=112'],
    ['The death toll rose to 112, with 300 injured.', 'fatalities=112; injuries=300'],
    ['The toll stood at 64 dead and 150 wounded.', 'fatalities=64; injuries=150'],
    ['Rescuers said the number of dead had reached 90.', 'fatalities=90'],
    ['The bombing claimed the lives of 31 people.', 'fatalities=31'],
    ['Fourteen people lost their lives in the raid.', 'fatalities=fourteen'],
    ['Two soldiers were killed and five wounded in the ambush.', 'combatant_fatalities=two; injuries=five'],
    ['Gunmen killed 19 villagers overnight.', 'fatalities=19'],
    ['The army said it had killed 45 militants.', 'combatant_fatalities=45'],
    ['Troops neutralised 12 terrorists during the operation.', 'combatant_fatalities[attackers]=12'],
    ['Around 150 fighters were killed in the battle.', 'combatant_fatalities=around 150'],
    ['Hundreds of people were killed.', 'fatalities=hundreds'],
    ['Dozens of civilians were killed in the strikes.', 'civilian_fatalities=dozens'],
    ['Scores of people died.', 'fatalities=scores'],
    ['Several people were wounded.', 'injuries=several'],
    ['Nobody was killed in the attack.', 'fatalities=none'],
    ['No one was hurt.', 'injuries=none'],
    ['There were no casualties.', 'fatalities=none'],
    ['Up to 200 people may have died.', 'fatalities=up to 200'],
    ['Nearly 60 people were killed.', 'fatalities=nearly 60'],
    ['Some 300 people were injured.', 'injuries=some 300'],
    ['More than 1,200 people have been killed since the offensive began.', ''],
    ['Between 50 and 80 people were killed.', 'fatalities=between 50 and 80'],
    ['Two hundred and fifty people were wounded.', 'injuries=two hundred and fifty'],
    ['A dozen people were killed.', 'fatalities=a dozen'],
    ['At least a dozen soldiers died.', 'combatant_fatalities=at least a dozen'],
    ['No fewer than 30 people were killed.', 'fatalities=no fewer than 30'],
    ['The attackers killed 11 policemen.', 'combatant_fatalities=11'],
    ['Eight children were among the dead.', 'civilian_fatalities=eight'],
    ['The attack killed 20 people, 15 of them soldiers.', 'fatalities=20'],
    ['Police arrested 14 suspects.', 'captured=14'],
    ['About 30 fighters were taken prisoner.', 'captured=about 30'],
    ['The rebels said they had captured 120 soldiers.', 'captured=120'],
    ['Forty people were abducted from the village.', 'captured=forty'],
    ['The militants took 12 hostages.', 'captured=12'],
    ['The strike destroyed three tanks and two armoured personnel carriers.', 'destroyed[tanks]=three; destroyed[armoured personnel carriers]=two'],
    ['More than 500 homes were destroyed.', 'destroyed[homes]=more than 500'],
    ['Air defences shot down 18 drones.', 'destroyed[drones]=18'],
    ['Two helicopters were downed.', 'destroyed[helicopters]=two'],
    ['Dozens of houses were burned to the ground.', 'destroyed[houses]=dozens'],
    ['About 240 pupils were in class at the time.', ''],
    ['The war has killed tens of thousands of people.', ''],
    ['More than 3,000 people were evacuated.', ''],
    ['Some 10,000 people have fled their homes.', ''],
    ['The hospital received 45 wounded.', ''],
    ['Medics treated 30 injured people.', ''],
    ['Five of the wounded were in critical condition.', ''],
    ['The town lies 40 km from the border.', ''],
    ['Troops seized 20 rifles.', ''],
    ['The attack came two days after 12 soldiers were killed in a separate ambush.', ''],
    ['Last year, 300 people were killed in a similar attack.', ''],
    ['The dead included 12 women.', ''],
    ['About 50 bodies were found in a mass grave.', 'fatalities=about 50'],
    ['The group has killed thousands of people since 2015.', ''],
    ['At least 77 dead and 255 wounded were counted.', 'fatalities=at least 77; injuries=255'],
    ['Killing 30 soldiers and wounding 45, the militants then withdrew.', 'combatant_fatalities=30; injuries=45'],
    ['The ministry put the death toll at 89.', 'fatalities=89'],
    ['The toll stood at 35 dead.', 'fatalities=35'],
    ['Officials estimated the number of dead at about 40.', 'fatalities=about 40'],
    ['More than a hundred people were killed.', 'fatalities=more than a hundred'],
    ['Air defences shot down 16 of 18 drones launched overnight.', 'destroyed[drones]=16'],
    ['"Dozens" of people had died.', 'fatalities=dozens'],
    ['About twenty of them have been arrested.', 'captured=about twenty'],
    ['Seven of them were children.', ''],
    ['Seventeen other people, most of them children, were wounded.', 'injuries=seventeen'],
    ['At least nine people, most of them children, were killed on Friday.', 'fatalities=at least nine'],
    ['29 people had drowned.', 'fatalities=29'],
    ['The death toll from the bombing of camps for displaced people near Goma has risen to 35.', 'fatalities=35'],
    ['The attack killed 30 soldiers and 12 civilians.', 'combatant_fatalities=30; civilian_fatalities=12'],
    ['Among those killed were at least eleven people who were shot.', ''],
    ['Some 37 wounded remained in hospital.', ''],
    ['At least 11 children lost their lives in an air strike.', 'civilian_fatalities=at least 11'],
    ['None of the fighters had been captured.', 'captured=none'],
    ['More than 30 people — most of them women and children — were killed.', 'fatalities=more than 30'],
    ['At least 30 people (including 10 children) were killed.', 'fatalities=at least 30'],
    ['Gunmen gunned down 14 villagers.', 'fatalities=14'],
    ['Three hostages were killed in the strikes.', 'fatalities[hostages]=three'],
    ['The strike killed seven aid workers.', 'fatalities[aid workers]=seven'],
    ['At least 50 prisoners of war were killed in the blast.', 'fatalities[prisoners of war]=at least 50'],
    ['Two peacekeepers were wounded.', 'injuries[peacekeepers]=two'],
    ['The shelling killed 10 people in Kherson and four in Zaporizhzhia.', 'fatalities[kherson]=10; fatalities[zaporizhzhia]=four'],
    ['Sixteen people died in areas under Ukrainian control.', 'fatalities[ukrainian-controlled]=sixteen'],
    ['At least 29 people drowned in the Russian-occupied areas.', 'fatalities[russian-occupied]=at least 29'],
    ['Eight people were killed on the left bank of the river.', 'fatalities[left bank]=eight'],
    ['In Israel, 12 people were killed, and in Lebanon 30 died.', 'fatalities[israel]=12; fatalities[lebanon]=30'],
    ['At least 77 people were killed in the attack in Bamako.', 'fatalities=at least 77'],
    ['Twelve people were killed in Rafah.', 'fatalities=twelve'],
    ['They killed 30 people and burned 40 houses.', 'fatalities=30; destroyed[houses]=40'],
    ['Thirty people were reported killed.', 'fatalities=thirty'],
    ['The strike killed 20 people and wounded at least 40 others.', 'fatalities=20; injuries=at least 40'],
    ['Those killed numbered about 30.', 'fatalities=about 30'],
    ['No civilians were killed.', 'civilian_fatalities=none'],
    ['There were no civilian casualties.', 'civilian_fatalities=none'],
    ['Its forces had destroyed 14 Ukrainian tanks, 10 armoured vehicles and three artillery pieces.', 'destroyed[ukrainian tanks]=14; destroyed[armoured vehicles]=10; destroyed[artillery pieces]=three'],
    ['The army said it had killed 300 RSF fighters and captured 45.', 'combatant_fatalities[RSF]=300; captured=45'],
    ['A monitoring group said 65 people were killed in the village and 30 others wounded.', 'fatalities=65; injuries=30'],
    ['The UN said 1.2 million people had been displaced.', ''],
    ['Rescuers pulled the bodies of 23 people from the rubble.', 'fatalities=23'],
    ['The strikes killed 42 people, among them 12 women and 15 children.', 'fatalities=42'],
    ['Two Israeli soldiers were killed and three were seriously wounded.', 'combatant_fatalities[Israeli]=two; injuries=three'],
    ["Ukraine's air force said it had shot down all 30 drones.", 'destroyed[drones]=30'],
    ['At least 18 people were killed when a missile hit an apartment block, and 60 more were wounded.', 'fatalities=at least 18; injuries=60'],
    ['The figure of 300 dead is a fabrication.', 'fatalities=300'],
    ['Some 2,000 people have been killed in the city since April.', ''],
    ['Fighting has killed at least 150,000 people since the war began.', ''],
    ['At least 120 people were killed on Saturday alone.', 'fatalities=at least 120'],
    ['Medics said 14 bodies had been brought to the hospital.', ''],
    ['He said 40 militants had been killed, including two commanders.', 'combatant_fatalities=40'],
    ['Five people were killed and a further 12 injured.', 'fatalities=five; injuries=12'],
    ['The toll, according to the ministry, rose to 87.', 'fatalities=87'],
    ['Hamas said 45 martyrs had been brought to the morgue.', ''],
    ['The group said the raid left 45 martyrs.', 'fatalities=45'],
    ['The dead numbered 45.', 'fatalities=45'],
    ['More than 100 people were treated for injuries.', 'injuries=more than 100'],
    ['The rebels took 30 soldiers prisoner.', 'captured=30'],
    ['Militiamen torched 60 homes.', 'destroyed[homes]=60'],
    ['Ambulances took 57 wounded to hospital.', ''],
    ['The death toll exceeded 100 on Sunday.', 'fatalities=more than 100'],
    ['The massacre of 45 villagers shocked the region.', 'fatalities=45'],
    ['Three of our fighters were killed.', 'combatant_fatalities=three'],
    ['The army said it had killed 120 Hamas operatives.', 'combatant_fatalities[Hamas]=120'],
    ['Ukraine said its forces had eliminated 900 occupiers.', 'combatant_fatalities=900'],
    ['Twelve members of JNIM were killed.', 'combatant_fatalities=twelve'],
    ['Four members of the same family were killed.', 'fatalities=four'],
    ['The security forces have ended the siege and killed the terrorists, six of them.', 'combatant_fatalities[attackers]=six'],
    ['One of the gunmen who stormed the hotel was captured alive.', 'captured[attackers]=one'],
    ['The army had lost 71 men in the attack.', 'combatant_fatalities=71'],
    ['We buried 115 people.', 'fatalities=115'],
    ['Rescuers were searching for 20 people believed buried under the rubble.', ''],
    ['59 people had sought medical help after the strike.', 'injuries=59'],
    ['Its members had counted more than 300 bodies in the camp.', ''],
    ['One of the al-Shabab gunmen who stormed a Mogadishu hotel was captured alive.', 'captured[attackers]=one'],
    ['Its members had counted more than 300 bodies in a single mass grave.', ''],
    ['A resident said he had counted dozens of bodies along the trench.', ''],
    ['The television said the administration had counted 100 migrants among the dead.', ''],
    ['We have counted more than 120 dead.', 'fatalities=more than 120'],
    ['The group said its fighters had withdrawn, and that none of them had been killed.', 'combatant_fatalities=none'],
  ])('%s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe('quantity facets on pathological statements', () => {
  // Eight times the statement costs about eight times the time, where a quadratic cost would give 64: the
  // bound sits far from both. The text is analysed once; only the reading of quantities is timed.
  it('reads quantities in time linear in the statement', () => {
    const pieces = ['killed 10 in Kherson and ', '1 to 1 or 1 - ', 'at least a dozen (including 3, most of them ', 'none of the no one ', 'between 1 and '];
    const analysed = (n: number) => {
      const text = pieces.map((p) => p.repeat(n)).join('were wounded. ');
      return { text, tokens: analyse(text).tokens };
    };
    const time = ({ text, tokens }: { text: string; tokens: ReturnType<typeof analyse>['tokens'] }) => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < 3; i += 1) quantityFacets(tokens, [0, tokens.length - 1], text, false);
      return Number(process.hrtime.bigint() - start);
    };
    const [small, large] = [analysed(100), analysed(800)];
    time(small);
    const ratio = Math.min(...[0, 1, 2].map(() => time(large) / time(small)));
    expect(ratio).toBeLessThan(24);
  });
});
