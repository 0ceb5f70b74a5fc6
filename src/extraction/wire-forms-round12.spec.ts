import { extractStatements, KnownSource } from './extract';

/**
 * Wire forms of the twelfth round, as probes of our own wording (none read from the corpus):
 * - a minister's portfolio written after the office ("the Minister of Defence, X");
 * - a body's initials written with stops ("U.N.") on a desk that wrote them without;
 * - a head of state's spokesman ("Presidential spokesman X", "a spokesman for President X");
 * - a group described by its creed or its backer ("the Islamist militant group", "the paramilitary");
 * - titles in capitals and hyphens ("Chief of Army Staff X", "UN Secretary-General X", "Vice-President X");
 * - a figure's qualifier and an adjunct right after the verb ("said as many as 300", "said when asked that");
 * - officials in a capital ("Officials in Kyiv"), a witness who gave his name ("who identified himself as X");
 * - a party's unit ("the junta's information team"), a report a medium saw ("a police report seen by Reuters"),
 *   offices of justice and faith before a name ("Ombudsman X", "Bishop X");
 * - what a speaker cites (", citing figures from local officials"), a relative clause after "according to X" or on
 *   the subject ("The army, which said ..., gave no details").
 */
const KAMPALA: KnownSource[] = [
  { id: 'updf', name: 'UPDF', aliases: ['Ugandan army'], kind: 'military', side: 'Uganda' },
  { id: 'ug', name: 'Ugandan government', aliases: ['Uganda', 'Ministry of Defence'], kind: 'government', side: 'Uganda' },
  { id: 'shabaab', name: 'al-Shabaab', aliases: ['al Shabaab'], kind: 'armed_group', side: 'al-Shabaab' },
];

const speakers = (text: string, desk: KnownSource[] = KAMPALA) =>
  extractStatements(text, desk, null).map((c) => `${c.sourceId ?? `new:${c.suggestedSource?.name}`} <- ${c.quote.exact}`);

describe("a minister's portfolio after the office", () => {
  it('names the ministry the desk knows, as the portfolio before the office does', () => {
    for (const title of ['Defence Minister Jacob Okello', 'The Minister of Defence, Jacob Okello,', 'The State Minister for Defence, Jacob Okello,']) {
      expect(speakers(`${title} said the attackers numbered about 800.`)).toEqual(['ug <- the attackers numbered about 800']);
    }
  });

  it('leaves a function whose words after "of" name a place or a body to the reading of that body', () => {
    expect(speakers('The Minister of Foreign Affairs of Kenya, Musalia Mudavadi, said the base was retaken.')).toEqual(['new:Musalia Mudavadi <- the base was retaken']);
  });
});

describe('initials written with stops', () => {
  const GENEVA: KnownSource[] = [
    { id: 'un', name: 'United Nations', aliases: ['UN'], kind: 'international_org' },
    { id: 'ru', name: 'Russian government', aliases: ['Kremlin'], kind: 'government', side: 'Russia' },
  ];

  it('names the body the desk wrote without stops, and the reverse', () => {
    for (const speaker of ['The U.N. refugee agency', 'A U.N. official', 'U.N. resident coordinator Edward Kallon']) {
      expect(speakers(`${speaker} said 35 civilians were killed.`, GENEVA)).toEqual(['un <- 35 civilians were killed']);
    }
    const dotted: KnownSource[] = [{ id: 'un', name: 'United Nations', aliases: ['U.N.'], kind: 'international_org' }];
    expect(speakers('The UN refugee agency said 35 civilians were killed.', dotted)).toEqual(['un <- 35 civilians were killed']);
  });

  it('keeps an article before initials a word of its own', () => {
    expect(speakers('A witness told a U.N. investigator that 35 civilians were killed.', GENEVA)).toEqual(['new:Witness <- 35 civilians were killed']);
  });
});

