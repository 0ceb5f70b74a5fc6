import { extractStatements, KnownSource } from './extract';

/** Rules added for issue 13's dev figures, each on a sentence written for this test. */
const SOURCES: KnownSource[] = [
  { id: 'rsf', name: 'RSF', aliases: ['Rapid Support Forces'], kind: 'armed_group' },
  { id: 'gov', name: 'Burkina Faso government', aliases: ['military government'], kind: 'government' },
  { id: 'army', name: 'Sudanese army', aliases: [], kind: 'military' },
];
const facetsOf = (text: string) => extractStatements(text, SOURCES).map((c) => ({ who: c.sourceId ?? c.suggestedSource?.name, statement: c.statement, facets: c.facets }));

describe('extraction rules', () => {
  it('gives each reporting verb of one subject its own statement, and reads "no more than" as a ceiling', () => {
    const got = facetsOf('A senior official dismissed the figures as "fantasy" and said the number of dead was no more than 100.');
    expect(got.map((c) => c.statement)).toEqual(['the figures as "fantasy', 'the number of dead was no more than 100']);
    expect(got[1].facets).toEqual([{ attribute: 'fatalities', value: 'no more than 100', polarity: 'asserted' }]);
  });

  it('reads no toll from partial counts, ages or people cut off from water', () => {
    for (const text of [
      'A doctor said the hospital had treated 57 wounded people.',
      'The official said seven of the dead were pupils aged between seven and 14.',
      'The official said the flooding had cut drinking water to around 700,000 people, and the dam was destroyed.',
      'A medic said dozens of bodies were lying in the courtyard.',
    ]) {
      expect(facetsOf(text).flatMap((c) => c.facets).filter((f) => f.attribute !== 'victim_status')).toEqual([]);
    }
  });

  it('lets the verb right before a number say what it counts', () => {
    const [c] = facetsOf('The group said its fighters had killed "more than 60 enemies" and wounded dozens.');
    expect(c.facets).toContainEqual({ attribute: 'fatalities', value: 'more than 60', polarity: 'asserted' });
    expect(c.facets).toContainEqual({ attribute: 'injuries', value: 'dozens', polarity: 'asserted' });
  });

  it('points "the paramilitary force" back at the party last named, and "the government" at the one known so', () => {
    const got = facetsOf("Sudan's Rapid Support Forces took the camp on Sunday. In a statement, the paramilitary force said it had won. The government said the camp had fallen.");
    expect(got.map((c) => c.who)).toEqual(['rsf', 'gov']);
  });

  it('names the perpetrator only in accusations of harm, and denies it for "denied carrying out the attack"', () => {
    expect(facetsOf('The army accused the RSF of fabricating evidence.')[0].facets).toEqual([]);
    expect(facetsOf('The army accused the RSF of a massacre.')[0].facets).toContainEqual({ attribute: 'perpetrator', value: 'RSF', polarity: 'asserted' });
    expect(facetsOf('The RSF denied carrying out the attack.')[0].facets).toContainEqual({ attribute: 'perpetrator', value: 'RSF', polarity: 'denied' });
  });

  it('reads victim status twice when fighters were killed and civilians denied as targets', () => {
    const [c] = facetsOf('The RSF said: "Our forces killed dozens of mercenaries. Not one of our operations targeted a civilian."');
    expect(c.facets).toEqual(expect.arrayContaining([
      { attribute: 'victim_status', value: 'civilians', polarity: 'denied' },
      { attribute: 'victim_status', value: 'combatants', polarity: 'asserted' },
    ]));
  });

  it('names people by their place as a desk does, and a subject before a relative clause', () => {
    const got = facetsOf('Residents of the neighbouring Senou district said fighting went on for hours. A farmer who survived told reporters he had been ordered to dig.');
    expect(got.map((c) => c.who)).toEqual(['Senou residents', 'Farmer']);
    expect(got[0].facets).toContainEqual({ attribute: 'situation', value: 'fighting_ongoing', polarity: 'asserted' });
  });
  it('keeps a particle in a new speaker\'s name, and no facets for a lone common noun that names no known source', () => {
    // No health ministry among the known sources: the spokesman is a new person (with one, the ministry speaks: functions.spec.ts).
    expect(facetsOf('Health ministry spokesman Ashraf al-Qidra said 40 people were killed.')[0].who).toBe('Ashraf al-Qidra');
    expect(extractStatements('Health ministry spokesman Ashraf al-Qidra said 40 people were killed.', [...SOURCES, { id: 'moh', name: 'Gaza health ministry', aliases: [] }])[0])
      .toMatchObject({ sourceId: 'moh', role: 'Health ministry spokesman Ashraf al-Qidra' });
    // (Bare "officials" are the desk's one national government: speaker-probes-offices.spec.ts.)
    // Witnesses are a known kind of speaker (attribution-adjuncts.spec.ts); "sources" and "observers" are of none.
    const [lone] = facetsOf('Artillery had killed 12 people, observers said.');
    expect(lone.statement).toBe('Artillery had killed 12 people');
    expect(lone.facets).toEqual([]);
    const [known] = facetsOf('Twelve people were killed, government said.');
    expect(known.who).toBe('gov');
    expect(known.facets).toEqual([{ attribute: 'fatalities', value: 'twelve', polarity: 'asserted' }]);
  });
  it('takes the subject before a relative clause, not the object inside it, as the speaker', () => {
    const [c] = facetsOf('Engineers who have studied photos of the site said an explosive charge had been placed inside the dam.');
    expect(c.who).toBe('Engineers');
  });
  it('reads no toll from a person\'s own relatives', () => {
    const [c] = facetsOf('A woman said: "They shot at everyone. My neighbour and his two sons were killed."');
    expect(c.facets.filter((f) => f.attribute === 'fatalities')).toEqual([]);
  });
});
