import { extractStatements, KnownSource } from './extract';
import { quantitiesOf as read } from './quantity-read';

/**
 * A people's name before the dead makes no part of the toll unless they are staff counted apart (quantity-parts.ts):
 * "17 Malian villagers" is the whole toll another source gives as 17. Sentences written for this spec.
 */
const SOURCES: KnownSource[] = [
  { id: 'chad', name: 'Chadian government', aliases: ['Chad'], kind: 'government' },
  { id: 'chad-army', name: 'Chadian army', aliases: ['the army'], kind: 'military' },
  { id: 'front', name: 'Desert Front', aliases: [], kind: 'armed_group' },
  { id: 'watch', name: 'Sahel Watch', aliases: [], kind: 'ngo' },
];
const tollsOf = (text: string) =>
  extractStatements(text, SOURCES)
    .flatMap((c) => c.facets)
    .filter((f) => f.attribute === 'fatalities' || f.attribute === 'injuries');

describe('a people named before the dead', () => {
  it.each([
    ['Gunmen on motorbikes killed 23 Nigerien herders near the well.', 'fatalities=23'],
    ['The raid killed 35 Sudanese refugees at the camp.', 'fatalities=35'],
    ['About 120 Rohingya passengers drowned when the boat capsized.', 'fatalities=about 120'],
    ['The blast killed 14 Shia worshippers at evening prayers.', 'fatalities=14'],
    ['Shelling killed 9 Palestinian residents of the camp.', 'fatalities=9'],
    ['Eleven Afghan pilgrims died when the bus overturned.', 'fatalities=eleven'],
  ])('keeps the whole toll: %s -> %s', (sentence, expected) => {
    expect(read(sentence)).toBe(expected);
  });

  it.each([
    ['Three Indian seafarers were killed when the tanker was struck.', 'fatalities[Indian seafarers]=three'],
    ['Two Pakistani workers died in the attack on the site.', 'fatalities[Pakistani workers]=two'],
    ['Five Chinese nationals were wounded in the ambush.', 'injuries[Chinese nationals]=five'],
  ])('counts staff and nationals apart: %s -> %s', (sentence, expected) => {
    expect(read(sentence)).toBe(expected);
  });

  it('gives a monitor\'s toll of villagers as the whole toll, set against the army\'s', () => {
    const facets = tollsOf('Sahel Watch said gunmen killed 23 Nigerien villagers in the raid on Tuesday.');
    expect(facets).toContainEqual(expect.objectContaining({ attribute: 'fatalities', value: '23' }));
    expect(facets.every((f) => !f.subject)).toBe(true);
  });
});

describe('others after a part', () => {
  it.each([
    // "others" after a part counted alone are the rest of the toll.
    ['The ministry said one of its nationals was killed and 25 others were wounded.', 'fatalities[nationals]=one; injuries=25'],
    // The part named again, or "other <part>", carries it over.
    ['Two of our engineers were killed and three other engineers were injured.', 'fatalities[engineers]=two; injuries[engineers]=three'],
  ])('%s -> %s', (sentence, expected) => {
    expect(read(sentence)).toBe(expected);
  });
});
