import { fold } from '../src/claims/fold';
import { DetectionService } from '../src/contradictions/detection.service';
import { Source } from '../src/sources/source.entity';
import { claimBody, claimGround, create, sourceBody } from './factories';
import { startTestApp, TestApp } from './harness';

/** Issue 16: a write reads one row to know the vocabulary is current, and all sources only after they changed. */
describe('the vocabulary a write reads', () => {
  let t: TestApp;
  let detection: DetectionService;
  const current = () => detection.vocabulary(t.dataSource.manager);

  beforeAll(async () => {
    t = await startTestApp();
    detection = t.app.get(DetectionService);
  });
  afterAll(() => t.close());

  it('is read again only after a source name, alias or term changed, by whatever writer', async () => {
    const ground = await claimGround(t);
    const before = await current();
    await create(t, '/claims', claimBody(ground.sourceId, { eventId: ground.eventId, facets: [{ attribute: 'perpetrator', value: 'JNIM' }] }));
    await create(t, '/claims', claimBody(ground.sourceId, { eventId: ground.eventId, facets: [{ attribute: 'outcome', value: 'repelled' }] }));
    expect(await current()).toBe(before);

    const source = await create(t, '/sources', sourceBody({ name: 'Radio Kledu', aliases: ['Kledu'] }));
    const afterSource = await current();
    expect(afterSource).not.toBe(before);
    expect(afterSource.sources.get(fold('Kledu'))).toBe(source.id);

    // A change made outside the API (another process, a script) is seen too: the triggers move the token.
    await t.dataSource.query('UPDATE sources SET "aliases" = \'["Kledu FM"]\' WHERE "id" = $1'.replace('$1', `'${source.id}'`));
    expect((await current()).sources.get(fold('Kledu FM'))).toBe(source.id);
    // A change of another column keeps it.
    const kept = await current();
    await t.dataSource.query(`UPDATE sources SET "description" = 'x' WHERE "id" = '${source.id}'`);
    expect(await current()).toBe(kept);
  });

  it('never keeps what a rolled-back change wrote', async () => {
    await t.dataSource.transaction(async (manager) => {
      await manager.insert(Source, { ...sourceBody({ name: 'Never committed' }), id: '00000000-0000-4000-8000-00000000abcd', aliases: [], description: null, url: null, side: null, createdAt: 'x', updatedAt: 'x' } as unknown as Source);
      expect((await detection.vocabulary(manager)).sources.has(fold('Never committed'))).toBe(true);
      throw new Error('roll back');
    }).catch(() => undefined);
    expect((await current()).sources.has(fold('Never committed'))).toBe(false);
  });
});
