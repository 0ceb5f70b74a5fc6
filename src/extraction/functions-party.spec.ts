import { extractStatements, KnownSource } from './extract';

/** The party a function names (test/fixtures/extraction/README.md): probe sentences in fresh wording, no corpus text. */
const SOURCES: KnownSource[] = [
  { id: 'chad', name: 'Chadian government', aliases: ['Chad', "N'Djamena"], kind: 'government' },
  { id: 'ouaddai', name: 'Ouaddai government', aliases: [], kind: 'government' },
  { id: 'lake', name: 'Lake Fitri regional government', aliases: [], kind: 'government' },
  { id: 'justice', name: 'League for Access to Justice', aliases: [], kind: 'ngo' },
  { id: 'prosecutor', name: 'Abeche prosecutor', aliases: [], kind: 'government' },
  { id: 'relief', name: 'Relief Without Walls', aliases: ['RWW'], kind: 'ngo' },
  { id: 'air', name: 'Chadian air force', aliases: [], kind: 'military' },
  { id: 'tubu', name: 'Tubus', aliases: [], kind: 'armed_group' },
];
const who = (text: string, sources = SOURCES) => extractStatements(text, sources).map((c) => c.sourceId ?? `new:${c.suggestedSource?.name}`);

describe('the party a function names', () => {
  it.each([
    // A country's word before the title belongs to the function, not to the name.
    ['Chadian President Idriss Mahamat said the border would stay shut.', ['chad']],
    // A portfolio before "Minister" is no body's name, even when a long name ends in the same word.
    ['Justice Minister Halime Oumar, who toured the jail, said the escape had been planned.', ['chad']],
    // "Prime Minister X" with a regional government known too: the one government named after a country.
    ['Prime Minister Saleh Kebzabo said the attackers would be found.', ['chad']],
    // "the prosecutor of X" is the known "X prosecutor"; "the governor of X province" the government named after X.
    ['Moussa Ali, the public prosecutor of Abeche, said an inquiry had been opened.', ['prosecutor']],
    ['The governor of Lake Fitri province, Ahmat Idriss, said 30 houses had burned.', ['lake']],
    ['Lake Fitri Gov. Ahmat Idriss said 30 houses had burned.', ['lake']],
    // "Tubu militia spokesman X": the first word names the body when the words together name none.
    ['Tubu militia spokesman Ana Lupo said the clinic had been hit.', ['tubu']],
    ['Abeche Mayor Hawa Ali said the market was closed.', ['new:Hawa Ali']],
    // A hyphenated function after "its", and "who heads X".
    ['Relief Without Walls said its teams were on site. Rita Vale, its secretary-general, said the clinic was full.', ['relief', 'relief']],
    ['Omar Sy, who heads Relief Without Walls (RWW), told reporters the roads were cut.', ['relief']],
    ['Nigerian Vice-President Omar Sy, who leads Relief Without Walls, said the roads were cut.', ['relief']],
    // An adviser to the president speaks for the president's government.
    ['Paul Dax, a senior adviser to President Idriss Mahamat, said the army had not fired.', ['chad']],
    // "Foreign Ministry spokesman X" with no ministry known: the national government's; another country's ministry is not.
    ['Foreign Ministry spokesman Abdel Nasser said the report was false.', ['chad']],
    ['Nigerian Foreign Ministry spokesman Ada Obi said the report was false.', ['new:Ada Obi']],
    // "deputy prime minister in charge of security": the last function noun of the run, and nothing after "in" names a body.
    ['"Twelve were shot," Ali Nour, deputy prime minister in charge of security, said. "The gates held," Nour said.', ['chad', 'chad']],
    // "X's spokesman, Name" read as the body beside the name; a surname after a title, or of two words, points back.
    ["The Chadian air force's chief spokesman, Col. Idriss Abakar, said no jet had flown. Mr Abakar said the pilots were grounded.", ['air', 'air']],
    ['President Ali Deby Itno said the raid had failed. "We will rebuild," Deby Itno said.', ['chad', 'chad']],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });

  it('keeps a foreign leader and a name that merely holds a title as persons', () => {
    expect(who('Nigerian President Bola Adeyemi said he was appalled.')).toEqual(['new:Bola Adeyemi']);
    expect(who('Hassan Sheikh Abdi said the port was closed.')).toEqual(['new:Hassan Sheikh Abdi']);
  });

  it('gives a quotation of several sentences to the long title and name after it, not to the speaker of the paragraph before', () => {
    const text = 'Relief Without Walls said on Monday that no village had been hit.\n\n"Nobody was in the market. Nobody was hurt. The jets hit a depot," air force chief of staff Major General Idriss Abakar Saleh said in N\'Djamena.';
    expect(extractStatements(text, SOURCES).map((c) => c.statement.slice(0, 20))).toEqual(['no village had been ', 'Nobody was in the ma']);
    expect(who(text)).toEqual(['relief', 'air']);
  });

  it('reads a verb after a relative clause between commas as the subject\'s, not as inverted ("X, who flew home, declared ...")', () => {
    const text = 'An officer said the camp fell. President Idriss Mahamat, who flew home on Monday, announced a curfew in the east. "We will win," he said.';
    expect(who(text)).toEqual(['new:Officer', 'chad', 'chad']);
  });

  it('gives "army spokesman X" to the army that spoke last when two armies are known', () => {
    const armies: KnownSource[] = [
      { id: 'chadarmy', name: 'Chadian army', aliases: ["Chad's army"], kind: 'military' },
      { id: 'sudarmy', name: 'Sudanese army', aliases: [], kind: 'military' },
    ];
    expect(who('Chad\'s army said the border post held. "They fled," army spokesman Colonel Azem Bermandoa said.', armies)).toEqual(['chadarmy', 'chadarmy']);
  });

  it('reads "its spokesman, Air Vice Marshal X, said in a statement" as the body\'s, not "in a statement" as the speaker', () => {
    expect(who('The Chadian air force said no jet had flown. "No aircraft took off," its spokesman, Air Vice Marshal Idriss Abakar, said in a statement.')).toEqual(['air', 'air']);
  });

  it('keeps a head of government in another country\'s capital out of the desk\'s government', () => {
    expect(who('In Ottawa, Prime Minister Ellen Park said she was alarmed. She said aid would follow.')).toEqual(['new:Ellen Park', 'new:Ellen Park']);
  });
});

describe('a new source named as a desk names it', () => {
  it.each([
    ['The United States said it was deeply concerned.', 'new:U.S. government'],
    ['Russia said the convoy had been hit by mistake.', 'new:Russian government'],
    ['Doctors Without Borders said it had treated 30 wounded.', 'new:MSF'],
    ['The International Committee of the Red Cross said its team had reached the town.', 'new:ICRC'],
    ['A team from Doctors Without Borders that reached the town said 30 people were treated.', 'new:MSF'],
    // A medium the state runs speaks for the country's known party; a medium no one names as state-run is its own source.
    ['The state-run Chad Daily Herald newspaper said the rebels had fled.', 'chad'],
    ['The Daily Herald newspaper said the rebels had fled.', 'new:Daily Herald newspaper'],
  ])('%s', (text, name) => {
    expect(who(text)).toEqual([name]);
  });
});
