import { extractStatements, KnownSource } from './extract';

/**
 * Speakers named by what they are rather than by name (an office of state with no holder named, a party
 * described by kind and country, a wing, a family, an army's commanders), and persons the narration introduces
 * in a function that a surname later points back to. Sentences of our own; each rule has cases where it must
 * not answer.
 */
const SOURCES: KnownSource[] = [
  { id: 'chad', name: 'Chadian government', aliases: ['Chad', "N'Djamena"], kind: 'government' },
  { id: 'niger', name: 'Nigerien government', aliases: ['Niger', 'Niamey'], kind: 'government' },
  { id: 'kanem', name: 'Kanem state government', aliases: [], kind: 'government' },
  { id: 'army', name: 'Chadian army', aliases: [], kind: 'military' },
  { id: 'police', name: 'Chadian police', aliases: ['the National Police'], kind: 'police' },
  { id: 'front', name: 'Desert Front', aliases: ['Front for the Liberation of Chad'], kind: 'armed_group' },
  { id: 'hills', name: 'Hill Brigades', aliases: [], kind: 'armed_group' },
  { id: 'family', name: 'Haroun family', aliases: [], kind: 'witness' },
];
const ONE_GOVERNMENT = SOURCES.filter((s) => s.id !== 'niger');
const ONE_GROUP = SOURCES.filter((s) => s.id !== 'hills');
const who = (text: string, sources = SOURCES) => extractStatements(text, sources).map((c) => c.sourceId ?? `new:${c.suggestedSource?.name}`);

describe('an office of state with no holder named', () => {
  it.each([
    // A country's adjective or possessive names that country's government.
    ['The Chadian ambassador said two guards had died in the blast.', SOURCES, ['chad']],
    ["Niger's foreign minister said the convoy had been attacked at dawn.", SOURCES, ['niger']],
    // One unnamed insider is not the party.
    ['A Chadian diplomat said two guards had died in the blast.', SOURCES, ['new:Chadian diplomat']],
    // A portfolio after the office: the desk's one national government, or the one the narration named last.
    ['The Minister of Justice said 300 detainees would be moved.', ONE_GOVERNMENT, ['chad']],
    ['Niger closed its border. The Minister of the Interior said 40 men had been arrested.', SOURCES, ['niger']],
    // Two governments and neither named: no guess.
    ['The Minister of Justice said 300 detainees would be moved.', SOURCES, ['new:Justice minister']],
    // A former holder holds no office; a health ministry may be a territory's, not the state's.
    ['The former minister said the border should be closed.', ONE_GOVERNMENT, ['new:Former minister']],
    ['The health minister said the clinics were full.', ONE_GOVERNMENT, ['new:Health minister']],
    ['The Minister of Health said the clinics were full.', ONE_GOVERNMENT, ['new:Health minister']],
    ['The Minister of Foreign Affairs said the border was closed.', ONE_GOVERNMENT, ['chad']],
    // A governor is the regional government's.
    ['The state governor said the cattle market would stay closed.', SOURCES, ['kanem']],
    // A title and a surname alone, no one so named before: the title's party, and the surname later points back to it.
    ['President Deby said the attack was cowardly. "We will respond," Deby said.', ONE_GOVERNMENT, ['chad', 'chad']],
    // Two governments and neither named: no guess; "Mr" is no office.
    ['President Deby said the attack was cowardly.', SOURCES, ['new:Deby']],
    ['Mr Deby said the attack was cowardly.', ONE_GOVERNMENT, ['new:Deby']],
    // State media's order: the office, the country, then the name; the surname points back to it.
    ['President of the Republic of Chad Idriss Mahamat said the army would respond. "We will not wait," Mahamat said.', SOURCES, ['chad', 'chad']],
    ['The president of Niger said the attack was cowardly.', SOURCES, ['niger']],
  ])('%s', (text, sources, expected) => {
    expect(who(text, sources)).toEqual(expected);
  });
});

