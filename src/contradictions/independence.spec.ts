import { ClaimFacts, independenceOf, SourceFacts } from './independence';

const source = (id: string, overrides: Partial<SourceFacts> = {}): SourceFacts => ({ id, name: id, aliases: [], stake: 'independent', side: null, ...overrides });

const SOURCES: SourceFacts[] = [
  source('army', { name: 'General Oumar Diarra', aliases: ['the army chief'], stake: 'party_to_conflict', side: 'Malian government' }),
  source('spokesman', { name: 'Government spokesman', aliases: ['the spokesman'], stake: 'official', side: 'malian  Government' }),
  source('jnim', { name: 'JNIM', stake: 'party_to_conflict' }),
  source('jnim-media', { name: 'Az-Zallaqa', stake: 'party_to_conflict', side: 'JNIM' }),
  source('afp', { name: 'AFP' }),
  source('reuters', { name: 'Reuters' }),
  source('witness', { name: 'A witness', stake: 'unknown' }),
  source('hospital', { name: 'Gabriel Touré hospital' }),
  source('radio', { name: 'Radio Kledu' }),
];

const CLAIMS: ClaimFacts[] = [
  { sourceId: 'jnim', conveyedById: 'afp', documentId: 'wire' },
  { sourceId: 'afp', conveyedById: null, documentId: 'wire' },
  { sourceId: 'hospital', conveyedById: null, documentId: 'bulletin' },
  { sourceId: 'radio', conveyedById: null, documentId: 'bulletin' },
  { sourceId: 'reuters', conveyedById: null, documentId: 'wire' },
];

describe('independence of two sources on an event', () => {
  const independence = independenceOf(SOURCES, CLAIMS);

  it.each<[string, string, string | null]>([
    ['army', 'spokesman', 'the army chief and the spokesman both speak for Malian government'],
    ['jnim', 'jnim-media', 'Az-Zallaqa speaks for JNIM'],
    ['army', 'jnim', null],
    ['afp', 'witness', 'the stake of A witness is unknown'],
    ['witness', 'witness', 'the same source'],
    ['jnim', 'afp', 'AFP conveys claims of JNIM on this event'],
    ['afp', 'jnim', 'AFP conveys claims of JNIM on this event'],
    ['hospital', 'radio', 'Gabriel Touré hospital and Radio Kledu speak first-hand in one document'],
    // JNIM's claim in the wire is conveyed: the wire is not where it originates.
    ['jnim', 'reuters', null],
    ['afp', 'reuters', 'AFP and Reuters speak first-hand in one document'],
    ['afp', 'hospital', null],
  ])('%s and %s: %s', (a, b, reason) => {
    expect(independence.dependence(a, b)).toBe(reason);
    expect(independence.independent(a, b)).toBe(reason === null);
  });

  it.each<[string, string, boolean]>([
    ['army', 'jnim', true],
    ['jnim', 'jnim-media', false],
    ['army', 'spokesman', false],
    ['army', 'afp', false],
  ])('%s and %s are adversaries: %s', (a, b, expected) => {
    expect(independence.adversaries(a, b)).toBe(expected);
  });
});
