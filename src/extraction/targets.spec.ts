import { analyse } from './analyse';
import { extractStatements, KnownSource } from './extract';
import { targets } from './targets';

/** Targets and attacked places, each on a sentence written for this test (none from the corpus). */
const SOURCES: KnownSource[] = [
  { id: 'army', name: 'Ruritanian army', aliases: ['army'], kind: 'military' },
  { id: 'front', name: 'Liberation Front', aliases: ['the Front'], kind: 'armed_group' },
];

const read = (text: string) => {
  const { tokens } = analyse(text);
  return targets(tokens, 0, tokens.length - 1).map((t) => (t.only ? `only ${t.value}` : t.value));
};

const facetsOf = (text: string) => {
  const candidates = extractStatements(text, SOURCES);
  expect(candidates.length).toBeGreaterThan(0);
  return candidates.flatMap((c) => c.facets);
};

describe('targets', () => {
  it.each([
    ['the rebels targeted the fuel depot and the radio station', ['fuel depot', 'radio station']],
    ['the raid had targeted only the rebel headquarters', ['only rebel headquarters']],
    ['the drones were aimed solely at an ammunition depot', ['only ammunition depot']],
    ['the bombers had gone after a convoy of fuel trucks', ['convoy']],
    ['the assault on the Kalama and Tessit garrisons lasted four hours', ['kalama garrison', 'tessit garrison']],
    ['the night raid by government troops on a crowded cattle market', ['cattle market']],
    ['the shelling of the eastern suburbs went on all night', ['suburbs']],
    ['mortar rounds landed on the Bakara bus station', ['bakara station']],
    ['the target was a gathering of militia commanders', ['only commanders']],
    ['the old cinema was the target', ['cinema']],
    ['a wedding party had been bombed', ['wedding party']],
    ['the strike hit only the grounds of the Ostra cement plant', ['only ostra plant']],
    ['the jets struck the military airport and a crowded bus station', ['military airport', 'bus station']],
    ['warplanes had pounded the Kessa power station and a nearby fuel depot', ['kessa station', 'fuel depot']],
    ['the targets were a fuel depot and a radar station', ['only fuel depot', 'only radar station']],
    ['they had struck "legitimate military targets" in the valley', ['military targets']],
  ])('reads %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['the army had not targeted the clinic'],
    ['the jets attacked Kessa overnight'],
    ['fighters attacked civilians in the market'],
    ['the strike came on Monday morning'],
    ['the attack on them was cowardly'],
  ])('reads no target in %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('gives a single place only when said to be aimed at, a list or the only one', () => {
    expect(facetsOf('The army said its jets had targeted a weapons store.')).toContainEqual(
      expect.objectContaining({ attribute: 'targets', value: ['weapons store'], polarity: 'asserted' }),
    );
    expect(facetsOf('The Front said the raid on the clinic killed nine people.').filter((f) => f.attribute === 'targets')).toEqual([]);
    expect(facetsOf('The Front said the raid on the clinic and the bakery killed nine people.')).toContainEqual(
      expect.objectContaining({ attribute: 'targets', value: ['clinic', 'bakery'] }),
    );
    expect(facetsOf('The army said the jets had struck only a rebel arms depot.')).toContainEqual(
      expect.objectContaining({ attribute: 'targets', value: ['arms depot'], exclusive: true }),
    );
  });
});

describe('attacked places', () => {
  it('reads a place hit in the passive, asserted or denied', () => {
    expect(facetsOf('The Front said the bakery had been hit twice.')).toContainEqual(
      expect.objectContaining({ attribute: 'attacked', subject: 'bakery', value: true, polarity: 'asserted' }),
    );
    expect(facetsOf('The army said no clinic had been struck.')).toContainEqual(
      expect.objectContaining({ attribute: 'attacked', subject: 'clinic', value: true, polarity: 'denied' }),
    );
  });

  it('reads a gerund of attack on a place', () => {
    expect(facetsOf('The Front said a video showed a drone hitting the stadium.')).toContainEqual(
      expect.objectContaining({ attribute: 'attacked', subject: 'stadium', value: true }),
    );
  });
});