describe("a head of state's spokesman", () => {
  const ABUJA: KnownSource[] = [
    { id: 'army', name: 'Nigerian army', aliases: ['the army'], kind: 'military', side: 'Nigeria' },
    { id: 'gov', name: 'Nigerian government', aliases: ['federal government', 'presidency'], kind: 'government', side: 'Nigeria' },
    { id: 'bh', name: 'Boko Haram', aliases: [], kind: 'armed_group', side: 'Boko Haram' },
  ];
  const MOSCOW: KnownSource[] = [
    { id: 'ru', name: 'Russian government', aliases: ['Kremlin'], kind: 'government', side: 'Russia' },
    { id: 'ua', name: 'Ukrainian government', aliases: ['Ukraine', 'Kyiv'], kind: 'government', side: 'Ukraine' },
  ];

  it("speaks for the president's government", () => {
    for (const speaker of ['Presidential spokesman Garba Shehu', 'Garba Shehu, a spokesman for President Muhammadu Buhari,']) {
      expect(speakers(`${speaker} said the killings were senseless.`, ABUJA)).toEqual(['gov <- the killings were senseless']);
    }
    expect(speakers('Dmitry Peskov, spokesman for Russian President Vladimir Putin, said Russia does not strike civilians.', MOSCOW)).toEqual(['ru <- Russia does not strike civilians']);
  });

  it('speaks for the one the text named before by a surname', () => {
    const text = 'Russian President Vladimir Putin said the strike hit soldiers. Putin\'s spokesman Dmitry Peskov said Russia does not strike civilians.';
    expect(speakers(text, MOSCOW)).toEqual(['ru <- the strike hit soldiers', 'ru <- Russia does not strike civilians']);
  });

  it('is a new source when the head it serves is no party the desk knows', () => {
    expect(speakers('Stephane Dujarric, spokesman for Secretary-General Antonio Guterres, said the convoy was hit.', ABUJA).map((s) => s.split(' <- ')[0])).toEqual(['new:Stephane Dujarric']);
  });
});

describe('a group described by its creed or its backer', () => {
  const GAZA: KnownSource[] = [
    { id: 'idf', name: 'IDF', aliases: ['Israeli military'], kind: 'military', side: 'Israel' },
    { id: 'hamas', name: 'Hamas', aliases: [], kind: 'armed_group', side: 'Hamas' },
    { id: 'rsf', name: 'RSF', aliases: ['Rapid Support Forces'], kind: 'armed_group', side: 'RSF' },
    { id: 'gov', name: 'Israeli government', aliases: ['Israel'], kind: 'government', side: 'Israel' },
  ];

  it('points back to the group named last', () => {
    for (const head of ['The Islamist militant group', 'The Islamist group', 'The Iran-backed group']) {
      expect(speakers(`Hamas has ruled Gaza since 2007. ${head} said 90 people were killed.`, GAZA)).toEqual(['hamas <- 90 people were killed']);
    }
    expect(speakers('The RSF has besieged El Fasher since May. The paramilitary said the army bombed the market.', GAZA)).toEqual(['rsf <- the army bombed the market']);
  });

  it("leaves a country's body, a people's group and a group's name alone", () => {
    expect(speakers('Hamas has ruled Gaza since 2007. The Sudanese rebel group said 90 people were killed.', GAZA)).toEqual(['new:Sudanese rebel group <- 90 people were killed']);
    expect(speakers('Hamas has ruled Gaza since 2007. The French government said 90 people were killed.', GAZA)).toEqual(['new:French government <- 90 people were killed']);
    expect(speakers('Hamas has ruled Gaza since 2007. The Islamic State group said 90 people were killed.', GAZA)).toEqual(['new:Islamic State group <- 90 people were killed']);
  });
});

describe('titles in capitals and hyphens', () => {
  const DESK: KnownSource[] = [
    { id: 'army', name: 'Nigerian army', aliases: ['the army'], kind: 'military', side: 'Nigeria' },
    { id: 'gov', name: 'Nigerian government', aliases: ['federal government'], kind: 'government', side: 'Nigeria' },
    { id: 'un', name: 'United Nations', aliases: ['UN'], kind: 'international_org' },
    { id: 'sumy', name: 'Sumy regional administration', aliases: [], kind: 'government', side: 'Ukraine' },
  ];
  const who = (speaker: string) => speakers(`${speaker} said 43 farmers were killed.`, DESK).map((s) => s.split(' <- ')[0]);

  it('reads the function before the name, not a name of an organisation', () => {
    expect(who('Chief of Army Staff Lieutenant General Tukur Buratai')).toEqual(['army']);
    expect(who('The shadow National Unity Government')).toEqual(['new:National Unity Government']);
  });

  it('reads a hyphenated title as a title', () => {
    expect(who('UN Secretary-General Antonio Guterres')).toEqual(['un']);
    expect(who('Vice-President Kashim Shettima')).toEqual(['gov']);
    expect(who('The Vice-President, Kashim Shettima,')).toEqual(['gov']);
  });

  it("takes a region's administration for its government", () => {
    expect(who('The regional governor, Volodymyr Artyukh,')).toEqual(['sumy']);
  });
});

