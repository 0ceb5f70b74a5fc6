import { extractStatements, KnownSource } from './extract';

/** Speaker rules that hold in any wire copy, each probed with sentences of our own (no corpus text). */
const SOURCES: KnownSource[] = [
  { id: 'chad', name: 'Chadian government', aliases: ['Chad', 'Chadian foreign ministry'], kind: 'government' },
  { id: 'niger-army', name: 'Nigerien army', aliases: [], kind: 'military' },
  { id: 'front', name: 'Desert Front', aliases: [], kind: 'armed_group' },
];
const who = (text: string, sources = SOURCES) => extractStatements(text, sources).map((c) => c.sourceId ?? `new:${c.suggestedSource?.name}`);

describe('speaker rules', () => {
  it.each([
    // Another country's body is not a known body of the same kind named after one country.
    ["Sudan's foreign ministry said the border crossing had been closed.", ['new:Sudanese foreign ministry']],
    ["Chad's foreign ministry said the border crossing had been closed.", ['chad']],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});