describe('victim status said outright', () => {
  it.each([
    ['The Front said those buried were shepherds and their families, not fighters.', 'civilians'],
    ['The army said the dead were all members of the Liberation Front.', 'combatants'],
    ['The Front said there were no soldiers in the village that night, and that the dead had been killed in their homes.', 'civilians'],
    ['The army said the people killed were rebels, not civilians.', 'combatants'],
  ])('%s', (text, value) => {
    expect(facetsOf(text)).toContainEqual(expect.objectContaining({ attribute: 'victim_status', value, polarity: 'asserted' }));
  });

  it('reads the dead described in apposition, not the wounded', () => {
    expect(facetsOf('The army said the raid had killed about 30 people, all of them rebels of the Front.')).toContainEqual(
      expect.objectContaining({ attribute: 'victim_status', value: 'combatants' }),
    );
    expect(facetsOf('The Front said twelve people, most of them pupils, were injured.').filter((f) => f.attribute === 'victim_status')).toEqual([]);
  });

  it('reads fighters counted as who the victims were (heldout/README.md), and the attackers killed with no count as nothing', () => {
    const status = (text: string) => facetsOf(text).filter((f) => f.attribute === 'victim_status').map((f) => [f.value, f.polarity]);
    expect(status('The army said scores of insurgents were eliminated near the ford.')).toEqual([['combatants', 'asserted']]);
    expect(status('The army said its units had killed the gunmen after a four-hour siege.')).toEqual([]);
    expect(status('The army said 14 of the insurgents were killed as they fled.')).toEqual([['combatants', 'asserted']]);
    expect(status('The army said the dead were 14 militants.')).toEqual([['combatants', 'asserted']]);
    expect(status('The Front said: "We killed dozens of militiamen. None of our units attacked civilians."')).toContainEqual(['combatants', 'asserted']);
  });

  it('reads a few of the other kind among the dead as mixed', () => {
    expect(facetsOf('"The dead were mostly farmers. There were soldiers among them, but only two," the Front said.')).toContainEqual(
      expect.objectContaining({ attribute: 'victim_status', value: 'mixed' }),
    );
    expect(facetsOf('The Front said the toll stood at 35 dead, including 12 children.').filter((f) => f.attribute === 'victim_status')).toEqual([]);
    expect(facetsOf('The Front said the dead were mainly herders, along with a handful of militiamen.')).toContainEqual(
      expect.objectContaining({ attribute: 'victim_status', value: 'mixed' }),
    );
  });

  it('reads a cause the evidence points to', () => {
    expect(facetsOf('The Front said the evidence pointed to an air strike.')).toContainEqual(expect.objectContaining({ attribute: 'cause', value: 'air strike' }));
  });

  it('reads a denial of killing civilians in a gerund', () => {
    expect(facetsOf('The Front denied killing civilians.')).toContainEqual(
      expect.objectContaining({ attribute: 'victim_status', value: 'civilians', polarity: 'denied' }),
    );
  });

  it('does not read a cleft, a question or a toll of none as who the victims were', () => {
    const none = (text: string) => facetsOf(text).filter((f) => f.attribute === 'victim_status');
    expect(none('The army said it was the rebels who fired first.')).toEqual([]);
    expect(none('The Front said it did not know how many of them were soldiers.')).toEqual([]);
  });
});

describe('weapons', () => {
  it('reads what attackers were armed with, and a longer weapon over a cause in its first words', () => {
    expect(facetsOf('The army said gunmen armed with hunting rifles had killed six farmers.')).toContainEqual(expect.objectContaining({ attribute: 'weapon', value: 'hunting rifles' }));
    expect(facetsOf('The Front said the soldiers had fired rocket launchers at the houses.')).toContainEqual(expect.objectContaining({ attribute: 'weapon', value: 'rocket launcher' }));
  });
});
