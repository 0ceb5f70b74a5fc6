import { extractStatements, KnownSource } from './extract';

/** A clause the speaker says others made up is denied (denied-clauses.ts); sentences written for this spec. */
const SOURCES: KnownSource[] = [
  { id: 'army', name: 'Ruritanian army', aliases: ['the army'], kind: 'military' },
  { id: 'rebels', name: 'Northern Front', aliases: ['the rebels'], kind: 'armed_group' },
];
const facetsOf = (text: string) => extractStatements(text, SOURCES).flatMap((c) => c.facets);

describe('clauses said to be made up', () => {
  it('denies the attack said in a story the speaker calls fabricated', () => {
    expect(facetsOf('The army accused the rebels of fabricating the story that soldiers attacked the clinic.')).toContainEqual(
      expect.objectContaining({ attribute: 'attacked', subject: 'clinic', polarity: 'denied' }),
    );
  });

  it('denies a toll said in claims the speaker says were invented', () => {
    expect(facetsOf('The army said the rebels had invented claims that 40 people were killed.')).toContainEqual(
      expect.objectContaining({ attribute: 'fatalities', value: '40', polarity: 'denied' }),
    );
  });

  it('denies what the speaker calls reports it dismisses', () => {
    expect(facetsOf('The army said on Monday that the town was calm, and called reports that soldiers had attacked the clinic "baseless".')).toContainEqual(
      expect.objectContaining({ attribute: 'attacked', subject: 'clinic', polarity: 'denied' }),
    );
  });

  it('leaves a clause asserted when nothing is said to be made up', () => {
    expect(facetsOf('The rebels said soldiers attacked the clinic and that 40 people were killed.')).toEqual(expect.arrayContaining([
      expect.objectContaining({ attribute: 'attacked', subject: 'clinic', polarity: 'asserted' }),
      expect.objectContaining({ attribute: 'fatalities', value: '40', polarity: 'asserted' }),
    ]));
  });
});

/** The made-up clause ends where the speaker's next clause begins, and what it says is turned over. */
const SAHEL: KnownSource[] = [
  { id: 'chad', name: 'Chadian government', aliases: ['Chad'], kind: 'government' },
  { id: 'chad-army', name: 'Chadian army', aliases: ['the army'], kind: 'military' },
  { id: 'front', name: 'Desert Front', aliases: [], kind: 'armed_group' },
  { id: 'watch', name: 'Sahel Watch', aliases: [], kind: 'ngo' },
];
const sahelFacets = (text: string) => extractStatements(text, SAHEL).flatMap((c) => c.facets);

describe('the end of a clause said to be made up', () => {
  it.each([
    'Sahel Watch said the army had invented reports that the Desert Front raided the market, and that 25 civilians were killed by troops.',
    'Sahel Watch said the army invented claims that the Desert Front attacked the camp to hide that 25 civilians were killed by troops.',
  ])('leaves the toll after the made-up clause asserted: %s', (text) => {
    expect(sahelFacets(text)).toContainEqual(
      expect.objectContaining({ attribute: 'civilian_fatalities', value: '25', polarity: 'asserted' }),
    );
  });

  it('still denies what the made-up clause says before its end', () => {
    const text = 'Sahel Watch said the army invented claims that the Desert Front attacked the camp to hide that 25 civilians were killed.';
    expect(sahelFacets(text)).toContainEqual(expect.objectContaining({ attribute: 'attacked', subject: 'camp', polarity: 'denied' }));
  });

  it('turns over a made-up denial: the speaker asserts what it denied', () => {
    expect(sahelFacets('The Desert Front said the army made up claims that its troops did not attack the clinic.')).toContainEqual(
      expect.objectContaining({ attribute: 'attacked', subject: 'clinic', polarity: 'asserted' }),
    );
  });
});
