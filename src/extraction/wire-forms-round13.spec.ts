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
    const text = 'BEIRUT (AP) — Pagers blew up across the country on Tuesday.\n\nBudapest has said the devices were never in Hungary.\n\nPrime Minister Najib Mikati described the blasts as an aggression.';
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

  it('reads "branded", "labelled" and "dubbed" as verbs that say what something is', () => {
    expect(speakers('Kyiv labelled the Russian account a lie.', WAR)).toEqual(['ua-gov <- the Russian account a lie']);
    expect(speakers('The Russian Defence Ministry dubbed the footage fake.', WAR)).toEqual(['ru-mil <- the footage fake']);
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
