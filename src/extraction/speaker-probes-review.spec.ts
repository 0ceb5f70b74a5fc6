import { extractStatements, KnownSource } from './extract';

/** Speaker rules a review found too eager (our own sentences): one speaker read as two, a part read as a party, a citing body. */
const SOURCES: KnownSource[] = [
  { id: 'chad', name: 'Chadian government', aliases: ['Chad'], kind: 'government' },
  { id: 'chad-army', name: 'Chadian army', aliases: ['the army'], kind: 'military' },
  { id: 'front', name: 'Desert Front', aliases: [], kind: 'armed_group' },
  { id: 'watch', name: 'Sahel Watch', aliases: [], kind: 'ngo' },
  { id: 'un', name: 'United Nations', aliases: ['UN'], kind: 'international_org' },
  { id: 'radio', name: 'Radio Sahel', aliases: [], kind: 'media' },
];
const who = (text: string) => extractStatements(text, SOURCES).map((c) => c.sourceId ?? `new:${c.suggestedSource?.name}`);

describe('review: one speaker whose words hold "and" is not two', () => {
  it.each([
    // A function or a place of the first body: the words after "and" belong to the preposition's object.
    ['The commander of the Chadian army and the Desert Front said the town fell on Sunday.'],
    ['Villagers living close to the Chadian army post and the Desert Front base said the shelling went on all night.'],
    ['Gunmen loyal to the Chadian government and the Desert Front said the pass was closed.'],
    ['A spokeswoman with the United Nations and the Chadian government said aid was blocked.'],
  ])('%s', (text) => {
    expect(new Set(who(text)).size).toBeLessThan(2);
  });

  it.each([
    // "both" still says that each speaks.
    ['The Desert Front and Sahel Watch both said the bridge was shelled.', ['front', 'watch']],
    ['The Chadian army and a local official said the bridge had reopened.', ['chad-army', 'new:Local official']],
    // "according to" is no preposition the subject reader cut off a description.
    ['According to the Chadian army and the United Nations, 9 people drowned.', ['chad-army', 'un']],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('review: a part of a group points back only to a group of people', () => {
  it.each([
    // A bare quantifier never names the party that spoke before.
    ['The Chadian army said the village was back in its hands. Hundreds of families ran to the hills. Many said troops had set fire to 30 houses.', ['chad-army']],
    ['The Desert Front said 9 people died. Families were furious. "They shot our sons," some said.', ['front']],
    // "one of them" is no known body either.
    ['The Desert Front said 9 people died. "It was a massacre," one of them said.', ['front']],
    // A newer subject named between the group and the part stops the pointing back.
    ['Traders said the market burned at dawn. The Chadian army sealed the district. "We lost everything," one of them said.', ['new:Traders']],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });

  it.each([
    ['Bus drivers said the bridge was down. "We waited all day," one of them said.', ['new:Bus drivers', 'new:Bus drivers']],
    // A body named inside the group's own statement is no newer subject.
    ['Traders said the army burned the market. "We lost everything," one of them said.', ['new:Traders', 'new:Traders']],
  ])('still reads a part after a group of people: %s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('review: only a medium relays what it cites', () => {
  it.each([
    // A party citing its own evidence speaks itself.
    ['The Chadian army, citing intercepted radio traffic, said the Desert Front had planned the raid.', ['chad-army']],
    ['Sahel Watch, citing witnesses, said 20 homes burned.', ['watch']],
    // A medium, known or by its word, carries the cited source's claim.
    ['Radio Sahel, citing the Chadian army, said 40 fighters were killed.', ['chad-army']],
    ['A local newspaper, citing the Desert Front, said the camp was empty.', ['front']],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('review: after two speakers, a pronoun points back to both', () => {
  it('reads "they" as the joint speaker', () => {
    expect(who('The Desert Front and the Chadian army both said the bridge was down. They said 9 people drowned.'))
      .toEqual(['front', 'chad-army', 'front', 'chad-army']);
  });

  it('reads "he" as the person of the two', () => {
    expect(who('The Desert Front and a local official said the bridge was down. He said 9 people drowned.'))
      .toEqual(['front', 'new:Local official', 'new:Local official']);
  });

  it('reads "it" as the body named last of the two', () => {
    expect(who('The Desert Front and Sahel Watch both said the bridge was down. It said 9 people drowned.'))
      .toEqual(['front', 'watch', 'watch']);
  });
});
