import { analyse } from './analyse';
import { extractStatements, KnownSource } from './extract';

/**
 * Wire forms of the thirteenth round, as probes of our own wording (none read from the corpus):
 * - a bare head of government in a story datelined in one of two countries at war ("ISLAMABAD, Sept 30: ... Prime
 *   Minister X"), the dateline's country unless the paragraph names or hears the other;
 * - a person described and then named as they asked ("a nurse who gave her name only as Amal", "a fighter
 *   identified only as Abu Omar", "a shopkeeper who gave only his first name, Hussein");
 * - "in." and "no." ending a sentence, which the tagger reads as abbreviations.
 */
const BORDER: KnownSource[] = [
  { id: 'in-gov', name: 'Indian government', aliases: ['India', 'New Delhi'], kind: 'government', side: 'India' },
  { id: 'in-army', name: 'Indian Army', aliases: ['Indian army'], kind: 'military', side: 'India' },
  { id: 'pk-gov', name: 'Pakistani government', aliases: ['Pakistan', 'Islamabad'], kind: 'government', side: 'Pakistan' },
  { id: 'pk-army', name: 'Pakistan Army', aliases: ['ISPR'], kind: 'military', side: 'Pakistan' },
];

const speakers = (text: string, desk: KnownSource[] = BORDER) =>
  extractStatements(text, desk, null).map((c) => `${c.sourceId ?? `new:${c.suggestedSource?.name}`} <- ${c.quote.exact}`);

describe("a bare head of government in a datelined story", () => {
  it("is the dateline's country's when an earlier paragraph named the other country", () => {
    const text = [
      'ISLAMABAD, Sept 30: The military said no strike had taken place across the frontier.',
      "In New Delhi, India's army had announced that its troops crossed the line.",
      'Prime Minister Nawaz Sharif condemned what he called the aggression of Indian forces.',
    ].join('\n\n');
    expect(speakers(text)).toContain("pk-gov <- what he called the aggression of Indian forces");
  });

  it('is the country the paragraph names or hears, whatever the dateline', () => {
    expect(speakers('ISLAMABAD (Reuters) - India said its troops had crossed the line. Prime Minister Narendra Modi said the strikes were a warning.'))
      .toContain('in-gov <- the strikes were a warning');
  });

  it('reads the capital of a dateline that names a news agency as well ("BEIRUT (AP) -")', () => {
    const desk: KnownSource[] = [
      { id: 'lb-gov', name: 'Lebanese government', aliases: [], kind: 'government' },
      { id: 'hu-gov', name: 'Hungarian government', aliases: [], kind: 'government' },
      { id: 'ap', name: 'AP', aliases: ['Associated Press'], kind: 'news_agency' },
    ];
    const text = 'BEIRUT (AP) — Pagers blew up across the country on Tuesday.\n\nThe pagers carried the brand of a firm licensed in Hungary.\n\nPrime Minister Najib Mikati described the blasts as an aggression.';
    expect(speakers(text, desk)).toContain('lb-gov <- the blasts as an aggression');
  });
});

describe('a person described, then named as they asked', () => {
  it.each([
    ['A nurse who gave her name only as Amal said 40 people had been brought in.', 'Amal'],
    ['A fighter identified only as Abu Omar said the group had lost ten men.', 'Abu Omar'],
    ['A fighter, identified only as Abu Omar, said the group had lost ten men.', 'Abu Omar'],
    ['A woman who would only give her name as Um Khaled told Reuters the shelling went on all night.', 'Um Khaled'],
    ['In Beirut, a shopkeeper who gave only his first name, Hussein, said he heard a crack.', 'Hussein'],
    ['A resident, who asked to be identified only by his first name, Ahmed, said the strike hit a school.', 'Ahmed'],
  ])('%s', (text, name) => {
    const [candidate] = extractStatements(text, BORDER, null);
    expect(candidate.suggestedSource?.name).toBe(name);
  });

  it('keeps a relative that gives no name to the description ("a nurse who works at the clinic")', () => {
    expect(speakers('A nurse who works at the clinic said the ward was full.')).toEqual(['new:Nurse <- the ward was full']);
  });
});

