import { extractStatements, KnownSource } from './extract';

/** Errors of form: words that can never be a source, and pronouns that point back to what cannot speak (our own sentences). */
const SOURCES: KnownSource[] = [
  { id: 'chad', name: 'Chadian government', aliases: ['Chad'], kind: 'government' },
  { id: 'chad-army', name: 'Chadian army', aliases: [], kind: 'military' },
  { id: 'front', name: 'Desert Front', aliases: ['Front'], kind: 'armed_group' },
  { id: 'watch', name: 'Sahel Watch', aliases: [], kind: 'ngo' },
];
const who = (text: string) => extractStatements(text, SOURCES).map((c) => c.sourceId ?? `new:${c.suggestedSource?.name}`);

describe('speaker forms: pronouns', () => {
  it.each([
    // "he" and "she" are one person: never a group or a body that spoke with no person's voice.
    ['Firefighters said the fire was out by noon. "We found nobody inside," he said.', ['new:Firefighters']],
    ['The Desert Front said it had left the town. She said the roads were mined.', ['front']],
    // A function pointing back to a body is a person speaking for it: "he" then points back to that body.
    ['Sahel Watch said 30 homes burned. Its researcher said the toll would rise. "Many are missing," he said.', ['watch', 'watch', 'watch']],
    // A function after a possessor names one person.
    ["Chad's interior minister said the prison was calm. \"Nobody escaped,\" he wrote. Nine guards were hurt, he added.", ['chad', 'chad', 'chad']],
    // "they" may still point back to a group.
    ['Firefighters said the fire was out by noon. They said nobody was inside.', ['new:Firefighters', 'new:Firefighters']],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});
