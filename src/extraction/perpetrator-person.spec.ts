import { extractStatements, KnownSource } from './extract';

/** A titled person known to the desk is a speaker, never the perpetrator read for a country (sentences written for this spec). */
const SOURCES: KnownSource[] = [
  { id: 'spokesman', name: 'Ruritanian Defence Ministry Colonel Ivan Petrov', aliases: ['Ruritania'], kind: 'military' },
  { id: 'army', name: 'Ruritanian army', aliases: [], kind: 'military' },
  { id: 'monitor', name: 'Border monitors', aliases: ['monitors'], kind: 'ngo' },
];
const perpetrators = (text: string) => extractStatements(text, SOURCES)
  .flatMap((c) => c.facets).filter((f) => f.attribute === 'perpetrator').map((f) => f.value);

describe('perpetrators are parties, not titled persons', () => {
  it('reads no titled person as who struck', () => {
    const read = perpetrators('Border monitors said Ruritania had fired 12 rockets at the town.');
    expect(read).not.toContain('Ruritanian Defence Ministry Colonel Ivan Petrov');
  });

  it('still reads the party named', () => {
    expect(perpetrators('Border monitors said the Ruritanian army had shelled the town.')).toContain('Ruritanian army');
  });
});