describe('a party described by its kind and country', () => {
  it.each([
    // The one armed group whose names carry the country.
    ['The Chadian rebel group said its units had never crossed the river.', SOURCES, ['front']],
    ["Chad's biggest armed group said it had no part in the ambush on the convoy.", SOURCES, ['front']],
    // No country said: the desk's one armed group, and none among two.
    ['The Sunni militant group said its fighters had withdrawn from the town.', ONE_GROUP, ['front']],
    ['The Sunni militant group said its fighters had withdrawn from the town.', SOURCES, ['new:Sunni militant group']],
    // Another country than the desk's one group's: no guess.
    ['The Sudanese rebel group said its fighters had withdrawn from the town.', ONE_GROUP, ['new:Sudanese rebel group']],
    // A place the lists do not know as a country still has to be in the party's names.
    ["Lemuria's biggest armed group said it had no part in the ambush.", ONE_GROUP, ["new:Lemuria's biggest armed group"]],
    // An indefinite description introduces someone the desk cannot tell apart.
    ['A Chadian rebel group said its units had never crossed the river.', SOURCES, ['new:Chadian rebel group']],
  ])('%s', (text, sources, expected) => {
    expect(who(text, sources)).toEqual(expected);
  });

  it('reads a wing the desk does not know as the body it belongs to', () => {
    expect(who('The rocket was blamed on the Desert Front. A spokesman for the group\'s armed wing said the launch site was not theirs.')).toEqual(['front']);
  });

  it('reads family members as the desk\'s one family, and as no one among two families', () => {
    expect(who('Family members told reporters the house had been empty for a week.')).toEqual(['family']);
    const two = [...SOURCES, { id: 'other', name: 'Kaka family', aliases: [], kind: 'witness' }];
    expect(who('Family members told reporters the house had been empty for a week.', two)).toEqual(['new:Family members']);
  });

  it('reads two speakers at once as the known one named first, and a name with "and" in it whole', () => {
    expect(who('The Chadian army and local officials said 40 people had died.')).toEqual(['army']);
    expect(who('Local officials and aid workers said 40 people had died.')).toEqual(['new:Local officials and aid workers']);
  });

  it("reads an army's commanders in the plural as the desk's one military", () => {
    expect(who('The field commanders said the roads to the border were open again.')).toEqual(['army']);
  });
});

describe('a person the narration introduces in a function', () => {
  it.each([
    // A name between commas after a body's function: the surname points back to the body.
    ['The head of the National Police, General Ali Moussa Tahir, visited the crash site. "Nobody will go unpunished," Tahir said.', SOURCES, ['police']],
    // A name right after a function: "counterpart" with a country is that country's office.
    ['In a call with his Nigerien counterpart Ali Zeine, the Chadian president said the two states stood together. '
      + 'Zeine said the killers would be found.', SOURCES, ['chad', 'niger']],
    // A name with its function after it, in a clause whose verb reports nothing the parse reads.
    ['Idriss Mahamat, deputy prime minister in charge of security, visited the camp. "No one escaped," Mahamat said.', ONE_GOVERNMENT, ['chad']],
    // A function of no known party: the surname stays a new person's.
    ['Ali Zeine, a farmer, lost his goats in the raid. "Nothing is left," Zeine said.', SOURCES, ['new:Zeine']],
  ])('%s', (text, sources, expected) => {
    expect(who(text, sources)).toEqual(expected);
  });

  it('is not what a later "he" points back to', () => {
    expect(who('The Desert Front said it had withdrawn. Its commander, Musa Kadi, was seen in town. He said the roads were mined.')).toEqual(['front', 'front']);
  });
});

describe('words that name no one, and bodies apart', () => {
  it('reads "contrary to claims by X" as no speaker, and "the report" as the body that issued it', () => {
    const text = 'The Desert Front said in a report that 40 people had died. Its researchers found mass graves, '
      + 'contrary to claims by army officers. Sixty homes were burned, the report said.';
    expect(who(text)).toEqual(['front', 'front']);
  });

  it('reads "the report" as the body that issued one, though another spoke since', () => {
    const text = 'The Desert Front said in a report released on Monday that 40 people had died. '
      + 'The Chadian army said the dead were fighters. The report said soldiers had shot them.';
    expect(who(text)).toEqual(['front', 'army', 'front']);
    expect(who('The Desert Front said 40 people had died. The Chadian army said the dead were fighters. The statement said no one was hurt.'))
      .toEqual(['front', 'army', 'army']);
  });

  it('does not point a body with words of its own back to a body of the same kind', () => {
    const sources = [...SOURCES, { id: 'mod', name: 'Chadian defence ministry', aliases: ['Ministry of Defence of Chad'], kind: 'government' }];
    const text = 'The Ministry of Defence of Chad said the missile came from the north. '
      + 'The Ministry of Emergency Situations said the fire at the depot was out.';
    const [first, second] = who(text, sources);
    expect([first, second.startsWith('new:')]).toEqual(['mod', true]);
  });

  it('reads "the Moscow-installed governor" as the party Moscow installed, but not a mayor of another place', () => {
    const installed = { id: 'occ', name: 'Russian-installed regional administration', aliases: ['Moscow-installed administration'], kind: 'government' };
    const sources = [...SOURCES, installed];
    expect(who('The Moscow-installed governor Pavel Orlov said the ferry crossings were shut.', sources)).toEqual(['occ']);
    expect(who('The Moscow-installed mayor of Dalny, Pavel Orlov, said the ferry crossings were shut.', sources)).toEqual(['new:Pavel Orlov']);
  });
});
