import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * Facets by value within a group: detection reads each claimant's own words for vague figures
 * ("several", "dozens") of one value in one group; without this index that read scanned every facet of
 * the event (30,000 rows on the 10,000-claim event, the largest part of adding one claim to it).
 */
export class FacetValueIndex1764600000001 implements MigrationInterface {
  name = 'FacetValueIndex1764600000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('claim_facets', new TableIndex({
      name: 'idx_claim_facets_value',
      columnNames: ['eventId', 'attribute', 'subjectKey', 'valueKey', 'claimantId'],
    }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('claim_facets', 'idx_claim_facets_value');
  }
}
