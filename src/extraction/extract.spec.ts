import fc from 'fast-check';
import { BAMAKO_SOURCES, BAMAKO_WIRE_TEXT } from '../demo/bamako-case';
import { Candidate, extractStatements, KnownSource } from './extract';

const SOURCES: KnownSource[] = [
  { id: 'jnim', name: "Jama'at Nusrat al-Islam wal-Muslimin", aliases: ['JNIM', 'GSIM'] },
  { id: 'army', name: 'Malian army', aliases: ['the army', 'armed forces'] },
  { id: 'afp', name: 'Agence France-Presse', aliases: ['AFP'] },
  { id: 'reuters', name: 'Reuters', aliases: [] },
  { id: 'ministry', name: 'Ministry of Defence', aliases: ['defence ministry', 'minister of defence'] },
  { id: 'mayor', name: 'Mayor of Gao', aliases: [] },
  { id: 'un', name: 'United Nations', aliases: ['UN', 'MINUSMA'] },
  { id: 'hospital', name: 'Gao regional hospital', aliases: ['hospital'] },
];

/** Wire copy written for this test; each statement annotated by hand with its speaker and words it contains. */
const TEXTS: Array<{ text: string; statements: Array<[string, string]> }> = [
  {
    text: `Militants attack army post near Gao

GAO, March 3 - Gunmen attacked an army post outside the northern town of Gao overnight, killing at least 12 soldiers, the army said on Tuesday.

"Our forces repelled the assault and the situation is under control," the army said in a statement. It added that 20 attackers had been killed.

JNIM claimed the attack on its communication channels and said its fighters had destroyed several armoured vehicles.

A doctor at the Gao regional hospital told Reuters that 31 wounded soldiers had been admitted since dawn.

According to the mayor of Gao, residents fled the area around the post. "People are terrified," he said.

The defence ministry denied that any civilians were killed in the fighting.

Heavy gunfire could still be heard at midday, a Reuters correspondent reported.`,
    statements: [
      ['army', 'killing at least 12 soldiers'],
      ['army', 'Our forces repelled the assault'],
      ['army', '20 attackers had been killed'],
      ['jnim', 'the attack'],
      ['hospital', '31 wounded soldiers had been admitted'],
      ['mayor', 'residents fled the area'],
      ['mayor', 'People are terrified'],
      ['ministry', 'any civilians were killed'],
      ['reuters', 'Heavy gunfire could still be heard'],
    ],
  },
  {
    text: `UN says convoy hit by roadside bomb

BAMAKO, June 9 - A United Nations convoy struck a roadside bomb in central Mali on Sunday, wounding four peacekeepers, the UN said.

"This cowardly attack will not deter us," MINUSMA said in a statement posted online.

A spokesman for the armed forces said troops had been sent to secure the road. He said no soldiers were hurt.

Residents said they heard two explosions shortly after 9 a.m., according to AFP.

JNIM, in a message on its channels, said: "We struck the crusaders' convoy and killed several of them."

The United Nations denied that any peacekeepers had been killed.

"We have treated four patients, none in critical condition," the hospital said.

State television showed images of a burnt-out armoured vehicle.`,
    statements: [
      ['un', 'convoy hit by roadside bomb'],
      ['un', 'wounding four peacekeepers'],
      ['un', 'This cowardly attack will not deter us'],
      ['army', 'troops had been sent to secure the road'],
      ['army', 'no soldiers were hurt'],
      // Nested attribution: the residents speak; AFP conveys (before, AFP was taken as the speaker).
      ['Residents', 'they heard two explosions'],
      ['jnim', 'We struck the crusaders'],
      ['un', 'any peacekeepers had been killed'],
      ['hospital', 'We have treated four patients'],
      // "State television showed images of ..." reports no statement (the corpus annotates it so: showing is not saying).
    ],
  },
  {
    text: `Curfew declared after clashes in market town

MOPTI, Sept 21 - Authorities declared a curfew in the market town of Mopti on Friday after clashes left dozens dead, the defence ministry said.

"The curfew will remain in force until calm returns," the minister of defence told state radio.

The army said it had arrested about 40 suspects. "The situation is calm," a military officer said.

Witnesses told AFP that the fighting lasted several hours. "I saw bodies in the street," one witness said.

Reuters could not independently confirm the toll.

A local official said 15 civilians were killed, according to Reuters.

JNIM denied any involvement in the clashes, GSIM said in a statement.

The UN called for restraint, a UN spokesperson said.`,
    statements: [
      ['ministry', 'clashes left dozens dead'],
      ['ministry', 'The curfew will remain in force'],
      ['army', 'arrested about 40 suspects'],
      ['Military officer', 'The situation is calm'],
      ['Witnesses', 'the fighting lasted several hours'],
      // A desk names the person, not how many spoke: "One witness" is the new source "Witness".
      ['Witness', 'I saw bodies in the street'],
      ['Local official', '15 civilians were killed'],
      ['jnim', 'JNIM denied any involvement'],
      ['un', 'The UN called for restraint'],
    ],
  },
];

