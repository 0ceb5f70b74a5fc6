import { extractStatements, KnownSource } from './extract';

/** The known parties the desk offers first for a new speaker (alternatives.ts); probe sentences of our own. */
const SOURCES: KnownSource[] = [
  { id: 'ug', name: 'Ugandan government', aliases: ['Kampala'], kind: 'government' },
  { id: 'so', name: 'Somali government', aliases: ['Mogadishu'], kind: 'government' },
  { id: 'updf', name: "Uganda People's Defence Force", aliases: ['UPDF'], kind: 'military' },
  { id: 'shabaab', name: 'al-Shabaab', aliases: [], kind: 'armed_group' },
];
const offered = (text: string) => extractStatements(text, SOURCES, null).map((c) => [c.sourceId ?? `new:${c.suggestedSource?.name}`, c.alternatives]);

describe('the known parties a new speaker may well be', () => {
  it.each([
    // A named minister of no country the words give: the governments the desk knows.
    ['The State Minister for Defence, Jacob Oboth, told parliament that 54 soldiers died.', [['new:Jacob Oboth', ['ug', 'so']]]],
    // A country's word ties the speaker to its parties first, the force before the government for a military word.
    ['A Ugandan military source said 54 soldiers died.', [['new:Ugandan military source', ['updf', 'ug']]]],
    // Witnesses are nobody's voice: nothing is offered.
    ['Residents said 54 soldiers died.', [['new:Residents', []]]],
    // A known speaker needs no alternative.
    ['Al-Shabaab said it had killed 54 soldiers.', [['shabaab', []]]],
  ])('%s', (text, expected) => {
    expect(offered(text)).toEqual(expected);
  });
  it('offers nothing when the desk knows no source', () => {
    expect(extractStatements('The State Minister for Defence, Jacob Oboth, said 54 soldiers died.', [], null)[0].alternatives).toEqual([]);
  });
});
