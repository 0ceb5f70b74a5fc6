import { extractStatements, KnownSource } from './extract';
import { inScope } from './source-lookups';

/**
 * Rules that pick "the one party of a kind" prefer the claimants of the event the text is read for
 * (`inEvent`): one claimant of the kind is the answer, none leaves the desk-wide rule, two leave no answer.
 */
const DESK: KnownSource[] = [
  { id: 'ruri', name: 'Ruritanian army', aliases: [], kind: 'military' },
  { id: 'bord', name: 'Bordurian army', aliases: [], kind: 'military' },
  { id: 'rgov', name: 'Ruritanian government', aliases: ['Ruritania'], kind: 'government' },
  { id: 'bgov', name: 'Bordurian government', aliases: ['Borduria'], kind: 'government' },
  { id: 'front', name: 'Liberation Front', aliases: [], kind: 'armed_group' },
  { id: 'watch', name: 'Relief Watch', aliases: [], kind: 'ngo' },
];
const inEvent = (...ids: string[]): KnownSource[] => DESK.map((s) => (ids.includes(s.id) ? { ...s, inEvent: true } : s));
const who = (text: string, sources: KnownSource[]) => extractStatements(text, sources).map((c) => c.sourceId ?? `new:${c.suggestedSource?.name}`);
const subjects = (text: string, sources: KnownSource[]) =>
  extractStatements(text, sources).flatMap((c) => c.facets.filter((f) => f.subject !== undefined).map((f) => `${f.attribute}[${f.subject}]=${f.value}`));

describe('inScope', () => {
  it('keeps the event claimants when any is, else every source', () => {
    const [a, b] = inEvent('bord');
    expect(inScope([a, b])).toEqual([b]);
    expect(inScope([DESK[0], DESK[1]])).toEqual([DESK[0], DESK[1]]);
  });
});

describe('uniqueness by kind, the event first', () => {
  it('takes the one event claimant of the kind among several desk sources of it', () => {
    expect(who('The army said the convoy had been attacked.', inEvent('bord'))).toEqual(['bord']);
    expect(who('Officials said the convoy had been attacked.', inEvent('rgov', 'ruri'))).toEqual(['rgov']);
    expect(subjects('Relief Watch said 12 soldiers were killed.', inEvent('ruri', 'watch'))).toEqual(['combatant_fatalities[Ruritanian army]=12']);
  });

  it('falls back to the whole desk when no event claimant has the kind', () => {
    expect(who('The army said the convoy had been attacked.', inEvent('watch'))).toEqual(who('The army said the convoy had been attacked.', DESK));
    expect(who('The armed group said the convoy had been attacked.', inEvent('ruri'))).toEqual(['front']);
    const police: KnownSource = { id: 'pol', name: 'National Police', aliases: [], kind: 'police' };
    expect(subjects('Relief Watch said 20 policemen were killed.', [...inEvent('ruri'), police])).toEqual(['combatant_fatalities[National Police]=20']);
  });

  it('gives no answer when two event claimants share the kind', () => {
    expect(who('The army said the convoy had been attacked.', inEvent('ruri', 'bord'))).not.toContain('ruri');
    expect(who('The army said the convoy had been attacked.', inEvent('ruri', 'bord'))).not.toContain('bord');
    expect(subjects('Relief Watch said 12 soldiers were killed.', inEvent('ruri', 'bord'))).toEqual(['combatant_fatalities[soldiers]=12']);
  });
});

describe('a name several sources share, the event first', () => {
  const SHARED: KnownSource[] = [
    { id: 'ruri', name: 'Ruritanian army', aliases: ['the army'], kind: 'military' },
    { id: 'bord', name: 'Bordurian army', aliases: ['the army'], kind: 'military' },
  ];
  it('is the first source\'s, or the event claimant\'s', () => {
    expect(who('The army said the convoy had been attacked.', SHARED)).toEqual(['ruri']);
    expect(who('The army said the convoy had been attacked.', [SHARED[0], { ...SHARED[1], inEvent: true }])).toEqual(['bord']);
  });
});

describe('a bare body word that is another event\'s alias', () => {
  it('names the event\'s one claimant of that kind', () => {
    const sources: KnownSource[] = [
      { id: 'mex', name: 'Mexican army', aliases: ['the military'], kind: 'military' },
      { id: 'idf', name: 'IDF', aliases: [], kind: 'military' },
    ];
    expect(who('The military said the hospital was not hit.', sources)).toEqual(['mex']);
    expect(who('The military said the hospital was not hit.', [sources[0], { ...sources[1], inEvent: true }])).toEqual(['idf']);
  });
});
