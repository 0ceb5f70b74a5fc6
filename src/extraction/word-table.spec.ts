import { readQuantity } from '../claims/quantity';
import { extractStatements, KnownSource } from './extract';

/** Words that are names of Object.prototype's members, where a plain object literal used as a table would answer them. */
const PROTOTYPE_WORDS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'toLocaleString'];
const SOURCES: KnownSource[] = [
  { id: 'army', name: 'Kardan army', aliases: ['the army'], kind: 'military' },
  { id: 'front', name: 'Valley Front', aliases: [], kind: 'armed_group' },
];

describe('words that name members of Object.prototype', () => {
  it.each(PROTOTYPE_WORDS)('"%s" as a speaker, a people, a place and a count reads like any unknown word', (word) => {
    const Word = word[0].toUpperCase() + word.slice(1);
    const text = [
      `${Word} said the attack killed 12 people.`,
      `The army said ${Word} fighters attacked the post in ${Word} on the ${word} morning.`,
      `The ${Word} minister said ${word} soldiers and ${word} civilians were killed.`,
      `${Word}: We killed 12.\nQ: Why?\n${Word}: Because.`,
    ].join('\n\n');
    const got = extractStatements(text, SOURCES, '2024-03-04T10:00:00.000Z');
    // The first sentence stays a statement of a new source with its toll, as any unknown name's would
    // ("__proto__" is no word to the tokenizer, so it names no speaker: it only must not throw).
    if (word === '__proto__') return;
    expect(got[0]).toMatchObject({ sourceId: null, suggestedSource: { name: Word } });
    expect(got[0].facets).toEqual([expect.objectContaining({ attribute: 'fatalities', value: '12' })]);
    expect(readQuantity(word)).toBeNull();
  });
});
