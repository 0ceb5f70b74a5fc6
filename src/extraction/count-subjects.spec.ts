import { extractStatements } from './extract';

/** Counts of armed men named as the desk names the group, when the desk's sources leave one answer. */
describe('count subjects in the desk names', () => {
  const ONE_EACH = [
    { id: 'army', name: 'Ruritanian army', aliases: ['the army'], kind: 'military' },
    { id: 'front', name: 'Liberation Front', aliases: ['LF'], kind: 'armed_group' },
    { id: 'ngo', name: 'Relief Watch', aliases: [], kind: 'ngo' },
  ];
  const TWO_ARMIES = [...ONE_EACH, { id: 'other', name: 'Borduria army', aliases: [], kind: 'military' }];
  const subjects = (text: string, sources: typeof ONE_EACH) =>
    extractStatements(text, sources).flatMap((c) => c.facets.filter((f) => f.subject !== undefined).map((f) => `${f.attribute}[${f.subject}]=${f.value}`));

  it.each([
    ['The army said it had lost 14 soldiers.', ['combatant_fatalities[Ruritanian army]=14']],
    // A state's source counting attackers counts the one armed group it fights; anyone else keeps the word.
    ['The army said its troops had killed 30 terrorists.', ['combatant_fatalities[Liberation Front]=30']],
    ['Relief Watch said 30 attackers were killed.', ['combatant_fatalities[attackers]=30']],
    // The speaker's own men, by a possessive; an armed group's count of others is of the army.
    ['The Liberation Front said only five of its fighters were killed.', ['combatant_fatalities[Liberation Front]=five']],
    ['The Liberation Front said its units had killed dozens of mercenaries.', ['combatant_fatalities[Ruritanian army]=dozens']],
    // "N of its members" of an armed speaker are its forces; of an aid group, only its dead.
    ['The Liberation Front said seven of its members were killed.', ['combatant_fatalities[Liberation Front]=seven']],
    // "We lost 14 men": an armed speaker's own losses; a villager's "we lost" stays a toll, and "lost contact" counts no one.
    ['The army said: "We lost 14 men in the ambush."', ['combatant_fatalities[Ruritanian army]=14']],
    ['The Liberation Front said it had lost 12 men.', ['combatant_fatalities[Liberation Front]=12']],
    ['"We lost 14 people in the attack," a villager told Relief Watch.', []],
    ['The army said gunmen killed 14 men after we lost contact with the post.', []],
    // The group named apart from the number: bodies of soldiers, the number of militants killed.
    ['"I counted 25 bodies of soldiers," a villager told Relief Watch.', ['combatant_fatalities[Ruritanian army]=25']],
    ['The army said the number of militants killed had risen to 33.', ['combatant_fatalities[Liberation Front]=33']],
    ['The Liberation Front said the number of soldiers killed rose to 40.', ['combatant_fatalities[Ruritanian army]=40']],
    // The captured of a force are the force's; fighters a state's source captures are the armed group's.
    ['The Liberation Front said it had taken 200 soldiers prisoner.', ['captured[Ruritanian army]=200']],
    ['The army said 21 fighters were captured.', ['captured[Liberation Front]=21']],
    // Men of a body named after them take its name; a body the desk knows by an alias, its party's name.
    ['Relief Watch said the strike killed six officers of the Liberation Front.', ['combatant_fatalities[Liberation Front]=six']],
    ['Relief Watch said the strike killed six officers of the Mountain Brigade.', ['combatant_fatalities[Mountain Brigade]=six']],
    ['Relief Watch said 12 soldiers were wounded in the ambush.', ['injuries[Ruritanian army]=12']],
    ['Relief Watch said 20 LF fighters were killed.', ['combatant_fatalities[Liberation Front]=20']],
  ])('%s', (text, expected) => {
    expect(subjects(text, ONE_EACH)).toEqual(expected);
  });

  it('keeps the words when the desk has two sources of the kind: one army is not guessed for the other', () => {
    expect(subjects('Relief Watch said 12 soldiers were wounded in the ambush.', TWO_ARMIES)).toEqual(['injuries[soldiers]=12']);
  });

  it('names soldiers counted by their people as the army the desk knows by that people\'s name', () => {
    const named = [...ONE_EACH, { id: 'other', name: 'BDF', aliases: ['Bordurian army'], kind: 'military' }];
    expect(subjects('Relief Watch said 40 Bordurian soldiers were killed.', named)).toEqual(['combatant_fatalities[BDF]=40']);
    expect(subjects('Relief Watch said 40 Syldavian soldiers were killed.', named)).toEqual(['combatant_fatalities[Syldavian]=40']);
  });

  it('never names a group by a source that is a person (the army\'s chief of staff)', () => {
    const chief = [{ id: 'chief', name: 'General Ivo Marek', aliases: [], kind: 'military' }, ...ONE_EACH.slice(1)];
    expect(subjects('Relief Watch said 12 soldiers were wounded in the ambush.', chief)).toEqual(['injuries[soldiers]=12']);
  });

  it('names no armed group for a state\'s count when the desk has two', () => {
    const two = [...ONE_EACH, { id: 'band', name: 'Mountain Band', aliases: [], kind: 'armed_group' }];
    expect(subjects('The army said its troops had killed 30 terrorists.', two)).toEqual(['combatant_fatalities[attackers]=30']);
  });

  it('keeps a toll of the dead when the group is no armed one or the speaker no armed party', () => {
    const tolls = (text: string) => extractStatements(text, ONE_EACH)
      .flatMap((c) => c.facets.filter((f) => f.attribute.includes('fatalities')).map((f) => `${f.attribute}=${f.value}`));
    expect(tolls('Relief Watch said seven of its members were killed.')).toEqual(['fatalities=seven']);
    expect(tolls('Relief Watch said the number of people killed rose to 33.')).toEqual(['fatalities=33']);
  });

  it('leaves the subjects of other facets alone', () => {
    expect(subjects('Relief Watch said the fighters had destroyed 40 homes.', ONE_EACH)).toEqual(['destroyed[homes]=40']);
  });
});

describe('who voiced a known party', () => {
  const SOURCES = [{ id: 'group', name: 'ISSP', aliases: ['Islamic State Sahel Province', 'Islamic State in the Sahel'], kind: 'armed_group' }, { id: 'army', name: 'Ruritanian army', aliases: [], kind: 'military' }];
  it.each([
    ['Islamic State Sahel Province said in a statement that its fighters had killed "more than 60 apostate soldiers" and seized the post.', null],
    ['Army spokesman Colonel Ivan Petrov said the town was calm.', 'Army spokesman Ivan Petrov'],
  ])('%s', (text, role) => {
    expect(extractStatements(text, SOURCES).map((c) => c.role)).toEqual([role]);
  });
});
