import { ClaimSearchVoicedBy1767760000000 } from '../migrations/1767760000000-ClaimSearchVoicedBy';
import { create } from './factories';
import { bearer, startTestApp, TestApp } from './harness';

/** 1767760000000-ClaimSearchVoicedBy on the database under test (SQLite, or PostgreSQL with DATABASE_URL): claims stored before it are found by their voice after it. */
describe('the migration that puts voicedBy in the search index', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const claimsFound = async (q: string) => (await t.http().get('/search').query({ q }).set(bearer(t.keys.viewer)).expect(200)).body.items
    .filter((h: { kind: string }) => h.kind === 'claim').map((h: { id: string }) => h.id);

  it('indexes the voice of claims already stored, and of claims written after; down takes it out again', async () => {
    const source = await create(t, '/sources', { name: 'Niger defence ministry', kind: 'government', stake: 'party_to_conflict' });
    const voiced = (await create(t, '/claims', { sourceId: source.id, text: 'The convoy reached Tillaberi', voicedBy: 'Spokesman Zakariya Moussa' })).id;
    const plain = (await create(t, '/claims', { sourceId: source.id, text: 'The convoy was escorted by Zakariya company' })).id;
    const migration = new ClaimSearchVoicedBy1767760000000();
    const runner = t.dataSource.createQueryRunner();
    try {
      // Before the migration the voice is not searched: stored claims keep their old index text.
      await migration.down(runner);
      expect(await claimsFound('Moussa')).toEqual([]);
      expect(await claimsFound('Tillaberi')).toEqual([voiced]);
      const before = (await create(t, '/claims', { sourceId: source.id, text: 'Losses were light', voicedBy: 'Colonel Moussa Salaou' })).id;
      expect(await claimsFound('Moussa')).toEqual([]);

      await migration.up(runner);
      expect((await claimsFound('Moussa')).sort()).toEqual([before, voiced].sort());
      expect((await claimsFound('Zakariya')).sort()).toEqual([plain, voiced].sort());
      const after = (await create(t, '/claims', { sourceId: source.id, text: 'Two vehicles were lost', voicedBy: 'Minister Salifou Mody' })).id;
      expect(await claimsFound('Salifou')).toEqual([after]);
      // Text edits re-index as before, and keep the voice in the index.
      await t.http().patch(`/claims/${after}`).set(bearer(t.keys.editor)).send({ text: 'Three vehicles were lost' }).expect(200);
      expect(await claimsFound('three salifou')).toEqual([after]);
    } finally {
      await runner.release();
    }
  });
});