describe('"in." and "no." at the end of a sentence', () => {
  const sentences = (text: string) => {
    const { tokens, sentences: all } = analyse(text);
    return all.map((s) => text.slice(tokens[s.first].start, tokens[s.last].end));
  };

  it('end the sentence, so the next one is read on its own', () => {
    expect(sentences('The fighters moved in. Officials said it was over. He said "we will go in." The mayor said no. The No. 2 said no.')).toEqual([
      'The fighters moved in.', 'Officials said it was over.', 'He said "we will go in."', 'The mayor said no.', 'The No. 2 said no.',
    ]);
  });

  it('leave the statement that ends in them whole', () => {
    expect(speakers('A doctor said 40 people had been brought in.')).toEqual(['new:Doctor <- 40 people had been brought in']);
  });
});

describe('"the rebel coalition" pointing back', () => {
  const SAHEL: KnownSource[] = [
    { id: 'fama', name: 'Malian army', aliases: ['FAMa'], kind: 'military', side: 'Mali' },
    { id: 'csp', name: 'CSP-DPA', aliases: ['Azawad rebels'], kind: 'armed_group', side: 'CSP' },
    { id: 'jnim', name: 'JNIM', aliases: [], kind: 'armed_group', side: 'JNIM' },
  ];

  it('is the armed group named last, as "the group" is', () => {
    expect(speakers('The Azawad rebels ambushed the convoy near the border. The rebel coalition said it had taken the town.', SAHEL))
      .toEqual(['csp <- it had taken the town']);
  });

  it('is no one when no armed group was named', () => {
    expect(speakers('The rebel coalition said it had taken the town.', SAHEL)).toEqual(['new:Rebel coalition <- it had taken the town']);
  });
});

describe('taking part in the fighting', () => {
  const GOMA: KnownSource[] = [
    { id: 'm23', name: 'M23', aliases: ['the rebels'], kind: 'armed_group', side: 'M23' },
    { id: 'rdf', name: 'Rwanda Defence Force', aliases: ['Rwandan army', 'Rwandan troops'], kind: 'military', side: 'M23' },
    { id: 'fardc', name: 'FARDC', aliases: ['Congolese army'], kind: 'military', side: 'DRC' },
    { id: 'un', name: 'United Nations', aliases: ['UN'], kind: 'international_org' },
  ];
  const perpetrators = (text: string) => extractStatements(text, GOMA, null).flatMap((c) => c.facets.filter((f) => f.attribute === 'perpetrator').map((f) => `${f.value} ${f.polarity}`));

  it.each([
    ['The UN experts said Rwandan soldiers fought beside the rebels in Goma.', ['Rwanda Defence Force asserted']],
    ['The Congolese army said Rwandan troops were fighting alongside the M23.', ['Rwanda Defence Force asserted']],
    ['The M23 said no Rwandan soldier fought alongside its men.', ['Rwanda Defence Force denied']],
    ['The UN said the M23 had started the fighting by shelling the airport.', ['M23 asserted']],
    ['The Rwandan army said it delivered a strike on the Congolese positions.', ['Rwanda Defence Force asserted']],
    // The defender's fighting names no perpetrator.
    ['The Congolese army said its troops fought back and repelled the M23.', []],
    ['The Congolese army said its troops fought off the rebels.', []],
  ])('%s', (text, expected) => {
    expect(perpetrators(text)).toEqual(expected);
  });
});