describe('words right after the verb', () => {
  const facets = (text: string) => extractStatements(text, KAMPALA, null).map((c) => `${c.sourceId} <- ${c.quote.exact} [${c.facets.map((f) => `${f.attribute}=${String(f.value)}`).join(', ')}]`);

  it('reads "as many as" as the figure\'s qualifier, not a clause of the writer\'s', () => {
    expect(facets('The Ugandan army said as many as 300 fighters were killed.')).toEqual(['updf <- as many as 300 fighters were killed [combatant_fatalities=up to 300, victim_status=combatants]']);
    expect(facets('The Ugandan army said as the crowd gathered.')).toEqual([]);
  });

  it('reads past an adjunct with a participle to "that"', () => {
    expect(facets('The Ugandan army said when asked that 40 civilians were killed.')).toEqual(['updf <- 40 civilians were killed [civilian_fatalities=40]']);
    expect(facets('The Ugandan army said while visiting the camp that 40 civilians were killed.')).toEqual(['updf <- 40 civilians were killed [civilian_fatalities=40]']);
  });

});

describe('officials where a government sits, and a name given', () => {
  const KYIV: KnownSource[] = [
    { id: 'ru', name: 'Russian government', aliases: ['Kremlin'], kind: 'government', side: 'Russia' },
    { id: 'ua', name: 'Ukrainian government', aliases: ['Ukraine'], kind: 'government', side: 'Ukraine' },
  ];
  const who = (speaker: string) => speakers(`${speaker} said 35 people were killed.`, KYIV).map((s) => s.split(' <- ')[0]);

  it("reads officials in a capital as that state's government", () => {
    expect(who('Officials in Kyiv')).toEqual(['ua']);
    expect(who('The authorities in Moscow')).toEqual(['ru']);
    expect(who('Diplomats in Kyiv')).toEqual(['new:Kyiv Diplomats']);
  });

  it('names a witness by the name he gave', () => {
    expect(who('A rescuer, who identified himself as Oleh,')).toEqual(['new:Oleh']);
  });
});

describe("a party's unit, a report a medium saw, an office before a name", () => {
  const BOGOTA: KnownSource[] = [
    { id: 'army', name: 'Colombian army', aliases: ['National Army'], kind: 'military', side: 'Colombia' },
    { id: 'police', name: 'Colombian police', aliases: ['National Police', 'the police'], kind: 'police', side: 'Colombia' },
    { id: 'eln', name: 'ELN', aliases: ['National Liberation Army'], kind: 'armed_group', side: 'ELN' },
    { id: 'ombud', name: "Ombudsman's Office", aliases: ['the ombudsman'], kind: 'other', side: null },
  ];
  const who = (text: string) => speakers(text, BOGOTA).map((s) => s.split(' <- ')[0]);

  it('speaks for the party whose unit it is, unless the desk knows the unit by that name', () => {
    expect(who("The ELN's media office said 80 people had been killed.")).toEqual(['eln']);
    const desk: KnownSource[] = [...BOGOTA, { id: 'dicar', name: 'Antinarcotics Directorate', aliases: ["the police's antinarcotics service"], kind: 'police', side: 'Colombia' }];
    expect(speakers("The police's antinarcotics service said 80 people had been killed.", desk).map((s) => s.split(' <- ')[0])).toEqual(['dicar']);
  });

  it('gives a report to its maker, not to the medium that saw it', () => {
    expect(who('According to a police report seen by Reuters, 80 people had been killed.')).toEqual(['police']);
    expect(who('A police report obtained by AFP said 80 people had been killed.')).toEqual(['police']);
    expect(who('A statement issued by the ELN said 80 people had been killed.')).toEqual(['eln']);
  });

  it('keeps an office before a name apart from the name, and names the office the desk knows', () => {
    expect(who('Ombudsman Iris Marin said 80 people had been killed.')).toEqual(['ombud']);
    expect(who('Bishop Juan Carlos Barreto said 80 people had been killed.')).toEqual(['new:Juan Carlos Barreto']);
  });
});

