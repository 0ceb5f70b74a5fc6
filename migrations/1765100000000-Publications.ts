import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * Published fact-checks: which verdict of a claim is on its public page, until withdrawn. And a
 * source's sameAs: pages that identify it (Wikidata, its own site), for the ClaimReview's claimant.
 */
export class Publications1765100000000 implements MigrationInterface {
  name = 'Publications1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ALTER TABLE on both databases: TypeORM's addColumn rebuilds a SQLite table, which would drop
    // the triggers earlier migrations put on sources (the vocabulary token, the search index).
    await queryRunner.query('ALTER TABLE "sources" ADD COLUMN "sameAs" text');
    await queryRunner.createTable(new Table({
      name: 'publications',
      columns: [
        { name: 'claimId', type: 'varchar', length: '36', isPrimary: true },
        { name: 'reviewId', type: 'varchar', length: '36' },
        { name: 'publishedById', type: 'varchar', length: '36' },
        { name: 'publishedAt', type: 'varchar', length: '30' },
        { name: 'withdrawnById', type: 'varchar', length: '36', isNullable: true },
        { name: 'withdrawnAt', type: 'varchar', length: '30', isNullable: true },
      ],
    }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('publications');
    await queryRunner.dropColumn('sources', 'sameAs');
  }
}