describe('a state agency\'s dateline and the names it gives to the other side\'s account', () => {
  const WAR: KnownSource[] = [
    { id: 'ua-gov', name: 'Ukrainian government', aliases: ['Ukraine', 'Kyiv', 'Kiev', 'Ukrainian Foreign Ministry'], kind: 'government', side: 'Ukraine' },
    { id: 'ru-mil', name: 'Russian armed forces', aliases: ['Russian Defence Ministry'], kind: 'military', side: 'Russia' },
    { id: 'ru-gov', name: 'Russian government', aliases: ['Russia', 'Moscow', 'Russian Foreign Ministry'], kind: 'government', side: 'Russia' },
  ];

  it('reads "MOSCOW, April 4. /TASS/." as a dateline, whose country a bare minister of state belongs to', () => {
    const text = 'Ministry calls the footage a provocation\n\nMOSCOW, April 4. /TASS/. The Russian Defence Ministry has branded the footage from the town a staged provocation by the Kiev regime.\n\nForeign Minister Sergei Lavrov said on Monday that the events were staged.';
    expect(speakers(text, WAR)).toEqual([
      'ru-mil <- the footage from the town a staged provocation by the Kiev regime',
      'ru-gov <- the events were staged',
    ]);
  });

  it('reads "branded" and "labelled" as verbs that say what something is', () => {
    expect(speakers('Kyiv labelled the account a lie.', WAR)).toEqual(['ua-gov <- the account a lie']);
    expect(speakers('The Russian Defence Ministry branded the footage a fake.', WAR)).toEqual(['ru-mil <- the footage a fake']);
  });
});

describe("a transcript's label with a hyphenated name and a function beside its body", () => {
  const DESK: KnownSource[] = [
    { id: 'jiat', name: 'JIAT', aliases: ['Joint Incidents Assessment Team'], kind: 'military', side: 'coalition' },
    { id: 'houthi', name: 'Houthis', aliases: [], kind: 'armed_group', side: 'Houthis' },
  ];

  it('reads "(legal adviser, Joint Incidents Assessment Team)" as the body\'s, and the surname label after it as the same person', () => {
    const text = [
      'MANSOUR AL-MANSOUR (legal adviser, Joint Incidents Assessment Team): The team has completed its assessment.',
      'QUESTION (Reuters): How many people were killed?',
      'AL-MANSOUR: The team relied on the information available to it.',
    ].join('\n\n');
    expect(speakers(text, DESK)).toEqual(['jiat <- The team has completed its assessment.', 'jiat <- The team relied on the information available to it.']);
  });

  it('names a new person with the hyphen kept ("Al-Mansour", not "Al - Mansour")', () => {
    const text = 'MANSOUR AL-MANSOUR (legal adviser): The team has completed its assessment.\n\nQUESTION (Reuters): How many died?\n\nAL-MANSOUR: We relied on the information available.';
    expect(extractStatements(text, DESK, null).map((c) => c.suggestedSource?.name)).toEqual(['Mansour al-Mansour', 'Mansour al-Mansour']);
  });
});

describe("a council's record", () => {
  const COUNCIL: KnownSource[] = [
    { id: 'sy-gov', name: 'Syrian government', aliases: ['Syria', 'Syrian Arab Republic'], kind: 'government', side: 'Syria' },
    { id: 'ru-gov', name: 'Russian government', aliases: ['Russia', 'Russian Federation'], kind: 'government', side: 'Syria' },
  ];

  it('reads "Mr. X (Country) (spoke in Russian):" as the country\'s delegate, and leaves the chair\'s procedure out', () => {
    const text = [
      'The President: I give the floor to the representative of the Russian Federation.',
      'Mr. Safronkov (Russian Federation) (spoke in Russian): The aircraft struck a warehouse. We reject the draft.',
      'Mr. Rycroft (United Kingdom): The regime did this.',
      'The President: I give the floor to the representative of the Syrian Arab Republic.',
      "Mr. Ja'afari (Syrian Arab Republic) (spoke in Arabic): The army has never used chemical weapons.",
    ].join('\n\n');
    expect(speakers(text, COUNCIL)).toEqual([
      'ru-gov <- The aircraft struck a warehouse. We reject the draft.',
      'new:Rycroft <- The regime did this.',
      'sy-gov <- The army has never used chemical weapons.',
    ]);
  });
});

