import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/** Merged-away events and sources point to the record they were merged into; they stay, so old links still lead somewhere. */
export class Merges1764900000000 implements MigrationInterface {
  name = 'Merges1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ALTER TABLE on both databases: TypeORM's addColumn rebuilds a SQLite table, which would drop
    // the triggers other migrations put on it (the vocabulary token, the search index).
    await queryRunner.query('ALTER TABLE "events" ADD COLUMN "mergedInto" varchar(36)');
    await queryRunner.query('ALTER TABLE "sources" ADD COLUMN "mergedInto" varchar(36)');
    await queryRunner.createIndex('events', new TableIndex({ name: 'idx_events_updated', columnNames: ['updatedAt'] }));
    await queryRunner.createIndex('sources', new TableIndex({ name: 'idx_sources_updated', columnNames: ['updatedAt'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('sources', 'idx_sources_updated');
    await queryRunner.dropIndex('events', 'idx_events_updated');
    await queryRunner.dropColumn('sources', 'mergedInto');
    await queryRunner.dropColumn('events', 'mergedInto');
  }
}
