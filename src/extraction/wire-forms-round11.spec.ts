import { extractStatements, KnownSource } from './extract';

/**
 * Wire forms of the eleventh round, as probes of our own wording: an attribution set inside a sentence after a
 * fragment ("The toll, he said, would rise"), and a second statement after a participle the tagger reads as a noun
 * (", he said, warning that ...").
 */
const DARFUR: KnownSource[] = [
  { id: 'saf', name: 'Sudanese Armed Forces', aliases: ['the army', 'army'], kind: 'military', side: 'Sudan' },
  { id: 'rsf', name: 'RSF', aliases: ['Rapid Support Forces'], kind: 'armed_group', side: 'RSF' },
];
const LEAD = 'PORT SUDAN, Jan 26 (Reuters) - Army spokesman Nabil Abdallah said the attack on the hospital was repelled.\n\n';

const statements = (text: string) =>
  extractStatements(LEAD + text, DARFUR, null).slice(1).map((c) => `${c.sourceId ?? `new:${c.suggestedSource?.name}`} <- ${c.quote.exact} [${c.facets.map((f) => `${f.attribute}=${String(f.value)}`).join(', ')}]`);

describe('an attribution set inside a sentence after a fragment', () => {
  it('keeps the fragment as the subject of a clause that has none', () => {
    expect(statements('The toll, he said, would rise.')).toEqual(['saf <- The toll, he said, would rise []']);
    expect(statements('The soldiers, he said, told families not to collect the bodies.')).toEqual(['saf <- The soldiers, he said, told families not to collect the bodies []']);
  });

  it('takes the clause after it when the fragment only sets the scene', () => {
    expect(statements('Over the two days, he said, 37 people had been killed and about 3,000 wounded.')).toEqual([
      'saf <- 37 people had been killed and about 3,000 wounded [fatalities=37, injuries=about 3,000]',
    ]);
  });

  it('ends the statement where a participle after it begins another', () => {
    expect(statements('The RSF fighters, he said, killed 40 civilians, adding that the toll would rise.')).toEqual([
      'saf <- The RSF fighters, he said, killed 40 civilians [civilian_fatalities=40]',
      'saf <- the toll would rise []',
    ]);
  });

  it('is no parenthetical when a clause stands between the commas', () => {
    const text = 'A resident of Kuriga, who spoke to a radio station and did not want his name mentioned, said the gunmen shot dead a man at the edge of the village.';
    expect(statements(text).map((s) => s.split(' <- ')[0])).not.toContain('new:Name');
    expect(statements(text)).toEqual(['new:Kuriga resident <- the gunmen shot dead a man at the edge of the village [cause=gunfire]']);
  });
});

describe('a participle the tagger reads as a noun', () => {
  it('leaves the statement before the speaker its own, and says a second one', () => {
    expect(statements('At least 67 people were killed and dozens were wounded, he said, warning that the toll would rise.')).toEqual([
      'saf <- At least 67 people were killed and dozens were wounded [fatalities=at least 67, injuries=dozens]',
      'saf <- the toll would rise []',
    ]);
    expect(statements('At least 67 people were killed, he said, noting that the hospital had been hit twice.')).toEqual([
      'saf <- At least 67 people were killed [fatalities=at least 67]',
      'saf <- the hospital had been hit twice [attacked=true]',
    ]);
  });

  it('is a noun where no clause follows it', () => {
    expect(statements('The army issued a warning that residents should leave, he said.').length).toBeLessThanOrEqual(1);
  });
});