describe('a report pointed back to after witnesses told it', () => {
  it('is the body that published it, not the staff who spoke to it', () => {
    const desk: KnownSource[] = [{ id: 'msf', name: 'MSF', aliases: ['Médecins Sans Frontières'], kind: 'ngo' }];
    const text = 'KABUL - MSF today published the findings of its internal review of the attack.\n\nStaff told the review that patients burned in their beds.\n\nThe review found that no armed men were inside the compound.';
    expect(speakers(text, desk).slice(-2)).toEqual(['new:Staff <- patients burned in their beds', 'msf <- no armed men were inside the compound']);
  });
});

describe('who did it, in the forms wire copy words it', () => {
  const SAHEL: KnownSource[] = [
    { id: 'army', name: 'Burkinabe army', aliases: ['army'], kind: 'military', side: 'Burkina Faso' },
    { id: 'jnim', name: 'JNIM', aliases: [], kind: 'armed_group', side: 'JNIM' },
    { id: 'ru', name: 'Russian armed forces', aliases: ['Russian soldiers', 'Russian troops'], kind: 'military', side: 'Russia' },
  ];
  const perpetrators = (text: string) => extractStatements(text, SAHEL, null).flatMap((c) => c.facets.filter((f) => f.attribute === 'perpetrator').map((f) => `${f.value} ${f.polarity}`));

  it.each([
    // The tagger reads "shot" as a noun here.
    ['A resident said Russian soldiers had shot her neighbour as he walked to a well.', ['Russian armed forces asserted']],
    ['A resident said Russian soldiers shot her neighbour.', ['Russian armed forces asserted']],
    ['A resident said the killers were JNIM fighters known in the area.', ['JNIM asserted']],
    ['A resident said the attackers were the men of JNIM.', ['JNIM asserted']],
    ['The army said the killers were not JNIM fighters.', ['JNIM denied']],
    // "shot down" is no attack on the event's victims; "a shot" is a noun.
    ['The army said its soldiers shot down a drone.', []],
    ['A resident said a single shot rang out before dawn.', []],
  ])('%s', (text, expected) => {
    expect(perpetrators(text)).toEqual(expected);
  });
});

describe('a maker of arms named by the evidence', () => {
  it('is no perpetrator ("identified Lockheed Martin, the US defence company, as its maker")', () => {
    const desk: KnownSource[] = [
      { id: 'coalition', name: 'Saudi-led coalition', aliases: ['coalition'], kind: 'military', side: 'coalition' },
      { id: 'lm', name: 'Lockheed Martin', aliases: [], kind: 'other' },
    ];
    const [candidate] = extractStatements('The experts said a code on one fragment identified Lockheed Martin, the US defence company, as its maker.', desk, null);
    expect(candidate.facets.filter((f) => f.attribute === 'perpetrator')).toEqual([]);
    const [seen] = extractStatements('Survivors said they identified the attackers as coalition soldiers.', desk, null);
    expect(seen.facets.filter((f) => f.attribute === 'perpetrator').map((f) => f.value)).toEqual(['Saudi-led coalition']);
  });
});

describe("a bare arm of state in a datelined story", () => {
  it("is the dateline's country's when the paragraph names nobody before it, whatever was named in earlier paragraphs", () => {
    const text = [
      'ISLAMABAD, Oct 2: The military said on Friday that an Indian drone strike had hit the hospital.',
      'A nurse said Indian soldiers had shot two orderlies.',
      'The military has branded the Indian account a lie.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      'pk-army <- an Indian drone strike had hit the hospital',
      'new:Nurse <- Indian soldiers had shot two orderlies',
      'pk-army <- the Indian account a lie',
    ]);
  });

  it('is not the dateline\'s when the other side\'s army spoke last', () => {
    const text = "ISLAMABAD, Oct 2: Shelling went on overnight.\n\nThe Indian army said its troops had hit a camp.\n\nThe military said it had lost no men.";
    expect(speakers(text)).toEqual(['in-army <- its troops had hit a camp', 'in-army <- it had lost no men']);
  });
});

