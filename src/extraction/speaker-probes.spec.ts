import { extractStatements, KnownSource } from './extract';

/** Speaker rules that hold in any wire copy, each probed with sentences of our own (no corpus text). */
const SOURCES: KnownSource[] = [
  { id: 'chad', name: 'Chadian government', aliases: ['Chad', 'Chadian foreign ministry'], kind: 'government' },
  { id: 'chad-army', name: 'Chadian army', aliases: [], kind: 'military' },
  { id: 'front', name: 'Desert Front', aliases: ['Front'], kind: 'armed_group' },
  { id: 'musa', name: 'Ali Musa', aliases: [], kind: 'armed_group' },
  { id: 'health', name: 'Chadian health ministry', aliases: [], kind: 'government' },
  { id: 'watch', name: 'Sahel Watch', aliases: [], kind: 'ngo' },
  { id: 'sahwa', name: 'al-Sahwaa', aliases: [], kind: 'armed_group' },
];
const who = (text: string, sources = SOURCES) => extractStatements(text, sources).map((c) => c.sourceId ?? `new:${c.suggestedSource?.name}`);

describe('speaker rules', () => {
  it.each([
    // Another country's body is not a known body of the same kind named after one country.
    ["Sudan's foreign ministry said the border crossing had been closed.", ['new:Sudanese foreign ministry']],
    ["Chad's foreign ministry said the border crossing had been closed.", ['chad']],
    // A possessor and a body before the function: the body, not the possessor's government.
    ["Chad's army spokesman, Colonel Amadou Sani, said the convoy had been ambushed.", ['chad-army']],
    // "Secretary" before a name holds a portfolio as "Minister" does; a secretary-general does not.
    ['Interior Secretary Hawa Idriss said the curfew would be lifted.', ['chad']],
    // "The president" points back to no governor who spoke before: the desk's national government.
    ['The provincial governor, Ali Baba, said the roads were open. The president said the army would stay.', ['new:Ali Baba', 'chad']],
    // One given name with an age or "a ..." beside it is a person: a later "she" points back to her, not to an official.
    ['Colonel Amadou Sani said the road was safe. "The bus burned in front of me," said Mariam, a nurse who saw the attack. She said nobody came to help.', ['new:Amadou Sani', 'new:Mariam', 'new:Mariam']],
    ['The governor, Ali Baba, said the market was shut. Halima, 52, said her shop had burned. "We lost everything," she said.', ['new:Ali Baba', 'new:Halima', 'new:Halima']],
    // After an inverted verb, a relative clause describes the speaker and ends the attribution.
    ['"The gunmen came at night," said a farmer who fled to the next village.', ['new:Farmer']],
    // Declaring mourning or a curfew is an act, not a statement; "declared that" and '"...," declared X' report.
    ['The government declared two days of national mourning.', []],
    ['The government declared that the border would reopen.', ['chad']],
    ['"The border will reopen," declared Colonel Amadou Sani.', ['new:Amadou Sani']],
    // A subject before a relative clause is who a later "he" points back to, even when its verb reports nothing.
    ['Colonel Amadou Sani said the road was safe. President Idriss Deby, who flew home on Monday, declared a curfew. "We will find them," he said.', ['new:Amadou Sani', 'chad']],
    // Showing images is no statement; "showed that" states what was found.
    ['State television showed footage of burned trucks on the road.', []],
    ['The Chadian government showed that the convoy had left on time.', ['chad']],
    // "speak" takes no that-clause and "on condition that" is the noun's: the statement is the next verb's.
    // An adviser to a party's commander speaks for the party, not as the commander.
    ['An aide to Front commander Ali Musa, speaking on condition that he not be named, said 20 fighters had died.', ['front']],
    ['An adviser to the Front leader, speaking by telephone, said the fighters had withdrawn.', ['front']],
    // A passive's agent inside the clause is no speaker closing it: the subject of "said" speaks.
    ['The Chadian government said the rebel account was contradicted by every survivor it met.', ['chad']],
    // "The Ministry of Health" is the desk's health ministry; "the Nairobi-based group" points back as "the group" does.
    ['The Ministry of Health said 40 people were wounded.', ['health']],
    ['Sahel Watch said the village burned. The Nairobi-based group said 30 houses were destroyed.', ['watch', 'watch']],
    // A bureau or wing of a known party speaks for it; a hyphenated name one letter off is the desk's.
    ['The Political Bureau of the Desert Front said its fighters had withdrawn.', ['front']],
    ['Al-Sahwa said its fighters had withdrawn.', ['sahwa']],
    // "The hotel's manager" is not the armed group that spoke last.
    ['The Desert Front said it stormed the hotel. Ali Omar, the hotel\'s manager, said the guests had fled.', ['front', 'new:Ali Omar']],
    // A press release's present tense: "X states that", "X deplores that" report as "said that" does.
    ['3. The Chadian government states that the prison was retaken at dawn.', ['chad']],
    ['4. The Chadian government deplores that the convoy was attacked.', ['chad']],
    // A capitalised word the tagger reads as a verb inside a listener's name does not end the search for "that".
    ['The Chadian government told Sahel Watch that the prisoners had been freed.', ['chad']],
    // Raising a toll states it; "raised the toll, saying ..." leaves the statement to "saying".
    ['The Chadian health ministry on Monday raised the death toll from the blast to 41.', ['health']],
    ['The Chadian health ministry raised the toll, saying 41 people had died.', ['health']],
    // A place after "of" is where the speaker lives, not the speaker's name; a body after "from" is the speaker's.
    ['A resident of Abou Deia said the shooting lasted an hour.', ['new:Abou Deia resident']],
    ['A team from Doctors Without Borders said 30 wounded had been treated.', ['new:MSF']],
    // A subject whose verb is negated is one a later "it" may point back to.
    ['The Desert Front said the bridge was mined. The Chadian government has not responded, but it has insisted that rebels fired first.', ['front', 'chad']],
    // "Hours later X ..., saying": the time before the subject is no speaker; a subject followed by "later" keeps its name.
    ['Hours later the Desert Front denied the killings, saying its fighters had left the town.', ['front', 'front']],
    ['Colonel Amadou Sani later raised the toll, saying 30 soldiers had died.', ['new:Amadou Sani']],
    // Defending one's act is a statement; defending a town by arms is narration.
    ['The Desert Front defended the attack as a response to army raids.', ['front']],
    ['Chadian soldiers defended the town for three days.', []],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });

  it('points "the officials" back to the officials who spoke just before, not to a known body named so', () => {
    const sources = [...SOURCES, { id: 'chad-off', name: 'Chadian officials', aliases: [], kind: 'government' }];
    expect(who('Western diplomatic officials said the convoy was seized. The officials said it carried arms.', sources)).toEqual(['new:Western diplomatic officials', 'new:Western diplomatic officials']);
  });
});
