import { startTestApp, TestApp } from './harness';

describe('schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('needs no change after the migrations: the entities and the migrated schema agree', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('has run every migration and has none pending', async () => {
    expect(await t.dataSource.showMigrations()).toBe(false);
    const applied = await t.dataSource.query('SELECT name FROM migrations');
    expect(applied.map((row: { name: string }) => row.name)).toContain('InitialSchema1764100000000');
  });

  it('turns on SQLite foreign keys and WAL', async () => {
    if (t.environment.database.kind !== 'sqlite') return;
    expect(await t.dataSource.query('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
    expect(await t.dataSource.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
  });

  it('keeps the triggers later migrations would lose on SQLite if they rebuilt a table: the vocabulary token and the search index follow a new source', async () => {
    const token = async () => String((await t.dataSource.query('SELECT "token" FROM vocabulary_version WHERE "id" = 1'))[0].token);
    const before = await token();
    const created = await t.http().post('/sources').set({ Authorization: `Bearer ${t.adminKey}` }).send({ name: 'Zyzzyva Brigade', kind: 'armed_group' }).expect(201);
    expect(await token()).not.toBe(before);
    const found = await t.http().get('/search?q=Zyzzyva').set({ Authorization: `Bearer ${t.adminKey}` }).expect(200);
    expect(JSON.stringify(found.body)).toContain(created.body.id);
  });
});
