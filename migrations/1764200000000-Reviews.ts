import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/** Reviews (append-only verdicts) and the review state a claim shows. */
export class Reviews1764200000000 implements MigrationInterface {
  name = 'Reviews1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(new Table({
      name: 'reviews',
      columns: [
        { name: 'id', type: 'varchar', length: '36', isPrimary: true },
        { name: 'claimId', type: 'varchar', length: '36' },
        { name: 'reviewerId', type: 'varchar', length: '36' },
        { name: 'verdict', type: 'varchar', length: '32' },
        { name: 'rationale', type: 'text' },
        { name: 'evidence', type: 'text' },
        { name: 'claimVersion', type: 'integer' },
        { name: 'credibility', type: 'integer', isNullable: true },
        { name: 'credibilityReason', type: 'text', isNullable: true },
        { name: 'createdAt', type: 'varchar', length: '30' },
      ],
      indices: [{ name: 'idx_reviews_claim', columnNames: ['claimId', 'id'] }],
      foreignKeys: [
        { name: 'fk_reviews_claim', columnNames: ['claimId'], referencedTableName: 'claims', referencedColumnNames: ['id'], onDelete: 'RESTRICT' },
        { name: 'fk_reviews_reviewer', columnNames: ['reviewerId'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'RESTRICT' },
      ],
    }));
    // A boolean default as each database writes it, so the migrated schema matches the entity exactly.
    const no = queryRunner.connection.driver.options.type === 'postgres' ? 'false' : '0';
    await queryRunner.addColumns('claims', [
      new TableColumn({ name: 'verdictById', type: 'varchar', length: '36', isNullable: true }),
      new TableColumn({ name: 'verdictAt', type: 'varchar', length: '30', isNullable: true }),
      new TableColumn({ name: 'reviewDisagreement', type: 'boolean', default: no }),
      new TableColumn({ name: 'needsReReview', type: 'boolean', default: no }),
      new TableColumn({ name: 'reReviewContradictionId', type: 'varchar', length: '36', isNullable: true }),
      new TableColumn({ name: 'credibilityOverride', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'credibilityReason', type: 'text', isNullable: true }),
    ]);
    // Which claims of an event have a verdict: two range seeks, not a scan of the event.
    await queryRunner.createIndex('claims', new TableIndex({ name: 'idx_claims_event_status', columnNames: ['eventId', 'status'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('claims', 'idx_claims_event_status');
    for (const column of ['credibilityReason', 'credibilityOverride', 'reReviewContradictionId', 'needsReReview', 'reviewDisagreement', 'verdictAt', 'verdictById']) {
      await queryRunner.dropColumn('claims', column);
    }
    await queryRunner.dropTable('reviews');
  }
}
