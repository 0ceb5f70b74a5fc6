import { extractStatements, KnownSource } from './extract';

/**
 * Forms of the sixteenth round, as probes of our own wording about a fictional Karsa garrison: a count of the
 * fighters an owner named has ("five of the front's fighters") counts fighters, not the toll; a harm meant,
 * tried or threatened ("meant to kill 5,000") counts no one; "the Presidency (of the Republic)", capitalised as
 * communiqués write it, is the presidency as "the presidency" is.
 */
const DESK: KnownSource[] = [
  { id: 'army', name: 'Karsan army', aliases: ['the army'], kind: 'military', side: 'Karsa' },
  { id: 'front', name: 'Northern Front', aliases: ['the Front'], kind: 'armed_group', side: 'Northern Front' },
  { id: 'gov', name: 'Karsan government', aliases: ['Karsa'], kind: 'government', side: 'Karsa' },
];

const facets = (text: string) => extractStatements(text, DESK, null).flatMap((c) => c.facets.map((f) => [f.attribute, f.subject ?? null, f.value]));

describe("a count of an owner's fighters", () => {
  it.each([
    ['The Northern Front said only five of the front\'s fighters had been killed.', 'five'],
    ['The Karsan army said its troops killed 12 of the group\'s fighters in the pursuit.', '12'],
    ['The Karsan army said only five of the Northern Front\'s fighters had been killed.', 'five'],
  ])('%s', (text, value) => {
    const read = facets(text);
    expect(read).toContainEqual(['combatant_fatalities', expect.any(String), value]);
    expect(read.filter(([attribute]) => attribute === 'fatalities')).toEqual([]);
  });

  it("a count of a place's residents is still the toll", () => {
    expect(facets("The Karsan army said 12 of the village's residents were killed.")).toContainEqual(['fatalities', null, '12']);
  });
});

describe('a harm meant, tried or threatened counts no one', () => {
  it.each([
    'The Northern Front said the enemy had meant to kill "at least 5,000 people in one minute".',
    'The Karsan army said the attackers tried to kill 20 soldiers at the gate.',
    'The Karsan army said the bomb could have killed hundreds of people.',
    'The Northern Front said the army planned to kill 40 prisoners.',
  ])('%s', (text) => {
    expect(facets(text).filter(([attribute]) => String(attribute).includes('fatalities'))).toEqual([]);
  });

  it('a hedged toll is a toll: "might have killed 30"', () => {
    expect(facets('The Karsan army said the strike might have killed 30 people.')).toContainEqual(['fatalities', null, '30']);
  });

  it('the harm done beside it is counted', () => {
    expect(facets('The Karsan army said the group wanted to kill 30 soldiers and killed 12.')).toContainEqual(['fatalities', null, '12']);
    expect(facets('The Karsan army said the attackers killed 20 soldiers at the gate.')).toContainEqual(['combatant_fatalities', expect.any(String), '20']);
  });
});

describe('the Presidency, capitalised', () => {
  const speakers = (text: string) => extractStatements(text, DESK, null).map((c) => c.sourceId ?? `new:${c.suggestedSource?.name}`);

  it.each([
    'The Presidency of the Republic said 40 soldiers were killed in the attack.',
    'The Presidency said in a statement that the army had repelled the attack.',
    'The presidency said the army had repelled the attack.',
  ])('%s', (text) => {
    expect(speakers(text)).toEqual(['gov']);
  });

  it("another country's presidency, named, is a source of its own", () => {
    expect(speakers('The Presidency of the Republic of Dorvale said the army had repelled the attack.')).toEqual(['new:Presidency of the Republic of Dorvale']);
  });
});
