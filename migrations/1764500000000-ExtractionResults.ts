import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * What extraction found in a document, kept with it so that the desk's candidates page reads it back
 * instead of reading the text again on every view. One row per document; it is read again when the
 * text, the known sources or the engine change (the row says which it was read with).
 */
export class ExtractionResults1764500000000 implements MigrationInterface {
  name = 'ExtractionResults1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(new Table({
      name: 'extraction_results',
      columns: [
        { name: 'documentId', type: 'varchar', length: '36', isPrimary: true },
        { name: 'sha256', type: 'varchar', length: '64', isNullable: true },
        { name: 'engine', type: 'varchar', length: '32' },
        { name: 'sourcesStamp', type: 'varchar', length: '80' },
        { name: 'candidates', type: 'text' },
        { name: 'createdAt', type: 'varchar', length: '30' },
      ],
      foreignKeys: [
        { name: 'fk_extraction_results_document', columnNames: ['documentId'], referencedTableName: 'documents', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
      ],
    }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('extraction_results');
  }
}
