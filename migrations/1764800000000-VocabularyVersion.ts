import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * A token that changes whenever source names, aliases or terms change, set by triggers so that every
 * writer (the API, imports, the CLI, another process) keeps it right. A process keeps the vocabulary it
 * read and reads it again only when the token differs: a claim write reads one row, not every source.
 * The token is random, so a rolled-back change never makes an old token current again.
 */
export class VocabularyVersion1764800000000 implements MigrationInterface {
  name = 'VocabularyVersion1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(new Table({
      name: 'vocabulary_version',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true },
        { name: 'token', type: 'bigint', isNullable: false },
      ],
    }));
    await queryRunner.query('INSERT INTO vocabulary_version ("id", "token") VALUES (1, 1)');
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`CREATE OR REPLACE FUNCTION crosscheck_vocabulary_changed() RETURNS trigger AS $$
        BEGIN UPDATE vocabulary_version SET "token" = floor(random() * 9000000000000000)::bigint WHERE "id" = 1; RETURN NULL; END; $$ LANGUAGE plpgsql`);
      for (const [name, when] of TRIGGERS) {
        await queryRunner.query(`CREATE TRIGGER ${name} AFTER ${when} FOR EACH STATEMENT EXECUTE FUNCTION crosscheck_vocabulary_changed()`);
      }
    } else {
      for (const [name, when] of TRIGGERS) {
        await queryRunner.query(`CREATE TRIGGER ${name} AFTER ${when} FOR EACH ROW BEGIN UPDATE vocabulary_version SET "token" = abs(random()) WHERE "id" = 1; END`);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    for (const [name, when] of TRIGGERS) {
      const table = when.split(' ON ')[1];
      await queryRunner.query(postgres ? `DROP TRIGGER IF EXISTS ${name} ON ${table}` : `DROP TRIGGER IF EXISTS ${name}`);
    }
    if (postgres) await queryRunner.query('DROP FUNCTION IF EXISTS crosscheck_vocabulary_changed()');
    await queryRunner.dropTable('vocabulary_version');
  }
}

const TRIGGERS: Array<[string, string]> = [
  ['vocabulary_sources_insert', 'INSERT ON sources'],
  ['vocabulary_sources_update', 'UPDATE OF "name", "aliases" ON sources'],
  ['vocabulary_sources_delete', 'DELETE ON sources'],
  ['vocabulary_terms_insert', 'INSERT ON terms'],
  ['vocabulary_terms_update', 'UPDATE ON terms'],
  ['vocabulary_terms_delete', 'DELETE ON terms'],
];
