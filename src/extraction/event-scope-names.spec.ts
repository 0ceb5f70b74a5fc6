import { extractStatements, KnownSource } from './extract';

/**
 * Names that say what a body is, not whose ("the presidency", "defence ministry", "the general"), when the desk
 * knows them as aliases of another event's parties: read for one event (`inEvent`), they stand for that event's
 * claimant of the kind, or for none; on a desk that reads for no event they keep their old answer.
 */
const DESK: KnownSource[] = [
  { id: 'rgov', name: 'Ruritanian government', aliases: ['Ruritania'], kind: 'government' },
  { id: 'bgov', name: 'Bordurian government', aliases: ['Borduria', 'presidency'], kind: 'government' },
  { id: 'rmod', name: 'Ruritanian defence ministry', aliases: [], kind: 'government' },
  { id: 'bmod', name: 'Bordurian defence ministry', aliases: ['defence ministry'], kind: 'government' },
  { id: 'bpro', name: "Bordurian prosecutor general's office", aliases: ['prosecutor general'], kind: 'government' },
  { id: 'bdep', name: 'Bordurian State Department', aliases: ['State Department'], kind: 'government' },
  { id: 'front', name: 'Liberation Front', aliases: [], kind: 'armed_group' },
  { id: 'hills', name: 'Hill Brigades', aliases: ['rebels'], kind: 'armed_group' },
];
const inEvent = (...ids: string[]): KnownSource[] => DESK.map((s) => (ids.includes(s.id) ? { ...s, inEvent: true } : s));
const who = (text: string, sources: KnownSource[]) => extractStatements(text, sources).map((c) => c.sourceId ?? `new:${c.suggestedSource?.name}`);

describe('generic names of another event\'s parties', () => {
  it('reads "the presidency" as the event\'s one government, not the other event\'s so aliased', () => {
    expect(who('The presidency said the attackers had fled.', inEvent('rgov', 'front'))).toEqual(['rgov']);
    expect(who('The presidency said the attackers had fled.', DESK)).toEqual(['bgov']);
  });

  it("does not read another country's government as the event's by another event's alias \"government\"", () => {
    const desk = [...inEvent('rgov', 'front'), { id: 'mgov', name: 'Malian junta', aliases: ['government'], kind: 'government' }];
    expect(who('The French government said its troops had left the base.', desk)).toEqual(['new:French government']);
  });

  it('reads a ministry spokesman as the event\'s ministry', () => {
    expect(who('Defence ministry spokesman Colonel Ivo Marek said 12 soldiers had died.', inEvent('rmod', 'front'))).toEqual(['rmod']);
  });

  it('never reads "the general" as a prosecutor general, whose "general" is no noun, and reads it as one aliased so', () => {
    const rpro: KnownSource = { id: 'rpro', name: 'Ruritanian prosecutor general', aliases: [], kind: 'government', inEvent: true };
    expect(who('The general said the town had been retaken.', [...inEvent('rgov', 'front'), rpro])).toEqual([]);
    expect(who('The general said the town had been retaken.', inEvent('rgov', 'front'))).toEqual([]);
    const chief: KnownSource = { id: 'chief', name: 'General Ivo Marek', aliases: ['the general'], kind: 'military', inEvent: true };
    expect(who('The general said the town had been retaken.', [...inEvent('rgov', 'front'), rpro, chief])).toEqual(['chief']);
  });

  it('does not read "Prime Minister X" as a State Department by its word "department"', () => {
    expect(who('Prime Minister Ivo Marek said the attack was cowardly.', inEvent('rgov', 'front'))).toEqual(['rgov']);
  });

  it('reads "the rebels\' leader" as none of another event\'s rebels', () => {
    const got = who("The rebels' political leader, Ivo Marek, said his men held the town.", inEvent('rgov', 'front'));
    expect(got).not.toContain('hills');
  });
});

describe('country and near-name rules, the event first', () => {
  const chad: KnownSource[] = [
    { id: 'old', name: 'Chad government', aliases: [], kind: 'government' },
    { id: 'now', name: 'Chadian government', aliases: [], kind: 'government', inEvent: true },
    { id: 'p1', name: 'Idriss Mahamat', aliases: [], kind: 'government' },
    { id: 'p2', name: 'Idriss Mahamut', aliases: [], kind: 'government', inEvent: true },
  ];

  it("reads a country's officials as the event's government of that country among two the desk knows", () => {
    expect(who('Chadian officials said 12 soldiers had been killed.', chad)).toEqual(['now']);
    expect(who('Chadian officials said 12 soldiers had been killed.', chad.map(({ inEvent: _, ...s }) => s))).toEqual(['new:Chadian officials']);
  });

  it('reads a name one letter from two known persons as the event\'s', () => {
    expect(who('Idriss Mahamet said the border was closed.', chad)).toEqual(['p2']);
  });
});