describe('a statement published as numbered points', () => {
  const BURKINA: KnownSource[] = [
    { id: 'gov', name: 'Burkina Faso government', aliases: ['the government'], kind: 'government', side: 'Burkina Faso' },
    { id: 'jnim', name: 'JNIM', aliases: [], kind: 'armed_group', side: 'JNIM' },
    { id: 'afp', name: 'AFP', aliases: [], kind: 'news_agency' },
  ];
  const read = (text: string) => extractStatements(text, BURKINA, null).map((c) => `${c.sourceId ?? `new:${c.suggestedSource?.name}`} <- ${c.quote.exact}`);

  it('gives each point to the party the introducing paragraph names, not the medium that publishes it', () => {
    const text = 'OUAGADOUGOU, March 15 - The government issued a statement on Saturday about the events in the town. AFP publishes the main points of the statement.\n\n'
      + '1. A large group of terrorists attempted to attack the town. The defence forces repelled the attack.\n\n'
      + '2. No civilian was killed by our forces.\n\n'
      + 'JNIM said it had killed 30 soldiers.\n';
    expect(read(text)).toEqual([
      'afp <- the main points of the statement',
      'gov <- A large group of terrorists attempted to attack the town. The defence forces repelled the attack.',
      'gov <- No civilian was killed by our forces.',
      'jnim <- it had killed 30 soldiers',
    ]);
  });

  it('reads a point that names its own speaker as any sentence, the issuer standing for "the government" there', () => {
    const text = 'The government issued a communique on Thursday. Its main points:\n\n'
      + '1. The government denounces the attack by JNIM on the town.\n\n'
      + '2. According to JNIM, 30 soldiers were killed.\n';
    expect(read(text)).toEqual(['gov <- the attack by JNIM on the town', 'jnim <- 30 soldiers were killed']);
  });

  it('gives a list to no one when nobody issued it, and a statement to the party whose it is', () => {
    const GOMA: KnownSource[] = [
      { id: 'm23', name: 'M23', aliases: ['the rebels'], kind: 'armed_group', side: 'M23' },
      { id: 'drc', name: 'DRC government', aliases: ['Congolese government'], kind: 'government', side: 'DRC' },
      { id: 'rw', name: 'Rwandan government', aliases: ['Rwanda'], kind: 'government', side: 'Rwanda' },
      { id: 'un', name: 'United Nations', aliases: ['UN'], kind: 'international_org' },
    ];
    const goma = (text: string) => extractStatements(text, GOMA, null).map((c) => `${c.sourceId ?? `new:${c.suggestedSource?.name}`} <- ${c.quote.exact}`);
    expect(goma('GOMA - Here is what we know about the M23 offensive on Goma:\n\n1. The rebels entered the city on Sunday.\n\n2. At least 100 people were killed.\n')).toEqual([]);
    expect(goma('M23 fighters took the airport, a UN report said. The report lists the following findings:\n\n1. Looting was widespread.\n')).toEqual(['un <- M23 fighters took the airport']);
    expect(goma("Rwanda on Monday rejected the Congolese government's statement, which said:\n\n1. Rwandan troops are fighting alongside M23.\n")).toContain('drc <- Rwandan troops are fighting alongside M23.');
    expect(goma('The Congolese government issued a statement on Tuesday. It said:\n\n1. The army holds Goma. Residents said M23 fighters looted shops.\n')).toEqual([
      'drc <- The army holds Goma.',
      'new:Residents <- M23 fighters looted shops',
    ]);
  });

  it('is no list without a paragraph that introduces a statement, nor when the numbers do not follow', () => {
    expect(read('The government held a meeting on Thursday.\n\n1. Roads were closed in the town.\n\n2. Schools stayed shut.\n')).toEqual([]);
    expect(read('The government issued a statement:\n\n1. Roads were closed in the town.\n\n3. Schools stayed shut.\n')).toEqual(['gov <- Roads were closed in the town.']);
  });
});