describe('what a speaker cites, and relative clauses on the speaker', () => {
  const DESK: KnownSource[] = [
    { id: 'army', name: 'Nigerian army', aliases: ['the army'], kind: 'military', side: 'Nigeria' },
    { id: 'amnesty', name: 'Amnesty International', aliases: ['Amnesty'], kind: 'ngo' },
  ];
  const read = (text: string) => speakers(text, DESK);

  it('gives no statement for what is cited, and goes on after it', () => {
    expect(read('At least 45 people were killed, Amnesty said, citing local officials and hospital records.')).toEqual(['amnesty <- At least 45 people were killed']);
    expect(read('Amnesty said 45 people were killed, citing local officials, and called for an inquiry.')).toEqual(['amnesty <- 45 people were killed, citing local officials', 'amnesty <- for an inquiry']);
  });

  it('reads the statement after a relative clause on the speaker of "according to"', () => {
    expect(read('According to Amnesty, which interviewed 20 witnesses, soldiers killed at least 30 people.')).toEqual(['amnesty <- soldiers killed at least 30 people']);
  });

  it('ends a relative clause on the subject at the main verb', () => {
    expect(read('The army, which said it had killed 30 fighters, gave no details.')).toEqual(['army <- it had killed 30 fighters']);
  });
});

describe('a broadcast transcript that introduces its guest', () => {
  const DESK: KnownSource[] = [
    { id: 'lna', name: 'Libyan National Army', aliases: ['LNA'], kind: 'armed_group', side: 'LNA' },
    { id: 'minusma', name: 'MINUSMA', aliases: ['UN mission in Mali'], kind: 'international_org' },
  ];

  it("gives the guest's turns to the party the introduction names", () => {
    const lna = 'ANCHOR: The LNA has given changing accounts. Joining us from Benghazi is its spokesman, Ahmed al-Mismari.\n\nMISMARI: Our air force struck a militia camp.\n';
    expect(speakers(lna, DESK)).toContain('lna <- Our air force struck a militia camp.');
    const un = "PRESENTER: With us from Bamako is the director of MINUSMA's human rights division, Guillaume Ngefa.\n\nNGEFA: At least 157 people were killed.\n";
    expect(speakers(un, DESK)).toContain('minusma <- At least 157 people were killed.');
  });
});

describe("a body's people, by their function or in the plural", () => {
  const MOPTI: KnownSource[] = [
    { id: 'gov', name: 'Malian government', aliases: ['Mali'], kind: 'government', side: 'Mali' },
    { id: 'fama', name: 'FAMa', aliases: ['Malian army'], kind: 'military', side: 'Mali' },
    { id: 'tp', name: 'Tabital Pulaaku', aliases: [], kind: 'ngo', side: null },
  ];
  const who = (text: string) => speakers(text, MOPTI).map((s) => s.split(' <- ')[0]);

  it('points a delegate or a member of "its" body back to the body', () => {
    expect(who('Tabital Pulaaku met in Bamako. Ali Sidibe, a member of its national bureau, said 160 people were killed.')).toEqual(['tp']);
    expect(who('Tabital Pulaaku met in Bamako. Its delegate in Mopti, Ali Sidibe, said 160 people were killed.')).toEqual(['tp']);
    expect(who('Tabital Pulaaku met in Bamako. The association said 160 people were killed.')).toEqual(['tp']);
  });

  it("reads a government's or an army's people in the plural as the body", () => {
    expect(who('Government officials said 160 people were killed.')).toEqual(['gov']);
    expect(who('Army officers said 160 people were killed.')).toEqual(['fama']);
    expect(who('Officials of the Malian government said 160 people were killed.')).toEqual(['gov']);
  });
});

