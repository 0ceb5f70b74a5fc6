import { extractStatements, KnownSource } from './extract';

/** Whether a disputed happening took place (`occurred`), as probes of our own wording. */
const DESK: KnownSource[] = [
  { id: 'army', name: 'Cameroonian army', aliases: ['the army'], kind: 'military', side: 'Cameroon' },
  { id: 'adf', name: 'Ambazonia Defence Forces', aliases: ['ADF', 'the separatists'], kind: 'armed_group', side: 'Ambazonia' },
  { id: 'hrw', name: 'Human Rights Watch', aliases: ['HRW'], kind: 'ngo' },
];

const occurred = (text: string) =>
  extractStatements(text, DESK, null).flatMap((c) => c.facets.filter((f) => f.attribute === 'occurred').map((f) => `${c.sourceId}: ${f.subject}${f.polarity === 'denied' ? ' denied' : ''}`));

describe('an exchange of fire', () => {
  it('is asserted by words that name one', () => {
    expect(occurred('The army said its patrol had come under "intense fire" from the separatists.')).toEqual(['army: exchange of fire']);
    expect(occurred('The army said the separatists had fired first.')).toEqual(['army: exchange of fire']);
    expect(occurred('The army said seven fighters were killed in the exchange of fire.')).toEqual(['army: exchange of fire']);
  });

  it('is denied by "no fighting", "no exchange of fire", "not caught in crossfire"', () => {
    expect(occurred('HRW said there was no fighting in the village that morning.')).toEqual(['hrw: exchange of fire denied']);
    expect(occurred('HRW said it found no evidence of an exchange of fire.')).toEqual(['hrw: exchange of fire denied']);
    expect(occurred('HRW said the victims were not caught in crossfire.')).toEqual(['hrw: exchange of fire denied']);
  });

  it('leaves fighting that went on, and shooting that was no exchange, to other facets', () => {
    expect(occurred('The army said fighting continued in the town.')).toEqual([]);
    expect(occurred('HRW said the soldiers left without shooting.')).toEqual([]);
    expect(occurred('HRW said the village came under heavy artillery fire.')).toEqual([]);
    expect(occurred('HRW said there was no fighting going on in the town now.')).toEqual([]);
  });
});

describe('other happenings', () => {
  it('reads a warning given or not, but not warning shots', () => {
    expect(occurred('HRW said the villagers received no warning before the soldiers arrived.')).toEqual(['hrw: warning denied']);
    expect(occurred('The army said the soldiers fired warning shots into the air.')).toEqual([]);
  });

  it('reads prior notice only beside a word of telling', () => {
    expect(occurred('The army said it had informed the authorities in advance.')).toEqual(['army: prior notice']);
    expect(occurred('The army said the separatists had planned the attack well in advance.')).toEqual([]);
  });

  it('reads a ransom only when paid or not', () => {
    expect(occurred('The army said no ransom was paid for the release of the pupils.')).toEqual(['army: ransom payment denied']);
    expect(occurred('HRW said the kidnappers had demanded a ransom.')).toEqual([]);
  });

  it('reads a sinking, and a vessel afloat as its denial', () => {
    expect(occurred('The separatists said the ship had sunk.')).toEqual(['adf: sinking']);
    expect(occurred('The army said the vessel remained afloat.')).toEqual(['army: sinking denied']);
  });

  it('reads a failure of intelligence denied, and not one supposed', () => {
    expect(occurred('The army said it was not an intelligence failure.')).toEqual(['army: intelligence failure denied']);
    expect(occurred('The army said that if there had been an intelligence failure, the operation would not have taken place.')).toEqual([]);
  });
});

describe('a denial by the verb', () => {
  it('denies the fighting the statement says took place', () => {
    expect(occurred('The separatists denied that any fighting took place in the village.')).toEqual(['adf: exchange of fire denied']);
  });
});
