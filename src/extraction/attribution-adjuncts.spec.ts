import { extractStatements, KnownSource } from './extract';

/** Where a statement is when the speaker's verb is followed by the statement it spoke in (probes of our own wording). */
const SOURCES: KnownSource[] = [{ id: 'army', name: 'Nigerien army', aliases: ['the army'], kind: 'military' }];

describe('the statement a speaker spoke in is no part of what was said', () => {
  it.each([
    // A lead after a dateline: what was said stands before the speaker, the participle describes the statement.
    ['NIAMEY, March 4 (Wire) - Gunmen attacked an army post on Monday, killing 14 soldiers, the Nigerien army said in a statement read on state television.',
      'Gunmen attacked an army post on Monday, killing 14 soldiers'],
    ['Fourteen soldiers died, the army said in a video posted on its page.', 'Fourteen soldiers died'],
    ['Fourteen soldiers died, the army said in a communique issued late on Monday.', 'Fourteen soldiers died'],
    // "in a televised address that": the adjective and the noun of the statement, whatever the tagger reads, come before "that".
    ['The army spokesman said in a televised address that 14 soldiers died.', '14 soldiers died'],
    // "that" after the described statement opens what was said.
    ['The army said in a statement read on state television that 14 soldiers died.', '14 soldiers died'],
    // A clause after the verb is what was said, as before.
    ['Gunmen attacked the post, the army said, adding that 14 soldiers died.', 'Gunmen attacked the post'],
    // A scene set before the speaker (a place, a day, a participle's aside) is not what was said: the clause after the verb is.
    ['In a statement, the army said 14 soldiers died.', '14 soldiers died'],
    ['On Tuesday, the army said 14 soldiers died.', '14 soldiers died'],
    ['Speaking to reporters in Niamey, the army said 14 soldiers died.', '14 soldiers died'],
    ['In a video posted by state television, the army said 14 soldiers died.', '14 soldiers died'],
    // A clause before the speaker stays what was said, a day after the verb or not.
    ['Gunmen attacked the post, the army said on Tuesday.', 'Gunmen attacked the post'],
    // A noun's relative clause after the speaker remarks on the figure before it: it is not what was said.
    ['The ambush killed 14 soldiers, the army said, a figure that could not be independently verified.', 'The ambush killed 14 soldiers'],
    // A statement's relative clause ("in a statement that did not give details") is not what was said.
    ['At least 14 soldiers were killed, the army said in a statement that did not give details.', 'At least 14 soldiers were killed'],
    // A statement noun before "that" after an aside still opens what was said.
    ['The army said, however, in a statement that 14 soldiers died.', '14 soldiers died'],
    // A participle after a determiner but before no noun is a verb: the search for "that" stops there.
    ['The army said those killed in the attack that targeted the convoy were soldiers.', 'those killed in the attack that targeted the convoy were soldiers'],
    // A remark with more said after it stays in the statement.
    ['The army said it killed 30 gunmen, a figure others disputed, and lost four soldiers.', 'it killed 30 gunmen, a figure others disputed, and lost four soldiers'],
  ])('%s', (text, statement) => {
    const [first] = extractStatements(text, SOURCES, null);
    expect(first).toMatchObject({ sourceId: 'army', statement });
  });
});

describe('witnesses named in the middle of a sentence', () => {
  it('keep their facets as they do at its start ("residents, who said", as "Residents said")', () => {
    for (const text of ['The account was contradicted by residents, who said 30 civilians had died.', 'Residents said 30 civilians had died.']) {
      const said = extractStatements(text, SOURCES, null).find((c) => c.statement === '30 civilians had died');
      expect(said?.facets).toEqual([{ attribute: 'civilian_fatalities', value: '30', polarity: 'asserted' }]);
    }
  });
});

describe('words relayed by another', () => {
  it.each([
    // The one quoted speaks, whoever relays the words (a relayed claim is the original speaker's).
    ['The army was quoted as saying that 14 soldiers died.', '14 soldiers died'],
    ['State media quoted the army as saying 14 soldiers died.', '14 soldiers died'],
    ['The army was cited by state media as saying 14 soldiers died.', '14 soldiers died'],
    ['The army is reported to have said that 14 soldiers died.', '14 soldiers died'],
    // A statement's maker named after its participle speaks.
    ['A statement issued by the army said 14 soldiers died.', '14 soldiers died'],
    ['“We lost 14 men,” the army was quoted as saying.', 'We lost 14 men'],
    ['Fourteen soldiers died in the attack, state media quoted the army as saying.', 'Fourteen soldiers died in the attack'],
    // A clause's own speaker before the relay keeps the statement ("rejected a report in which X was quoted").
    ['The army rejected a report in which a rebel commander was quoted as saying 30 soldiers died.', 'a report in which a rebel commander was quoted as saying 30 soldiers died'],
    // Verbs that report only before "that": "countered", "underlined", "clarified".
    ['The army countered that 14 soldiers died.', '14 soldiers died'],
    ['The army clarified that 14 soldiers died.', '14 soldiers died'],
  ])('%s', (text, statement) => {
    const [first] = extractStatements(text, SOURCES, null);
    expect(first).toMatchObject({ sourceId: 'army', statement });
  });
  it('reads no statement where the verb has none', () => {
    expect(extractStatements('The army countered the attack at dawn.', SOURCES, null)).toEqual([]);
    // A reporting verb alone, or after an adverb only, is no statement (and no crash).
    for (const text of ['said', 'Later claimed', 'Reportedly denied']) expect(extractStatements(text, SOURCES, null)).toEqual([]);
  });
});

describe('a verb after a comma that takes an object', () => {
  it('inverts after a clause with a verb of its own ("We carried out the attack, claimed the army")', () => {
    expect(extractStatements('We carried out the attack, claimed the army.', SOURCES, null)[0]).toMatchObject({ sourceId: 'army', statement: 'We carried out the attack' });
  });
  it('is no inverted attribution: "JNIM, an al Qaeda affiliate, claimed the attack" is JNIM\'s claim', () => {
    const sources: KnownSource[] = [...SOURCES, { id: 'jnim', name: 'JNIM', aliases: [], kind: 'armed_group' }];
    const [claim] = extractStatements('JNIM, an al Qaeda affiliate, claimed the attack in a statement.', sources, null);
    expect(claim).toMatchObject({ sourceId: 'jnim', facets: [{ attribute: 'perpetrator', value: 'JNIM', polarity: 'asserted' }] });
  });
});

describe('a quotation split by its speaker', () => {
  it('is two statements, the second read as the first is', () => {
    const got = extractStatements('"Several gunmen were killed," the army said, "and the situation is now calm."', SOURCES, null);
    expect(got.map((c) => [c.sourceId, c.statement])).toEqual([['army', 'Several gunmen were killed'], ['army', 'and the situation is now calm']]);
    expect(got[1].facets).toEqual([{ attribute: 'situation', value: 'calm', polarity: 'asserted' }]);
  });
  it('is no second statement when another speaker answers after it', () => {
    const got = extractStatements('"Several gunmen were killed," the army said, "is a lie," a rebel spokesman replied.', SOURCES, null);
    expect(got.filter((c) => c.sourceId === 'army').map((c) => c.statement)).toEqual(['Several gunmen were killed']);
  });
});