describe('answers and acts of speech', () => {
  const NIGERIA: KnownSource[] = [
    { id: 'police', name: 'Nigeria Police', aliases: ['police'], kind: 'police', side: 'Nigeria' },
    { id: 'army', name: 'Nigerian army', aliases: ['the army'], kind: 'military', side: 'Nigeria' },
    { id: 'unicef', name: 'UNICEF', aliases: [], kind: 'international_org' },
  ];
  const read = (text: string) => extractStatements(text, NIGERIA, null).map((c) => `${c.sourceId ?? `new:${c.suggestedSource?.name}`} <- ${c.quote.exact}`);

  it('reads an appeal, thanks, a welcome and an apology as what they name', () => {
    const text = 'KADUNA - Police spokesman Mansir Hassan said the pupils were taken. He appealed to residents to remain calm. He thanked the security agencies.\n\n'
      + 'UNICEF welcomed the release and urged the authorities to ensure care.\n\nThe army apologised to the families.\n';
    expect(read(text)).toEqual([
      'police <- the pupils were taken',
      'police <- residents to remain calm',
      'police <- the security agencies',
      'unicef <- the release',
      'unicef <- the authorities to ensure care',
      'army <- to the families',
    ]);
  });

  it('reads a reply only with what was said after it', () => {
    expect(read('ABUJA - The army replied on Thursday that the claim was false.')).toEqual(['army <- the claim was false']);
    expect(read('ABUJA - "We never did this," the army retorted.')).toEqual(['army <- We never did this']);
    expect(read('ABUJA - The army replied with artillery fire. The police replied to the attack within minutes.')).toEqual([]);
  });

  it('splits at "but", and drops what was not said', () => {
    expect(read('ABUJA - The army welcomed the inquiry but insisted that the number was lower.')).toEqual(['army <- the inquiry', 'army <- the number was lower']);
    expect(read('ABUJA - The army rejected the report but did not deny the deaths.')).toEqual(['army <- the report']);
    expect(read('ABUJA - The police thanked the security agencies, and did not say how the children had been freed.')).toEqual(['police <- the security agencies']);
  });
});

describe('a television interview transcript', () => {
  const GOMA: KnownSource[] = [
    { id: 'm23', name: 'M23', aliases: ['the rebels', 'AFC/M23'], kind: 'armed_group', side: 'M23' },
    { id: 'drc', name: 'DRC government', aliases: ["Congo's government", 'Kinshasa'], kind: 'government', side: 'DRC' },
  ];
  const text = 'WORLD THIS WEEK - TELEVISION TRANSCRIPT\n\n'
    + 'PRESENTER: We begin with Lawrence Kanyuka, spokesman for the AFC/M23 coalition. Is Goma under your control?\n\n'
    + 'KANYUKA: Goma is entirely under our control.\n\n'
    + "PRESENTER: We turn now to Patrick Muyaya, Congo's government spokesman. Minister, is Goma lost?\n\n"
    + 'MUYAYA: No. Our army is still fighting in and around Goma.\n\n'
    + 'PRESENTER: The rebels say a thousand of your soldiers surrendered.\n\n'
    + 'MUYAYA: That is false. Not one unit has surrendered.\n';
  it('gives a turn to the person the presenter introduces at the start of a line, and keeps the presenter\'s line the press\'s', () => {
    expect(extractStatements(text, GOMA, null).map((c) => `${c.sourceId ?? `new:${c.suggestedSource?.name}`} <- ${c.quote.exact}`)).toEqual([
      'm23 <- Goma is entirely under our control.',
      'drc <- No. Our army is still fighting in and around Goma.',
      'm23 <- a thousand of your soldiers surrendered',
      'drc <- That is false. Not one unit has surrendered.',
    ]);
  });
});

