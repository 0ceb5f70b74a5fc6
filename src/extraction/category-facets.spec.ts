import { extractStatements, KnownSource } from './extract';

/** Category facets read for issue 13 (perpetrator, victim status, attacked, weapon), each on a sentence written for this test. */
const SOURCES: KnownSource[] = [
  { id: 'gov', name: 'Israeli government', aliases: ['Israel'], kind: 'government' },
  { id: 'idf', name: 'Israel Defense Forces', aliases: ['IDF'], kind: 'military' },
  { id: 'coalition', name: 'Saudi-led coalition', aliases: ['coalition'], kind: 'military' },
  { id: 'is', name: 'Islamic State', aliases: ['IS'], kind: 'armed_group' },
];
const facetsOf = (text: string) => {
  const candidates = extractStatements(text, SOURCES);
  // Every sentence here attributes a statement: a test of its facets must not pass on an empty reading.
  expect(candidates.length).toBeGreaterThan(0);
  return candidates.flatMap((c) => c.facets);
};

describe('category facets', () => {
  it('folds a country named as perpetrator into the desk\'s one armed party of that country', () => {
    expect(facetsOf('Islamic State said the blast was caused by an Israeli air strike.')).toContainEqual(
      { attribute: 'perpetrator', value: 'Israel Defense Forces', polarity: 'asserted' },
    );
  });

  it('reads a subject opened by "no" or "none of" as a denial of who did it and of the attack on the place', () => {
    const facets = facetsOf('The coalition said no coalition aircraft had struck the prison.');
    expect(facets).toContainEqual({ attribute: 'perpetrator', value: 'Saudi-led coalition', polarity: 'denied' });
    expect(facetsOf('The IDF said none of its aircraft, drones or ships had fired at the hospital.')).toContainEqual(
      expect.objectContaining({ attribute: 'attacked', subject: 'hospital', value: true, polarity: 'denied' }),
    );
  });

  it('names the one responsible, or the one who had nothing to do with it', () => {
    expect(facetsOf('The IDF said Islamic State was responsible for the attack.')).toContainEqual(
      { attribute: 'perpetrator', value: 'Islamic State', polarity: 'asserted' },
    );
    expect(facetsOf('Israel said the IDF had nothing to do with the strike.')).toContainEqual(
      { attribute: 'perpetrator', value: 'Israel Defense Forces', polarity: 'denied' },
    );
  });

  it('reads who the victims were only by the killing, not from a group named elsewhere in the statement', () => {
    expect(facetsOf('The IDF said 35 people were killed, most of them women and children.')).toContainEqual(
      expect.objectContaining({ attribute: 'victim_status', value: 'civilians', polarity: 'asserted' }),
    );
    const far = facetsOf('The IDF said 35 people were killed on Friday in the town, where thousands of displaced families and children had been sheltering for weeks.');
    expect(far.filter((f) => f.attribute === 'victim_status')).toEqual([]);
  });

  it('does not take a denial of targeting civilians for a denial of who carried out the attack', () => {
    const facets = facetsOf('Islamic State denied that it had targeted civilians.');
    expect(facets).toEqual([{ attribute: 'victim_status', value: 'civilians', polarity: 'denied' }]);
  });

  it('names each party of a coordinated subject, and those the blame lies with', () => {
    const both = facetsOf('Israel said the IDF and Islamic State fighters had shelled the village.').filter((f) => f.attribute === 'perpetrator');
    expect(both.map((f) => f.value).sort()).toEqual(['Islamic State', 'Israel Defense Forces']);
    const blamed = facetsOf('The IDF said the blame lay squarely with Islamic State and the coalition.').filter((f) => f.attribute === 'perpetrator');
    expect(blamed.map((f) => f.value).sort()).toEqual(['Islamic State', 'Saudi-led coalition']);
  });

  it('reads the speaker\'s own forces however they are called, and outcomes and situations through quotation marks', () => {
    expect(facetsOf('The coalition said its jets had bombed the bridge.')).toContainEqual(
      expect.objectContaining({ attribute: 'perpetrator', value: 'Saudi-led coalition', polarity: 'asserted' }),
    );
    expect(facetsOf('Islamic State said its men had "liberated" the town.')).toContainEqual(expect.objectContaining({ attribute: 'outcome', value: 'success' }));
    expect(facetsOf('The IDF said the area was "calm and under control".')).toContainEqual(expect.objectContaining({ attribute: 'situation', value: 'under_control' }));
  });

  it('reads a denial that its forces hit a place as a denial of who did it, but not a denial of whom they aimed at', () => {
    expect(facetsOf('The coalition denied that its jets had bombed a clinic.')).toContainEqual(
      expect.objectContaining({ attribute: 'perpetrator', value: 'Saudi-led coalition', polarity: 'denied' }),
    );
    expect(facetsOf('Islamic State denied that its fighters had targeted villagers.').filter((f) => f.attribute === 'perpetrator')).toEqual([]);
  });

  it('reads a place taken as success, not weapons seized or a gunman captured', () => {
    const outcome = (text: string) => facetsOf(text).filter((f) => f.attribute === 'outcome').map((f) => f.value);
    expect(outcome('Islamic State said its fighters had seized the army base at dawn.')).toEqual(['success']);
    expect(outcome('The IDF said the outpost was overrun before noon.')).toEqual(['success']);
    expect(outcome('The IDF said its troops had seized weapons and trucks.')).toEqual([]);
    expect(outcome('The IDF said a gunman who stormed the hotel was captured.')).toEqual([]);
    // A place fallen or captured, said in the passive at the statement's end; denied with its verb.
    expect(outcome('Islamic State said the army base had been captured.')).toEqual(['success']);
    expect(outcome('Islamic State said the outpost fell to its fighters.')).toEqual(['success']);
    expect(facetsOf('The IDF denied that the outpost had fallen.')).toContainEqual(expect.objectContaining({ attribute: 'outcome', value: 'success', polarity: 'denied' }));
    // A number that fell, or a place named inside another phrase, is no place taken.
    expect(outcome('The IDF said the number of people in hospital had fallen to 52.')).toEqual([]);
    expect(outcome('The IDF said the number of people in the hospital had fallen sharply.')).toEqual([]);
    // "fell" as a state, and "taken by surprise", are no place taken.
    expect(outcome('The town fell silent after the strike, the IDF said.')).toEqual([]);
    expect(outcome('The IDF said the village was taken by surprise.')).toEqual([]);
    // The place lost is no attacker: a fallen or overrun base names no perpetrator.
    for (const text of ['Islamic State said the army base fell after a day of fighting.', 'Islamic State said the army base was quickly overrun.']) {
      expect(facetsOf(text).filter((f) => f.attribute === 'perpetrator')).toEqual([]);
    }
  });

  it('reads situations in other words: regained control, calm restored, clashes still going on', () => {
    const situation = (text: string) => facetsOf(text).filter((f) => f.attribute === 'situation').map((f) => f.value);
    expect(situation('The IDF said it had regained control of the district.')).toEqual(['under_control']);
    expect(situation('Islamic State said calm had been restored in the town.')).toEqual(['calm']);
    expect(situation('Islamic State said clashes were still going on near the bridge.')).toEqual(['fighting_ongoing']);
  });

  it('names who was behind the attack or to blame, asserted or denied, and not who stood behind the lines', () => {
    const perpetrator = (text: string) => facetsOf(text).filter((f) => f.attribute === 'perpetrator').map((f) => [f.value, f.polarity]);
    expect(perpetrator('The IDF said Islamic State was behind the attack.')).toEqual([['Islamic State', 'asserted']]);
    expect(perpetrator('The IDF said Islamic State was to blame for the massacre.')).toEqual([['Islamic State', 'asserted']]);
    expect(perpetrator('Islamic State said the coalition was not behind the bombing.')).toEqual([['Saudi-led coalition', 'denied']]);
    expect(perpetrator('The IDF said Islamic State was behind the lines when the shelling began.')).toEqual([]);
  });

  it('reads a party\'s own forces said not to have been at the scene as its denial, not anyone else\'s people', () => {
    const perpetrator = (text: string) => facetsOf(text).filter((f) => f.attribute === 'perpetrator').map((f) => [f.value, f.polarity]);
    expect(perpetrator('Islamic State said none of its fighters had been anywhere near the market.')).toEqual([['Islamic State', 'denied']]);
    expect(perpetrator('The coalition said its warplanes had not flown over the valley that week.')).toEqual([['Saudi-led coalition', 'denied']]);
    expect(perpetrator('The IDF said no soldier had been stationed at the crossing.')).toEqual([['Israel Defense Forces', 'denied']]);
    // Members inside a building struck are victims or not, and a government has no fighters of its own to place.
    expect(perpetrator('Islamic State said none of its members had been inside the building.')).toEqual([]);
    expect(perpetrator('Islamic State said its fighters had been in the town since May.')).toEqual([]);
  });

  it('names the one held responsible, said not responsible, or claimed as the attacker', () => {
    const perpetrator = (text: string) => facetsOf(text).filter((f) => f.attribute === 'perpetrator').map((f) => [f.value, f.polarity]);
    expect(perpetrator('The IDF said it held Islamic State fully responsible for the bombing.')).toEqual([['Islamic State', 'asserted']]);
    expect(perpetrator('Islamic State said the coalition was not responsible.')).toEqual([['Saudi-led coalition', 'denied']]);
    expect(perpetrator('The coalition said "no coalition aircraft was involved in the raid."')).toEqual([['Saudi-led coalition', 'denied']]);
    expect(perpetrator('Islamic State claimed the attack in a message on its channels.')).toEqual([['Islamic State', 'asserted']]);
    expect(perpetrator('The IDF said the coalition had no hand in the raid.')).toEqual([['Saudi-led coalition', 'denied']]);
    expect(perpetrator('Islamic State said they were not involved.')).toEqual([['Islamic State', 'denied']]);
  });

  it('reads a denial of firing at a place or of killing anyone as a denial of who did it, not of firing at people', () => {
    const perpetrator = (text: string) => facetsOf(text).filter((f) => f.attribute === 'perpetrator').map((f) => [f.value, f.polarity]);
    expect(perpetrator('The coalition said its pilots had never fired on Hodeidah.')).toEqual([['Saudi-led coalition', 'denied']]);
    expect(perpetrator('Islamic State said its fighters had not killed anybody in the town.')).toEqual([['Islamic State', 'denied']]);
    expect(perpetrator('Islamic State denied firing rockets at the coast.')).toEqual([['Islamic State', 'denied']]);
    expect(perpetrator('The coalition said its jets had not fired at civilians.')).toEqual([]);
  });

  it('folds a state the word lists do not know into its armed forces by the shared first word', () => {
    const sources: KnownSource[] = [
      { id: 'g', name: 'Ruritanian government', aliases: ['Ruritania'], kind: 'government' },
      { id: 'a', name: 'Ruritanian armed forces', aliases: [], kind: 'military' },
    ];
    const facets = extractStatements('The Ruritanian government said Ruritania did not fire at Strelsau.', sources).flatMap((c) => c.facets);
    expect(facets).toContainEqual({ attribute: 'perpetrator', value: 'Ruritanian armed forces', polarity: 'denied' });
  });

  it('reads no cause from one known projectile said to have been fired by someone or from somewhere', () => {
    const cause = (text: string) => facetsOf(text).filter((f) => f.attribute === 'cause').map((f) => f.value);
    expect(cause('The IDF said the rocket had been launched from a schoolyard.')).toEqual([]);
    expect(cause('The IDF said a rocket had struck the clinic and killed four people.')).toEqual(['rocket']);
  });

  it('reads "the group\'s fighters" as an armed speaker\'s own forces, and as no one\'s for a speaker that is not armed', () => {
    const perpetrator = (text: string) => facetsOf(text).filter((f) => f.attribute === 'perpetrator').map((f) => [f.value, f.polarity]);
    expect(perpetrator('Islamic State said the group\'s men had stormed the garrison.')).toEqual([['Islamic State', 'asserted']]);
    const sources: KnownSource[] = [...SOURCES, { id: 'ngo', name: 'Rights Watchers', aliases: [], kind: 'ngo' }];
    const facets = extractStatements('Rights Watchers said the group\'s men had stormed the garrison.', sources).flatMap((c) => c.facets);
    expect(facets.filter((f) => f.attribute === 'perpetrator')).toEqual([]);
  });

  it('reads a negation inside a denial as a denial, for every attribute alike', () => {
    // One rule (negation.ts, polarityOf): "rejected the accusation, saying its fighters had not attacked" denies, as
    // "denied that its forces attacked" and "said it did not attack" do; it never turns a denial into an assertion.
    const denial = (text: string) => facetsOf(text).map((f) => `${f.polarity} ${f.attribute}`).sort();
    const expected = ['denied attacked', 'denied perpetrator'];
    expect(denial('Islamic State denied that its fighters had attacked the school.')).toEqual(expected);
    expect(denial('Islamic State said its fighters did not attack the school.')).toEqual(expected);
    expect([...new Set(denial('Islamic State rejected the accusation, saying its fighters had not attacked the school.'))]).toEqual(expected);
    expect(denial('Islamic State denied that its fighters had not attacked the school.')).toEqual(expected);
    expect(facetsOf('The coalition denied that none of its aircraft had fired drones at the camp.').filter((f) => f.attribute === 'weapon')).toEqual(
      [expect.objectContaining({ value: 'drone', polarity: 'denied' })],
    );
  });

  it('gives no outcome for what must still happen', () => {
    expect(facetsOf('The IDF said the attackers must be driven out.').filter((f) => f.attribute === 'outcome')).toEqual([]);
  });
});
