import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * A source's side: the party or camp it speaks for (free text, optional); one side is never independent
 * of itself. And when the claims behind a holding of a state-of-affairs attribute were said, so that a
 * later statement on a changed situation reads as a revision in time.
 */
export class SourceSide1764450000000 implements MigrationInterface {
  name = 'SourceSide1764450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('sources', new TableColumn({ name: 'side', type: 'varchar', length: '200', isNullable: true }));
    await queryRunner.addColumns('facet_holdings', [
      new TableColumn({ name: 'statedFrom', type: 'varchar', length: '30', isNullable: true }),
      new TableColumn({ name: 'statedTo', type: 'varchar', length: '30', isNullable: true }),
    ]);
    // Holdings already stored get their statement times from their claims, where every one of them says when.
    const same = (column: string) => `(f."${column}" = h."${column}" OR (f."${column}" IS NULL AND h."${column}" IS NULL))`;
    const behind = `FROM claim_facets f INNER JOIN claims c ON c."id" = f."claimId" WHERE f."eventId" = h."eventId" AND f."attribute" = h."attribute"
      AND f."subjectKey" = h."subjectKey" AND f."claimantId" = h."claimantId" AND f."valueKey" = h."valueKey" AND f."polarity" = h."polarity"
      AND f."exclusive" = h."exclusive" AND ${same('timeFrom')} AND ${same('timeTo')}`;
    await queryRunner.query(`UPDATE facet_holdings AS h SET "statedFrom" = (SELECT MIN(c."statedAt") ${behind}), "statedTo" = (SELECT MAX(c."statedAt") ${behind})
      WHERE h."attribute" IN ('situation', 'outcome') AND NOT EXISTS (SELECT 1 ${behind} AND c."statedAt" IS NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('facet_holdings', ['statedFrom', 'statedTo']);
    await queryRunner.dropColumn('sources', 'side');
  }
}