describe("the reviewer's cases", () => {
  const MIDEAST: KnownSource[] = [
    { id: 'il-gov', name: 'Israeli government', aliases: ['Israel'], kind: 'government', side: 'Israel' },
    { id: 'idf', name: 'Israeli military', aliases: ['IDF'], kind: 'military', side: 'Israel' },
    { id: 'lb-gov', name: 'Lebanese government', aliases: ['Lebanon'], kind: 'government', side: 'Lebanon' },
    { id: 'hzb', name: 'Hezbollah', aliases: [], kind: 'armed_group', side: 'Hezbollah' },
    { id: 'sdf', name: 'SDF', aliases: ['Syrian Democratic Forces'], kind: 'armed_group', side: 'SDF' },
  ];

  it('lets the government heard last, not the dateline, hold a bare head of government', () => {
    const text = 'NEW DELHI (Reuters) - India said its jets struck a camp in Pakistan.\n\nPakistani Prime Minister Imran Khan said the strike hit an empty forest.\n\nPrime Minister Imran Khan later said Pakistan would respond.';
    expect(speakers(text).slice(-1)).toEqual(['pk-gov <- Pakistan would respond']);
    const beirut = 'BEIRUT (Reuters) - A strike hit a building in the south, Lebanese officials said.\n\nIsrael said it had targeted a Hezbollah commander.\n\nPrime Minister Benjamin Netanyahu said Israel would keep striking.';
    expect(speakers(beirut, MIDEAST).slice(-1)).toEqual(['il-gov <- Israel would keep striking']);
  });

  it('keeps "the coalition" and "the ruling coalition" from an armed group named before', () => {
    const text = 'The SDF said Islamic fighters attacked a prison.\n\nThe coalition said it carried out air strikes in support of the SDF.\n\nThe ruling coalition said it would not back a ceasefire.';
    expect(speakers(text, MIDEAST).filter((s) => s.startsWith('sdf') || s.startsWith('hzb'))).toEqual(['sdf <- Islamic fighters attacked a prison']);
  });

  it('reads no speaker in a thing named by a participle ("an offensive dubbed X", "a missile branded Y")', () => {
    for (const text of ['Israel launched an offensive dubbed Northern Arrows on Monday.', 'Hezbollah fired a missile branded Burkan at the base.', 'The army found rockets in sacks labelled flour.', 'Israel carried out the operation, dubbed Iron Swords, after fighters stormed the border.']) {
      expect(speakers(text, MIDEAST)).toEqual([]);
    }
  });

  it('reads no shooting in footage shot somewhere', () => {
    const [candidate] = extractStatements('The Israeli military said the Hezbollah footage shot near the border was staged.', MIDEAST, null);
    expect(candidate.facets.filter((f) => f.attribute === 'perpetrator')).toEqual([]);
  });

  it('names no perpetrator in enemies, supporters, former or defected men', () => {
    const SAHEL: KnownSource[] = [{ id: 'jnim', name: 'JNIM', aliases: [], kind: 'armed_group' }, { id: 'army', name: 'Burkinabe army', aliases: ['army'], kind: 'military' }];
    for (const text of ['JNIM said the attackers were enemies of JNIM.', 'The army said the attackers were supporters of JNIM.', 'A resident said the killers were former army soldiers.', 'A resident said the attackers were JNIM defectors.']) {
      expect(extractStatements(text, SAHEL, null).flatMap((c) => c.facets.filter((f) => f.attribute === 'perpetrator'))).toEqual([]);
    }
  });

  it('takes no provocation nor the whole war for the event\'s perpetrator', () => {
    const UA: KnownSource[] = [{ id: 'ua', name: 'Ukrainian armed forces', aliases: ['Ukraine'], kind: 'military' }, { id: 'ru', name: 'Russian government', aliases: ['Russia', 'Kremlin'], kind: 'government' }];
    for (const text of ['Russia said Ukraine provoked the attack by placing weapons near the hospital.', 'The Kremlin said Ukraine started the war in 2014.']) {
      expect(extractStatements(text, UA, null).flatMap((c) => c.facets.filter((f) => f.attribute === 'perpetrator'))).toEqual([]);
    }
  });

  it('takes a dateline from the opening paragraphs only, and reads a two-word place before the date', () => {
    const text = 'Tensions rose on Monday as both sides traded fire.\n\nThe talks were called off.\n\nBoth sides blamed each other.\n\nPAKISTAN: The army said India fired first.\n\nINDIA: Officials said Pakistani troops fired first.\n\nPrime Minister Narendra Modi said India would respond.';
    expect(speakers(text).slice(-1)).toEqual(['in-gov <- India would respond']);
    expect(speakers('NEW DELHI, Sept 30: The strikes were called off.\n\nPrime Minister Narendra Modi said India would respond.')).toEqual(['in-gov <- India would respond']);
  });

  it('leaves a surname label two earlier labels end with to its own reading, and a nickname to the name it follows', () => {
    const desk: KnownSource[] = [{ id: 'coalition', name: 'Saudi-led coalition', aliases: [], kind: 'military' }, { id: 'houthi', name: 'Houthis', aliases: [], kind: 'armed_group' }];
    const text = 'AHMED AL-ASIRI (spokesman, Saudi-led coalition): We hit a legitimate target.\n\nMOHAMMED AL-ASIRI (official, Houthis): They killed children.\n\nQUESTION (AFP): Who is lying?\n\nAL-ASIRI: The coalition is lying.';
    expect(speakers(text, desk).slice(-1)[0].startsWith('coalition')).toBe(false);
    expect(extractStatements('Ahmed Hassan, known as Abu Hassan, said the road was closed.', desk, null)[0].suggestedSource?.name).toBe('Ahmed Hassan');
  });
});