describe('a parliamentary record', () => {
  const DESK: KnownSource[] = [
    { id: 'ug', name: 'Ugandan government', aliases: ['Uganda'], kind: 'government', side: 'Uganda' },
    { id: 'adf', name: 'ADF', aliases: [], kind: 'armed_group', side: 'ADF' },
  ];
  const RECORD = [
    'THE MINISTER OF DEFENCE (Mr Jacob Okello): Madam Speaker, on Friday a group of ADF terrorists attacked the school.',
    'The attackers chose the school because it was a soft target.',
    'Madam Speaker, I wish to state clearly that our forces were not caught asleep.',
    'THE SPEAKER: Honourable members, I will allow two questions.',
    'MS JANE BALUKU (Kasese District Woman Representative): Madam Speaker, the people of Mpondwe tell me that the soldiers came three hours late.',
    'THE MINISTER: Madam Speaker, I do not accept that the response took three hours.',
    'THE SPEAKER: Honourable minister, the families deserve answers.',
  ].join('\n\n');

  it('keeps a member with a function in brackets a speaker, and resumes a turn in the first person', () => {
    const read = speakers(RECORD, DESK);
    expect(read).toContain('ug <- Madam Speaker, I wish to state clearly that our forces were not caught asleep.');
    expect(read).toContain('new:Jane Baluku <- Madam Speaker, the people of Mpondwe tell me that the soldiers came three hours late.');
  });
});

describe("a magazine's interview in questions and answers", () => {
  const DESK: KnownSource[] = [
    { id: 'police', name: 'Colombian National Police', aliases: ['the police'], kind: 'police', side: 'Colombia' },
    { id: 'front', name: 'Oliver Sinisterra Front', aliases: ['the dissidents'], kind: 'armed_group', side: 'FOS' },
    { id: 'asom', name: 'ASOMINUMA', aliases: [], kind: 'other', side: null },
  ];
  const INTERVIEW = [
    'Wilmer Castillo, a leader of ASOMINUMA, was in El Tandil that morning.',
    'SEMANA: What happened that morning?',
    'CASTILLO: The police began throwing tear gas, and then we heard rifles.',
    'SEMANA: The police say dissidents fired from the forest.',
    'CASTILLO: That is a lie. There was no explosion at any moment.',
    'SEMANA: Have the dissidents threatened you?',
    'CASTILLO: Everyone here is threatened.',
  ].join('\n\n');

  it("gives the interviewer's lines to no one and reads what they quote", () => {
    const read = speakers(INTERVIEW, DESK);
    expect(read.filter((s) => s.startsWith('new:Semana'))).toEqual([]);
    expect(read).toContain('police <- dissidents fired from the forest');
    expect(read).toContain('asom <- That is a lie. There was no explosion at any moment.');
    expect(read.filter((s) => s.startsWith('front'))).toEqual([]);
  });
});

describe('money named after its figure', () => {
  it('counts no one', () => {
    const facets = extractStatements('The Ugandan army said it would pay compensation of 1 million shillings to the families of the dead.', KAMPALA, null).flatMap((c) => c.facets);
    expect(facets.filter((f) => f.attribute === 'fatalities')).toEqual([]);
  });
});

describe("a state's citizens counted across a border", () => {
  it('takes the people as the subject, apart from the other side\'s count', () => {
    const desk: KnownSource[] = [
      { id: 'tj', name: 'Tajik government', aliases: ['Tajikistan'], kind: 'government', side: 'Tajikistan' },
      { id: 'kg', name: 'Kyrgyz government', aliases: ['Kyrgyzstan'], kind: 'government', side: 'Kyrgyzstan' },
    ];
    const read = (text: string) => extractStatements(text, desk, null).flatMap((c) => c.facets.filter((f) => f.attribute === 'fatalities').map((f) => `${f.subject ?? ''}=${String(f.value)}`));
    expect(read('The Tajik government said 41 citizens of Tajikistan had been killed in the fighting.')).toEqual(['Tajik citizens=41']);
    expect(read('The Kyrgyz government said 46 Kyrgyz citizens had been killed.')).toEqual(['Kyrgyz citizens=46']);
  });
});

