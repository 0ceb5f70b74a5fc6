import { extractStatements, KnownSource } from './extract';

/**
 * A person named in an office of a known party speaks for it (the corpus convention: the most specific known
 * source speaks, the person is the role), probed with sentences of our own (no corpus text).
 */
const SOURCES: KnownSource[] = [
  { id: 'chad', name: 'Chadian government', aliases: ['Chad', "N'Djamena"], kind: 'government' },
  { id: 'niger', name: 'Nigerien government', aliases: ['Niger', 'Niamey'], kind: 'government' },
  { id: 'kanem', name: 'Kanem provincial government', aliases: [], kind: 'government' },
  { id: 'command', name: 'Chadian military', aliases: ['Sahel Command'], kind: 'military' },
  { id: 'front', name: 'Desert Front', aliases: [], kind: 'armed_group' },
  { id: 'dod', name: 'Chadian defence department', aliases: ['Department of Defense'], kind: 'government' },
  { id: 'police', name: 'Chadian police', aliases: [], kind: 'police' },
  { id: 'family', name: 'Haroun family', aliases: ['the family', 'relatives'], kind: 'witness' },
];
const who = (text: string, sources = SOURCES) => extractStatements(text, sources).map((c) => c.sourceId ?? `new:${c.suggestedSource?.name}`);

describe('speakers in an office of a known party', () => {
  it.each([
    // A national title with no country, when the desk knows several countries' governments: the one the narration named last.
    ['Niger closed its border on Monday. Prime Minister Ali Lamine Zeine said the attackers had come from Mali.', ['niger']],
    ['Chad closed its airspace. Prime Minister Saleh Kebzabo said the convoy had been attacked.', ['chad']],
    // A governor is the desk's one regional government, named after its province or not.
    ['Governor Adam Nouky said 40 farmers had been killed.', ['kanem']],
    ['Kanem Governor Adam Nouky said the roads were closed.', ['kanem']],
    // A generational suffix is no surname: "Deby" points back to "Mahamat Deby Jr.".
    ['Chad mourned. President Mahamat Deby Jr. said the attack was cowardly. "We will find them," Deby said.', ['chad', 'chad']],
    // The service before a rank is a title: the spokesman of a known command speaks for it, and his surname points back to it.
    ['"We hit the target," Navy Capt. Idriss Moussa, a spokesman for Sahel Command, said. "We regret any loss of life," Moussa said.', ['command', 'command']],
    // A relative of someone speaks for the desk's family party, and "he" points back to the family.
    ['"They were asleep," Musa Haroun, the driver\'s brother, said. He said the car was empty.', ['family', 'family']],
    ['Idriss Kaka, a cousin of the driver, said the car was empty.', ['family']],
    // "who gave his name only as X": the name given is the new source, and "he" points back to it.
    ['A neighbour, who gave his name only as Brahim, said he heard one blast. "The car burned," he said.', ['new:Brahim', 'new:Brahim']],
    ['Another passenger, who asked to be identified only as Noor, said he had seen 20 bodies.', ['new:Noor']],
    // "according to X, a spokesman for Y" keeps the function beside the name, and the surname points back to Y.
    ['The roads were closed, according to Adam Nouky, a spokesman for the Kanem provincial government. "Nobody may pass," Nouky said.', ['kanem', 'kanem']],
    // A time, an event or an object pronoun where a speaker stands names no one.
    ['The Desert Front said its fighters withdrew, making it hard to verify the accounts of either side.', ['front']],
    ["Security forces have freed the hostages, the military's media wing, SCPR, announced this evening.", []],
    // A function naming a known body ends in the person's name: the body speaks, and the surname points back to it.
    ['The head of the press department of the Desert Front Musa Kadi said the town was taken. "We hold it," Kadi said.', ['front', 'front']],
    // A minister of capitalised portfolios holds a national office; "for his part" is no function.
    ["N'Djamena protested. Foreign and Expatriates Minister Dr. Ahmat Allami said the strike was a crime.", ['chad']],
    ['Chad mourned. President Mahamat Deby, for his part, said the strike was a crime.', ['chad']],
    // Bare "officials" or "the authorities": the desk's national government (named last among several); bare "Police": its one police.
    ['Niger closed its border. Officials said 12 soldiers had been killed.', ['niger']],
    ['Niger closed its border. The authorities said 12 soldiers had been killed.', ['niger']],
    ['Police said the road had reopened.', ['police']],
    // A surname points back to a person a clause opened with, who spoke nowhere before; "Defense Secretary" is the Department of Defense.
    ['Defense Secretary Idriss Hamid visited the wounded. "We will rebuild," Hamid said.', ['dod']],
    ['Kanem Governor Adam Nouky visited the camp on Monday. "We will rebuild," Nouky said.', ['kanem']],
    // A unit's commander is the desk's one military's; a regional police director its one police's; "military officials" the military's.
    ['2nd Infantry Brigade commander Brig. Gen. Ali Tchad said troops had killed two gunmen.', ['command']],
    ['Regional police director Col. Ali Tchad said four people had died.', ['police']],
    ['Military officials said the suspects had fled.', ['command']],
    // A country's arm is no level of the desk's: "a French military spokesman" is a new person.
    ['A French military spokesman, Colonel Jean Roux, said the jets had left.', ['new:Jean Roux']],
    // A bare "spokesman X" right after a known body was named speaks for it.
    ['Niger also rejected the claim. "The claim is baseless," spokesman Amadou Bako said.', ['niger', 'niger']],
    // A parse that ran over a sentence's end keeps the last sentence as the speaker.
    ['A bomb went off during the morning Mass. Regional police director Col. Ali Tchad said four people had died.', ['police']],
    // A surname alone beside "the leader of X" is X's, and "he" points back to X.
    ['In the video, Kaka, the leader of the Desert Front, said his fighters had attacked. "We will return," he said.', ['front', 'front']],
    // "The Institution" in a body's own communiqué is that body.
    ['The Chadian police said 13 officers died. The Institution reports that the aircraft was attacked.', ['police', 'police']],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });

  it('reads "press" before a function as part of it, not as a news agency named "... Press"', () => {
    const sources = [...SOURCES, { id: 'ap', name: 'AP', aliases: ['Associated Press'], kind: 'news_agency' }];
    expect(who('Press secretary John Kirby said the strike was justified.', sources)).toEqual(['new:John Kirby']);
  });
});
