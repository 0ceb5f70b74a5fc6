import { extractStatements, KnownSource } from './extract';

/** Errors of form: words that can never be a source, and pronouns that point back to what cannot speak (our own sentences). */
const SOURCES: KnownSource[] = [
  { id: 'chad', name: 'Chadian government', aliases: ['Chad'], kind: 'government' },
  { id: 'chad-army', name: 'Chadian army', aliases: [], kind: 'military' },
  { id: 'front', name: 'Desert Front', aliases: ['Front'], kind: 'armed_group' },
  { id: 'watch', name: 'Sahel Watch', aliases: [], kind: 'ngo' },
];
const who = (text: string, sources = SOURCES) => extractStatements(text, sources).map((c) => c.sourceId ?? `new:${c.suggestedSource?.name}`);

describe('speaker forms: pronouns', () => {
  it.each([
    // "he" and "she" are one person: never a group or a body that spoke with no person's voice.
    ['Firefighters said the fire was out by noon. "We found nobody inside," he said.', ['new:Firefighters']],
    ['The Desert Front said it had left the town. She said the roads were mined.', ['front']],
    // A function pointing back to a body is a person speaking for it: "he" then points back to that body.
    ['Sahel Watch said 30 homes burned. Its researcher said the toll would rise. "Many are missing," he said.', ['watch', 'watch', 'watch']],
    // A function after a possessor names one person.
    ["Chad's interior minister said the prison was calm. \"Nobody escaped,\" he wrote. Nine guards were hurt, he added.", ['chad', 'chad', 'chad']],
    // "One of them" is one person of the group: "he" points back to them, not to an earlier person.
    ['Colonel Amadou Sani said the road was open. Two drivers told us the bridge was down. One of them said it fell at night. "It was loud," he said.', ['new:Amadou Sani', 'new:Drivers', 'new:Drivers', 'new:Drivers']],
    // A spokesman of a body pointed back to, named beside: the body speaks, and "he" is its voice.
    ['The Chadian army deployed. The army\'s spokesman, Lieutenant Colonel of Infantry Ali Musa Wardi, said teams were sent. He said nobody died.', ['chad-army', 'chad-army']],
    // A spokesman for a body is one person speaking for it: "he" is the body's voice.
    ['A spokesman for the Chadian army said the road was secured. He said no soldiers were hurt.', ['chad-army', 'chad-army']],
    // "they" may still point back to a group.
    ['Firefighters said the fire was out by noon. They said nobody was inside.', ['new:Firefighters', 'new:Firefighters']],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });

  it('never reads a state body\'s word as a person who is a party of their own', () => {
    const sources = [{ id: 'musa', name: 'Ali Musa', aliases: ['General Ali Musa'], kind: 'military' }];
    expect(who('General Ali Musa said the town was calm. Since the coup, the junta says it has won the war.', sources)).toEqual(['musa']);
  });
});