describe("the round's review: what the new rules must leave alone", () => {
  const NIGERIA: KnownSource[] = [
    { id: 'army', name: 'Nigerian army', aliases: ['the army'], kind: 'military', side: 'Nigeria' },
    { id: 'health', name: 'Nigerian health ministry', aliases: ['the health ministry'], kind: 'government', side: 'Nigeria' },
    { id: 'police', name: 'Nigeria Police Force', aliases: ['Police'], kind: 'police', side: 'Nigeria' },
    { id: 'houthis', name: 'Houthis', aliases: [], kind: 'armed_group' },
    { id: 'msf', name: 'Doctors Without Borders', aliases: ['MSF'], kind: 'ngo' },
  ];
  const who = (text: string, desk = NIGERIA) => speakers(text, desk).map((s) => s.split(' <- ')[0]);

  it('keeps topic headings of a round-up as headings', () => {
    const roundUp = 'Round-up\n\nHealth: The health ministry said 12 people had died of cholera.\n\nSecurity: The army said 30 militants were killed.\n\nHealth: Police said five suspects were arrested.\n\nSecurity: The army said the road was reopened.';
    expect(who(roundUp)).toEqual(['health', 'army', 'police', 'army']);
  });

  it('keeps the statements of a speaker who asserts before asking', () => {
    const debate = 'Parliament debated the killings.\n\nOKELLO: The army killed 20 civilians. Why has no soldier been arrested?\n\nMINISTER: The army has opened an investigation.\n\nOKELLO: Soldiers burned 40 homes. Who will compensate the families?\n\nMINISTER: The government will compensate every family.';
    expect(who(debate).filter((s) => s === 'new:Okello')).toHaveLength(2);
  });

  it('does not resume a turn over a paragraph that names its own speaker', () => {
    const record = 'Lawmakers debated the killings.\n\nAKELLO: Soldiers killed 20 people.\n\nOKOT: The army has opened an investigation.\n\nThe session was suspended.\n\nThe army, speaking to us after the session, said no civilians were killed.\n\nAKELLO: That is not what the families say.\n\nOKOT: We will wait.';
    expect(who(record)).toContain('army');
  });

  it("points a member of their community to no body, and a creed's group to no NGO", () => {
    expect(who('The army said it killed 30 militants. Musa Ali, a member of their community, said the dead were farmers.')).toEqual(['army', 'new:Musa Ali']);
    expect(who('The Houthis said the strike killed 40 detainees. Doctors Without Borders said it had treated 70 wounded. The Islamist group said the toll was 60.')).toEqual(['houthis', 'msf', 'houthis']);
  });

  it('reads no happening from criticism, figures of speech or a demand', () => {
    const occurred = (text: string) => extractStatements(text, NIGERIA, null).flatMap((c) => c.facets.filter((f) => f.attribute === 'occurred').map((f) => `${f.subject} ${f.polarity}`));
    expect(occurred('Police said the army came under fire from rights groups over the killings.')).toEqual([]);
    expect(occurred('The army said the economy was sinking.')).toEqual([]);
    expect(occurred('The army said the kidnappers demanded that a ransom be paid by Friday.')).toEqual([]);
    expect(occurred('The army said troops exchanged fire with militants whose bases lie across the river.')).toEqual(['exchange of fire asserted']);
    expect(occurred('The army said the narrative of ransom payment is false.')).toEqual(['ransom payment denied']);
  });
});

describe('who did it: the work of a party, and its members taking no part', () => {
  const DESK: KnownSource[] = [
    { id: 'army', name: 'Nigerian army', aliases: ['the army'], kind: 'military', side: 'Nigeria' },
    { id: 'iswap', name: 'ISWAP', aliases: [], kind: 'armed_group', side: 'ISWAP' },
    { id: 'amnesty', name: 'Amnesty International', aliases: ['Amnesty'], kind: 'ngo' },
  ];
  const perpetrators = (text: string) => extractStatements(text, DESK, null).flatMap((c) => c.facets.filter((f) => f.attribute === 'perpetrator').map((f) => `${String(f.value)} ${f.polarity}`));

  it('reads "the work of X" as X the perpetrator, asserted or denied', () => {
    expect(perpetrators('Amnesty said the killings were the work of ISWAP.')).toEqual(['ISWAP asserted']);
    expect(perpetrators('Amnesty said the attack was not the work of ISWAP.')).toEqual(['ISWAP denied']);
  });

  it('reads "none of its soldiers took part" as the speaker denying its part', () => {
    expect(perpetrators('The army said none of its soldiers took part in the attack.')).toEqual(['Nigerian army denied']);
  });
});
