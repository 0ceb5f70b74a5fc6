import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A source's side is part of the vocabulary values compare by: two perpetrators naming sources of one camp
 * ("Russian armed forces", "Russian government") are one accusation (src/claims/canonical.ts, `related`).
 * The token of 1764800000000-VocabularyVersion changed on a source's name and aliases only; its update
 * trigger is made again to change it on the side too, so a process reads the camps again after an edit.
 */
export class VocabularySides1767900000000 implements MigrationInterface {
  name = 'VocabularySides1767900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.remake(queryRunner, '"name", "aliases", "side"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.remake(queryRunner, '"name", "aliases"');
  }

  private async remake(queryRunner: QueryRunner, columns: string): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query('DROP TRIGGER IF EXISTS vocabulary_sources_update ON sources');
      await queryRunner.query(`CREATE TRIGGER vocabulary_sources_update AFTER UPDATE OF ${columns} ON sources FOR EACH STATEMENT EXECUTE FUNCTION crosscheck_vocabulary_changed()`);
    } else {
      await queryRunner.query('DROP TRIGGER IF EXISTS vocabulary_sources_update');
      await queryRunner.query(`CREATE TRIGGER vocabulary_sources_update AFTER UPDATE OF ${columns} ON sources FOR EACH ROW BEGIN UPDATE vocabulary_version SET "token" = abs(random()) WHERE "id" = 1; END`);
    }
  }
}
