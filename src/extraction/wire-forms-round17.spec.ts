import { extractStatements, KnownSource } from './extract';

/**
 * Forms of the seventeenth round, as probes of our own wording about a fictional Karsa garrison. "No" before a
 * thing denies the thing, not a count of the dead ("had no part in the killings"); a number of strikes or arms
 * counts them, not the people they killed ("three air strikes killed 20 people"); "nothing is under control"
 * denies the state.
 */
const DESK: KnownSource[] = [
  { id: 'army', name: 'Karsan army', aliases: ['the army'], kind: 'military', side: 'Karsa' },
  { id: 'front', name: 'Northern Front', aliases: ['the Front'], kind: 'armed_group', side: 'Northern Front' },
];

const facets = (text: string) =>
  extractStatements(text, DESK, null).flatMap((c) => c.facets.map((f) => `${f.attribute}=${String(f.value)}${f.polarity === 'denied' ? ' denied' : ''}`));
const counts = (text: string) => facets(text).filter((f) => /fatalities|injuries|captured/.test(f));

describe('"no" before a thing is no count of the dead', () => {
  it.each([
    'The Northern Front said its fighters had "no part" in the killings.',
    'The Karsan army said investigators had found no sign of explosions where the bodies lay.',
    'The Karsan army said ballistic tests would show that "not one of our rifles" killed anyone.',
  ])('%s', (text) => {
    expect(counts(text)).toEqual([]);
  });

  it.each([
    ['The Karsan army said no civilians were killed.', 'civilian_fatalities=none'],
    ['The Karsan army said there were no casualties.', 'fatalities=none'],
    ['The Northern Front said no hostage had been harmed.', 'fatalities=none'],
    ['The Karsan army said none of our soldiers were killed.', 'combatant_fatalities=none'],
  ])('%s still counts none', (text, read) => {
    expect(counts(text)).toEqual([read]);
  });
});

describe('a number of strikes or arms counts them, not the dead', () => {
  it.each([
    ['The Karsan army said three air strikes killed 20 people.', ['fatalities=20']],
    ['The Karsan army said two explosions killed 14 people near the gate.', ['fatalities=14']],
    ['The Northern Front said two rockets killed a child.', []],
  ])('%s', (text, read) => {
    expect(counts(text)).toEqual(read);
  });

  it('destroyed arms are still counted', () => {
    expect(facets('The Karsan army said it destroyed 12 drones.')).toContain('destroyed=12');
  });
});

describe('a state said of nothing', () => {
  it('"Nothing is under control" denies the situation', () => {
    expect(facets('The mayor of Karsa said: "Nothing is under control."')).toEqual(['situation=under_control denied']);
  });
});

describe('a list of the dead by group', () => {
  const subjects = (text: string) =>
    extractStatements(text, DESK, null).flatMap((c) => c.facets.filter((f) => /fatalities/.test(f.attribute)).map((f) => `${f.attribute}/${f.subject ?? ''}=${String(f.value)}`));

  it.each([
    ['The Karsan army said the strike killed 20 pupils and two teachers on Monday.', ['fatalities/pupils=20', 'fatalities/teachers=two']],
    ['The Northern Front said the shelling killed 14 women and six men.', ['fatalities/women=14', 'fatalities/men=six']],
  ])('%s: each count is its group\'s, none is the toll', (text, read) => {
    expect(subjects(text)).toEqual(read);
  });

  it('soldiers and civilians keep their own tolls', () => {
    expect(subjects('The Northern Front said the attack killed 12 soldiers and three civilians.')).toEqual(['combatant_fatalities/Karsan army=12', 'civilian_fatalities/=three']);
  });
});

describe("the country's body", () => {
  const DESK_WITH_SERVICE: KnownSource[] = [...DESK, { id: 'prisons', name: 'Karsan Correctional Service', aliases: ['the correctional service'], kind: 'government', side: 'Karsa' }];
  it.each([
    "Inmates escaped after gunmen attacked the prison, the country's correctional service said on Wednesday.",
    "The country's correctional service said inmates escaped after gunmen attacked the prison.",
  ])('%s', (text) => {
    expect(extractStatements(text, DESK_WITH_SERVICE, null).map((c) => c.sourceId)).toEqual(['prisons']);
  });
});

describe('an inquiry carried out is no attack carried out', () => {
  const perpetrators = (text: string) => extractStatements(text, DESK, null).flatMap((c) => c.facets.filter((f) => f.attribute === 'perpetrator').map((f) => f.value));
  it.each([
    'The Northern Front said it would carry out an investigation into the attack.',
    'The Karsan army said the investigation was being carried out by the Northern Front.',
    'The Karsan army said the autopsies were conducted by doctors of the Northern Front.',
  ])('%s', (text) => {
    expect(perpetrators(text)).toEqual([]);
  });

  it.each([
    ['The Karsan army said the attack was carried out by the Northern Front.', 'Northern Front'],
    ['The Northern Front said the raid was conducted by the army.', 'Karsan army'],
  ])('%s', (text, who) => {
    expect(perpetrators(text)).toEqual([who]);
  });
});