describe('found checking the desk as a user', () => {
  const KOUTOUGOU: KnownSource[] = [
    { id: 'army', name: 'Burkina Faso army', aliases: ['the army'], kind: 'military', side: 'Burkina Faso' },
    { id: 'jnim', name: 'JNIM', aliases: [], kind: 'armed_group', side: 'JNIM' },
  ];
  const transcript = 'RADIO TRANSCRIPT\n\nPRESENTER: We begin with a spokesman for JNIM, Abu Hudhayfa. Is the post in your hands?\n\n'
    + 'HUDHAYFA: The post is ours. Our fighters killed 40 soldiers.\n\nPRESENTER: We turn now to Colonel Issa Ouedraogo, spokesman for the Burkina Faso army. Was the post lost?\n\n'
    + 'OUEDRAOGO: No. The attack was repelled.\n\nPRESENTER: JNIM says 40 soldiers died.\n\nOUEDRAOGO: That is propaganda. The toll, I repeat, is 12.\n';
  const read = (text: string) => extractStatements(text, KOUTOUGOU, null).map((c) => `${c.sourceId ?? `new:${c.suggestedSource?.name}`} <- ${c.quote.exact}`);

  it('reads a text pasted in the desk\'s form (lines ending "\\r\\n") as the same text with "\\n"', () => {
    expect(read(transcript.replace(/\n/g, '\r\n'))).toEqual(read(transcript));
    expect(read(transcript)).toEqual([
      'jnim <- The post is ours. Our fighters killed 40 soldiers.',
      'army <- No. The attack was repelled.',
      'jnim <- 40 soldiers died',
      'army <- That is propaganda. The toll, I repeat, is 12.',
    ]);
  });

  it('takes no "I" of the narration for a source', () => {
    expect(read('OUAGADOUGOU - The toll, I repeat, is 12. I said so before.')).toEqual([]);
  });
});

describe('who acted, found checking as a user', () => {
  it('reads soldiers who "had shot them" as acting, not as the victims', () => {
    const got = extractStatements('OUAGADOUGOU - A local official said soldiers had shot them after the attack.', [], null);
    expect(got.flatMap((c) => c.facets).filter((f) => f.attribute === 'victim_status')).toEqual([]);
  });
});

describe("the review's sentences", () => {
  const GOMA: KnownSource[] = [
    { id: 'm23', name: 'M23', aliases: ['the rebels'], kind: 'armed_group', side: 'M23' },
    { id: 'un', name: 'United Nations', aliases: ['UN'], kind: 'international_org' },
    { id: 'rw', name: 'Rwandan government', aliases: ['Rwanda'], kind: 'government', side: 'Rwanda' },
    { id: 'unicef', name: 'UNICEF', aliases: [], kind: 'international_org' },
  ];
  const LEAD_GOMA = 'KINSHASA - Army spokesman Sylvain Ekenge said the city held.\n\n';
  const read = (text: string) => extractStatements(LEAD_GOMA + text, GOMA, null).slice(1).map((c) => `${c.sourceId ?? `new:${c.suggestedSource?.name}`} <- ${c.quote.exact}`);

  it('keeps a short statement before ", he said," when the writer goes on after it', () => {
    expect(read('More than 100 people dead, he said, as fighting continued.')).toEqual(['new:Sylvain Ekenge <- More than 100 people dead']);
    expect(read('No comment, he said, before hanging up.')).toEqual(['new:Sylvain Ekenge <- No comment']);
    expect(read('Not true, he said, warning that the army held the airport.')).toEqual(['new:Sylvain Ekenge <- Not true', 'new:Sylvain Ekenge <- the army held the airport']);
  });

  it('reads a welcome of people, an appeal to a court and a reply in arms as no statement', () => {
    expect(read('Rwanda welcomed thousands of refugees who crossed the border. Residents welcomed the rebels with flags.')).toEqual([]);
    expect(read('UNICEF welcomed the release of the children.')).toEqual(['unicef <- the release of the children']);
    expect(read('Lawyers for the soldiers appealed to the Supreme Court to overturn the verdict.')).toEqual([]);
    expect(read('"They are lying," M23 replied on Twitter. The rebels replied with artillery fire.')).toEqual(['m23 <- They are lying']);
  });

  it("leaves a relative clause's verb to the subject, and 'but' to a clause of its own", () => {
    expect(read('Ekenge, who thanked the troops, said 20 people died.')).toEqual(['new:Sylvain Ekenge <- 20 people died']);
    expect(read('The UN said M23 had denied the killings but admitted that its fighters were in the area.')).toEqual(['un <- M23 had denied the killings but admitted that its fighters were in the area']);
    expect(read('The UN said the rebels, who had promised a ceasefire but then announced a new offensive, had taken Bukavu.')).toEqual([
      'un <- the rebels, who had promised a ceasefire but then announced a new offensive, had taken Bukavu',
    ]);
  });

  it('reads a quotation after an answer set after a scene, and a colon after an aside', () => {
    expect(read('Asked about the toll, Ekenge replied, "We do not know."')).toEqual(['new:Sylvain Ekenge <- We do not know']);
    expect(read('M23 said, in an audio recording: "We hold Goma."')).toEqual(['m23 <- We hold Goma']);
  });
});