/** A candidate is right when its statement holds the annotated words and its speaker is the annotated one. */
function matches(candidate: Candidate, [speaker, words]: [string, string]): boolean {
  const who = candidate.sourceId ?? candidate.suggestedSource?.name.toLowerCase() ?? '';
  return candidate.statement.includes(words) && (who === speaker || who === speaker.toLowerCase());
}

describe('extractStatements', () => {
  it('finds at least 90% of the annotated statements with the right speaker, and no more than 10% wrong candidates', () => {
    let statements = 0;
    let found = 0;
    let candidates = 0;
    let wrong = 0;
    const misses: string[] = [];
    for (const { text, statements: annotated } of TEXTS) {
      const got = extractStatements(text, SOURCES);
      statements += annotated.length;
      candidates += got.length;
      for (const a of annotated) {
        if (got.some((c) => matches(c, a))) found += 1;
        else misses.push(`missed ${a[0]}: ${a[1]}`);
      }
      for (const c of got) {
        if (!annotated.some((a) => matches(c, a))) {
          wrong += 1;
          misses.push(`wrong ${c.sourceId ?? c.suggestedSource?.name}: ${c.statement}`);
        }
      }
    }
    const recall = found / statements;
    const wrongShare = wrong / candidates;
    process.stdout.write(`extraction: ${found}/${statements} statements found (${(recall * 100).toFixed(0)}%), ${wrong}/${candidates} candidates wrong (${(wrongShare * 100).toFixed(0)}%)\n${misses.join('\n')}\n`);
    expect(statements).toBeGreaterThanOrEqual(25);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(wrongShare).toBeLessThanOrEqual(0.1);
  });

  it('finds the demo statements, each resolved to the demo sources', () => {
    const sources = Object.entries(BAMAKO_SOURCES).map(([id, s]) => ({ id, name: s.name, aliases: s.aliases ?? [] }));
    const got = extractStatements(BAMAKO_WIRE_TEXT, sources);
    const by = (id: string) => got.filter((c) => c.sourceId === id).map((c) => c.statement);
    expect(by('jnim')).toEqual([expect.stringMatching(/^A special operation \(targeted\) the military airport/)]);
    expect(by('armyChief')).toEqual(expect.arrayContaining(['The situation is under control', 'The terrorists have been neutralized. The sweep continues', 'somewhat complex infiltration attempts']));
    expect(by('afp')).toEqual([expect.stringMatching(/^Heavy gunfire was heard near the airport/)]);
    expect(by('intelligence')).toEqual([expect.stringMatching(/attackers had used rocket launchers/)]);
    expect(by('stateTv')).toEqual([expect.stringMatching(/images of about 20 prisoners/)]);
    const tv = got.find((c) => c.sourceId === 'stateTv')!;
    expect(tv.facets).toEqual([{ attribute: 'captured', value: 'about 20', polarity: 'asserted' }]);
    const jnim = got.find((c) => c.sourceId === 'jnim')!;
    expect(jnim.form).toBe('direct_quote');
    expect(jnim.facets).toContainEqual({ attribute: 'destroyed', subject: 'military aircraft', value: 'several', polarity: 'asserted' });
  });

  it('anchors every candidate exactly: the text between its offsets is its quote', () => {
    const texts = [...TEXTS.map((t) => t.text), BAMAKO_WIRE_TEXT];
    fc.assert(fc.property(fc.constantFrom(...texts), fc.string({ maxLength: 40 }), (text, before) => {
      const shifted = `${before.replace(/[“”"]/g, '')}\n\n${text}`;
      for (const c of extractStatements(shifted, SOURCES)) {
        expect(shifted.slice(c.quote.start!, c.quote.end!)).toBe(c.quote.exact);
        expect(shifted.slice(c.quote.start! - c.quote.prefix!.length, c.quote.start!)).toBe(c.quote.prefix);
      }
    }), { numRuns: 100 });
  });

  it('reads denials and numbers into facets', () => {
    const [denial] = extractStatements('The ministry denied that 20 soldiers were killed.', [{ id: 'm', name: 'Ministry', aliases: ['the ministry'] }]);
    // Soldiers killed are combatants: the count now says whose deaths it counts, and which armed group.
    expect(denial.facets).toEqual([{ attribute: 'combatant_fatalities', subject: 'soldiers', value: '20', polarity: 'denied' }]);
  });
});
