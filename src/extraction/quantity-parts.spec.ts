import { quantitiesOf as read } from './quantity-read';

/** Tolls of a part of the dead take the part as subject (quantity-parts.ts); probe sentences written for this spec. */
describe('quantity facets of a part of the dead', () => {
  it.each([
    // A state or a body counting its own among the dead.
    ['The foreign ministry said one of its nationals died in the siege.', 'fatalities[nationals]=one'],
    ['The charity said four of its staff were killed in the shelling.', 'fatalities[staff]=four'],
    ['Three of our engineers were killed and two others were badly hurt.', 'fatalities[engineers]=three; injuries=two'],
    ['She said she had buried two of her nephews.', 'fatalities[nephews]=two'],
    ['He said five of his neighbours died under the rubble.', 'fatalities[neighbours]=five'],
    ['The airline said none of our passengers were hurt.', 'injuries[passengers]=none'],
    ['Police said they had arrested one of the brothers of the cartel boss.', 'captured[brothers]=one'],
    ['The gang kidnapped two of his daughters.', 'captured[daughters]=two'],
    // A people's name before the person counted.
    ['Two Nepali sailors were killed, the embassy said.', 'fatalities[Nepali sailors]=two'],
    ['One Kenyan driver was killed near the border.', 'fatalities[Kenyan drivers]=one'],
    ['Four Turkish engineers died in the blast.', 'fatalities[Turkish engineers]=four'],
  ])('%s -> %s', (sentence, expected) => {
    expect(read(sentence)).toBe(expected);
  });

  it.each([
    // Whole tolls stay whole: a vehicle's crew, a state of the place speaking of its people, a family named whole.
    ['The missile hit the freighter, killing two of its crew.', 'fatalities=two'],
    ['Forty of our compatriots lost their lives in the massacre.', 'fatalities=forty'],
    ['Eight members of the family were killed, relatives said.', 'fatalities=eight'],
    ['Nine people of a single family were killed in the strike.', 'fatalities=nine'],
    ['Twelve of our heroes were martyred defending the town.', 'fatalities=twelve'],
    ['The strike killed a militia leader and three of his bodyguards.', 'fatalities=three'],
    ['Pakistani strikes killed 30 people overnight.', 'fatalities=30'],
    ['Gunmen abducted 40 Dalmi pupils from their school.', 'captured=40'],
    // Fighters are named by their party elsewhere (count-subjects.ts).
    ['The group said 12 of its fighters had been killed.', 'combatant_fatalities[fighters]=12'],
  ])('keeps %s as %s', (sentence, expected) => {
    expect(read(sentence)).toBe(expected);
  });
});

describe('quantity facets of members of an armed body named back', () => {
  it.each([
    ['Soldiers shot dead three members of the gang at a checkpoint.', 'combatant_fatalities[fighters]=three'],
    ['Two members of the cell were killed in a raid on Tuesday.', 'combatant_fatalities[fighters]=two'],
    // A group of people who are no armed body, and a family, stay the dead.
    ['Four members of the group of hikers died in the blast.', 'fatalities=four'],
    ['Five members of the family were killed.', 'fatalities=five'],
  ])('%s -> %s', (sentence, expected) => {
    expect(read(sentence)).toBe(expected);
  });
});