describe('a paragraph set in the other capital', () => {
  it('is a scene of its own: a bare title or arm after it is the dateline\'s country\'s again', () => {
    const text = [
      'ISLAMABAD, Oct 2: The military said a strike hit the hospital.',
      "In New Delhi, India's army had said that its troops struck a camp.",
      'The military said the Indian account was a lie.',
      'Prime Minister Imran Aziz said Pakistan would respond.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      'pk-army <- a strike hit the hospital',
      'in-army <- its troops struck a camp',
      'pk-army <- the Indian account was a lie',
      'pk-gov <- Pakistan would respond',
    ]);
  });
});

describe('found checking the board as a user', () => {
  const KASHMIR: KnownSource[] = [...BORDER, { id: 'kff', name: 'Kashmir Freedom Front', aliases: ['KFF'], kind: 'armed_group', side: 'KFF' }];
  const facets = (text: string) => extractStatements(text, KASHMIR, null).flatMap((c) => c.facets.map((f) => `${f.attribute}${f.subject ? `/${f.subject}` : ''}=${f.value}`));

  it("reads no perpetrator in a record of years ('had fought alongside Pakistani troops for years')", () => {
    expect(facets('Foreign Minister Arjun Mehra said the Kashmir Freedom Front had fought alongside Pakistani troops for years.')).toEqual([]);
  });

  it("counts the men a group lost as fighters, not as the event's toll", () => {
    expect(facets('A fighter identified only as Abu Talha said the group had lost four men in the strike.')).toEqual(['combatant_fatalities=four', 'victim_status=combatants']);
  });
});