describe('speaker forms: words that name no one', () => {
  it.each([
    // An adjunct after the auxiliary is no subject: the subject before it speaks.
    ['The Chadian government has in the past rejected such reports and said its planes hit only rebel bases.', ['chad', 'chad']],
    ['Chad has on several occasions said it may pursue rebels across the border.', ['chad']],
    // A determiner or a quantifier alone names no one.
    ['Ali Idriss said the bridge was down, adding that some drivers had said the same thing.', ['new:Ali Idriss', 'new:Ali Idriss']],
    ['Both said the bridge was down.', []],
    // "others", "one of them": part of the group that spoke just before; with an apposition, the person it describes.
    ['Three drivers said the bridge was down, while others said it was only closed.', ['new:Drivers', 'new:Drivers']],
    ['Market traders said the fire began at dawn. "It spread in minutes," one of them, a baker who lost his stall, told us.', ['new:Market traders', 'new:Baker']],
    ['Market traders said the fire began at dawn. "It spread in minutes," said one of them.', ['new:Market traders', 'new:Market traders']],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('speaker forms: two speakers at once', () => {
  it.each([
    // "X and Y both said": the statement is each one's.
    ['The Chadian army and Sahel Watch both said the convoy had been hit.', ['chad-army', 'watch']],
    ['The Sahel Farmers Union and the Lake Chad Fishers Guild both condemned the killings.', ['new:Sahel Farmers Union', 'new:Lake Chad Fishers Guild']],
    // Without "both", two parts that each open with an article.
    ['The Chadian army and a local official said the road had reopened.', ['chad-army', 'new:Local official']],
    // Parts with no article of their own are not split: the known one named first speaks.
    ['Army and police officials said the road had reopened.', ['chad-army']],
    // Members of a body in the plural speak for it.
    ['The Desert Front held a rally. Members of the group said 12 people died.', ['front']],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('speaker forms: a bare title points back to the person introduced in that function', () => {
  it.each([
    // A new person introduced in a function, with a unit between: "the Director" and "he" are that person.
    ['The briefing was given by the Director, Border Liaison Office, Brigadier Hassan Goni.\n\nThe Director said the convoy had crossed. He said no shots were fired.', ['new:Hassan Goni', 'new:Hassan Goni']],
    ['The talks were led by the Coordinator of Relief, Amina Bello, on Monday. The Coordinator said 40 trucks had arrived.', ['new:Amina Bello']],
    // A named unit of the army is the desk's one military's; the bare title then points back to it.
    ['The briefing was given by the Director, Army Media Operations, Brigadier Hassan Goni.\n\nThe Director said the convoy had crossed.', ['chad-army']],
    // A title with a capital is still a bare title.
    ['Colonel Idriss Ahmat said the road was open. The Colonel said the rebels had fled.', ['new:Idriss Ahmat', 'new:Idriss Ahmat']],
    // A name the function is not beside is not introduced in it.
    ['The rebels freed Ali Wardi, Interior Minister Hawa Idriss said. Wardi said he was well.', ['chad', 'new:Wardi']],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('speaker forms: a relayed claim is the cited source\'s', () => {
  it.each([
    // The medium only carries the claim: the cited source speaks, with the country the medium was named by.
    ['Chadian media, citing security sources, reported that the camp had been destroyed.', ['new:Chadian security sources']],
    ['State television, citing the Chadian army, said 40 rebels were killed.', ['chad-army']],
    // A medium with nothing cited speaks itself.
    ['Chadian media reported that the camp had been destroyed.', ['new:Chadian media']],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('speaker forms: where the subject stands', () => {
  it.each([
    // A name set beside the subject's function closes the subject: the words after "said" are the statement.
    // The minister is the desk's one government's, as "Roads Minister Ali Wardi Musa" is.
    ['Speaking in parliament, the Minister for Roads, Ali Wardi Musa, said the bandits, "about 300 of them", had burned the depot.', ['chad']],
    // A participle's aside after the subject closes it too.
    ['A spokesman for the Desert Front, speaking by phone, said the camp had been emptied.', ['front']],
    // Words right after a preposition are its object: the statement there is no speaker.
    ['The Desert Front, in a note posted online on Monday, said 40 soldiers had died.', ['front']],
    ['Sahel Watch said 9 people died. A video, in a post shared widely, showed the ruins.', ['watch']],
    // A named place after a named body belongs to it, as a desk names it.
    ['The Red Crescent in Abeche said its teams had treated 18 people.', ['new:Abeche Red Crescent']],
    // A count of the dead is what is said, never who says it.
    ['3. The interior minister maintains a toll of 129 dead.', ['chad']],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });

  it('names a part of a group as the group', () => {
    const found = extractStatements('Every one of a dozen drivers said the jet came at noon. Some of the drivers said it was a drone.', SOURCES);
    expect(found.map((c) => c.suggestedSource?.name)).toEqual(['Drivers', 'Drivers']);
  });
});

describe('speaker forms: asides and remarks', () => {
  it.each([
    // "its" after a new body that spoke last is that body's, not a known one named before it.
    ['The Chadian army said it had struck the camp. The Kanem Relief Office said it had sent a team. Its spokeswoman, Amina Issa, said the strike killed farmers.',
      ['chad-army', 'new:Kanem Relief Office', 'new:Amina Issa']],
    // The noun before a short relative clause is the subject; the name beside it speaks.
    ['A resident who survived, Adam Issa, said the gunmen came at night.', ['new:Adam Issa']],
    // A new body named with its article and a description beside it is named without the article.
    ['The Kanem Relief Office, a local aid group, said it had sent a team.', ['new:Kanem Relief Office']],
    // "its" skips witnesses and sources in the plural: the known body before them is meant.
    ['The Chadian army said it had repelled the attack. Witnesses said the gunmen fled. Its spokesman, Colonel Idriss Deby, said 14 soldiers died.',
      ['chad-army', 'new:Witnesses', 'chad-army']],
    // "a claim X rejected" remarks on the statement before; the first speaker keeps it.
    ['The Chadian army said the strike hit a rebel gathering, a claim Sahel Watch rejected.', ['chad-army']],
  ])('%s', (text, speakers) => {
    expect(who(text)).toEqual(speakers);
  });
});

describe('speaker forms: a known name among descriptive words', () => {
  const FNL: KnownSource[] = [{ id: 'fnl', name: 'FNL', aliases: ['National Liberation Forces'], kind: 'armed_group' }];
  it.each([
    // No new source is suggested under a known source's own name, and a discourse word between commas is no apposition.
    ['The Hutu rebel FNL said 40 soldiers died.', ['fnl']],
    ['The hardline Hutu rebel FNL, however, claimed the attack alone.', ['fnl']],
  ])('%s', (text, speakers) => {
    expect(who(text, FNL)).toEqual(speakers);
  });
});