describe('a flash update, a verdict and an article before a name', () => {
  it('reads "partners report" and ", partners report." though the tagger reads the verb as a noun', () => {
    const got = extractStatements('GENEVA - At least 56 people were killed and 30 others were injured, partners report. Local authorities report that the IDPs have dispersed. The annual report that the agency published was long.', [], null);
    expect(got.map((c) => `${c.suggestedSource?.name} <- ${c.quote.exact}`)).toEqual([
      'Partners <- At least 56 people were killed and 30 others were injured',
      'Local authorities <- the IDPs have dispersed',
    ]);
  });

  it('reads a verdict a party calls something, and no meeting called', () => {
    const BURUNDI: KnownSource[] = [{ id: 'army', name: 'Burundian army', aliases: ['army'], kind: 'military', side: 'Burundi' }, { id: 'fnl', name: 'FNL', aliases: [], kind: 'armed_group', side: 'FNL' }];
    const got = extractStatements('BUJUMBURA - Army spokesman Major Adolphe Manirakiza called that a lie. The FNL called the attack a massacre. The FNL called a meeting.', BURUNDI, null);
    expect(got.map((c) => `${c.sourceId} <- ${c.quote.exact}`)).toEqual(['army <- a lie', 'fnl <- the attack a massacre']);
  });

  it('keeps "al" at the head of a name ("al Shabaab, which claimed the attack, said")', () => {
    const SOMALIA: KnownSource[] = [{ id: 'shabaab', name: 'al-Shabaab', aliases: ['al Shabaab'], kind: 'armed_group', side: 'al-Shabaab' }];
    const got = extractStatements('MOGADISHU - But al Shabaab, which claimed the attack within hours through its radio station, said its fighters still held the upper floors.', SOMALIA, null);
    expect(got.map((c) => `${c.sourceId} <- ${c.quote.exact}`)).toEqual(['shabaab <- its fighters still held the upper floors']);
  });
});

describe('an armed party counted by its letters', () => {
  it('gives "two VDP were killed" to the militia the desk knows as VDP', () => {
    const BURKINA: KnownSource[] = [{ id: 'gov', name: 'Burkina Faso government', aliases: ['the government'], kind: 'government', side: 'Burkina Faso' }, { id: 'vdp', name: 'VDP', aliases: [], kind: 'armed_group', side: 'Burkina Faso' }];
    const got = extractStatements('OUAGADOUGOU - The government said two VDP were killed and five wounded in the fighting.', BURKINA, null);
    expect(got[0].facets).toContainEqual({ attribute: 'combatant_fatalities', subject: 'VDP', value: 'two', polarity: 'asserted' });
  });
});

describe('an aside with commas of its own before "that"', () => {
  it('reads "has established, from the testimonies of detainees, prison staff and families, that ..."', () => {
    const ACAJ: KnownSource[] = [{ id: 'acaj', name: 'ACAJ', aliases: [], kind: 'ngo' }];
    const got = extractStatements('KINSHASA - ACAJ has established, from the testimonies of detainees, prison staff and families, that at least 180 people died at the prison.', ACAJ, null);
    expect(got.map((c) => `${c.sourceId} <- ${c.quote.exact}`)).toEqual(['acaj <- at least 180 people died at the prison']);
  });
});