describe("the event's one claimant government so far", () => {
  it("does not take a bare minister in a story datelined in the other country", () => {
    const desk = BORDER.map((s) => (s.id === 'pk-gov' ? { ...s, inEvent: true } : s));
    const text = 'NEW DELHI, Oct 3 (Reuters) - The strike hit a training camp, the army said.\n\nForeign Minister Arjun Mehra said the account from Islamabad was propaganda.';
    expect(speakers(text, desk).slice(-1)).toEqual(['in-gov <- the account from Islamabad was propaganda']);
  });
});

describe('a quoted subject and a floor after the figure', () => {
  const DESK: KnownSource[] = [{ id: 'et', name: 'Ethiopian government', aliases: [], kind: 'government' }, { id: 'ehrc', name: 'EHRC', aliases: ['the commission'], kind: 'ngo' }];
  const read = (text: string) => extractStatements(text, DESK, null).map((c) => `${c.quote.exact} | ${c.facets.filter((f) => f.attribute.endsWith('fatalities')).map((f) => `${f.attribute}=${f.value}`).join(', ')}`);

  it('keeps the verb after a quoted subject ("said "around 500 innocent civilians" had been killed")', () => {
    expect(read('The Ethiopian government said "around 500 innocent civilians" had been killed.')).toEqual(['"around 500 innocent civilians" had been killed | civilian_fatalities=around 500']);
    // A quotation that ends the statement is still cut at its end.
    expect(read('The Ethiopian government said "We will not rest." Then it closed the road.')).toEqual(['We will not rest | ']);
  });

  it('reads "at 600 "at a minimum"" as at least 600, and not a floor of another figure', () => {
    expect(read('The EHRC put the death toll at 600 "at a minimum".')[0]).toContain('fatalities=at least 600');
    expect(read('The EHRC said 600 people were killed, at least 40 of them children.')[0]).toContain('fatalities=600');
  });
});

describe('"the group" and the ones blamed', () => {
  const SAHEL: KnownSource[] = [
    { id: 'army', name: 'Burkinabe army', aliases: ['the army'], kind: 'military', side: 'Burkina Faso' },
    { id: 'gov', name: 'Burkinabe government', aliases: ['the government'], kind: 'government', side: 'Burkina Faso' },
    { id: 'jnim', name: 'JNIM', aliases: [], kind: 'armed_group', side: 'JNIM' },
    { id: 'vdp', name: 'VDP', aliases: [], kind: 'armed_group', side: 'Burkina Faso' },
  ];

  it('"a spokesman for the group" is no army that spoke before, and is the armed group that did', () => {
    expect(speakers('The army denied that its troops had fired on civilians.\n\nA spokesman for the group, who declined to be named, said 40 soldiers were killed.', SAHEL).slice(-1)[0].startsWith('army')).toBe(false);
    expect(speakers('JNIM said it attacked the base.\n\nA spokesman for the group, who declined to be named, said 40 soldiers were killed.', SAHEL).slice(-1)).toEqual(['jnim <- 40 soldiers were killed']);
  });

  it('reads no victims in the ones blamed ("blamed the rebels for the killings")', () => {
    for (const text of ['The government blamed the rebels for the killings.', 'The government accused the militants of the killings.', 'Militants were blamed for the attack, officials said.']) {
      expect(extractStatements(text, SAHEL, null).flatMap((c) => c.facets.filter((f) => f.attribute === 'victim_status'))).toEqual([]);
    }
  });
});

describe("a party's statement with a relative clause", () => {
  it('is the party\'s ("JNIM\'s statement, which could not be verified, said")', () => {
    const desk: KnownSource[] = [{ id: 'jnim', name: 'JNIM', aliases: [], kind: 'armed_group' }, { id: 'army', name: 'Burkinabe army', aliases: ['the army'], kind: 'military' }];
    expect(speakers("JNIM's statement, which could not be verified, said 12 soldiers had been captured.", desk)).toEqual(['jnim <- 12 soldiers had been captured']);
    expect(speakers("JNIM attacked the base on Monday. The group's statement, which could not be verified, said 12 soldiers had been captured.", desk)).toEqual(['jnim <- 12 soldiers had been captured']);
  });
});
