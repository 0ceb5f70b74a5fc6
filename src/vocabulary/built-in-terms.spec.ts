import { EntityManager } from 'typeorm';
import { related, termKey } from '../claims/canonical';
import { readVocabulary } from '../contradictions/source-vocabulary';

describe('built-in broader terms', () => {
  it('makes one projectile or blast in other words compatible, and keeps siblings in conflict', async () => {
    const vocabulary = await readVocabulary({ find: async () => [] } as unknown as EntityManager);
    const rel = (a: string, b: string) => related(vocabulary, termKey(vocabulary, 'cause', a), termKey(vocabulary, 'cause', b));
    expect(rel('rocket', 'missile')).toBe(true);
    expect(rel('shelling', 'mortar')).toBe(true);
    expect(rel('suicide bomber', 'explosives')).toBe(true);
    expect(rel('air strike', 'rocket')).toBe(false);
    expect(rel('shelling', 'explosives')).toBe(false);
    expect(rel('missile', 'shelling')).toBe(false);
  });
});
