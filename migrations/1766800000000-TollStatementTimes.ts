import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tolls keep when they were said, as states of affairs already do: a toll rises as the dead are found,
 * so a camp's later, higher count is an update and a source's earlier figure gives way to its later one
 * (README, "Judgement rules"). Holdings of tolls stored before this get their statement times from their
 * claims, where every one of them says when, so that holdings written before and after the upgrade read
 * alike. The contradictions these rules no longer find are listed by `npm run verify` and closed by
 * `npm run verify -- --repair` (README, "Upgrading").
 */
export class TollStatementTimes1766800000000 implements MigrationInterface {
  name = 'TollStatementTimes1766800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const same = (column: string) => `(f."${column}" = h."${column}" OR (f."${column}" IS NULL AND h."${column}" IS NULL))`;
    const behind = `FROM claim_facets f INNER JOIN claims c ON c."id" = f."claimId" WHERE f."eventId" = h."eventId" AND f."attribute" = h."attribute"
      AND f."subjectKey" = h."subjectKey" AND f."claimantId" = h."claimantId" AND f."valueKey" = h."valueKey" AND f."polarity" = h."polarity"
      AND f."exclusive" = h."exclusive" AND ${same('timeFrom')} AND ${same('timeTo')}`;
    await queryRunner.query(`UPDATE facet_holdings AS h SET "statedFrom" = (SELECT MIN(c."statedAt") ${behind}), "statedTo" = (SELECT MAX(c."statedAt") ${behind})
      WHERE h."attribute" IN ('fatalities', 'injuries', 'civilian_fatalities', 'combatant_fatalities') AND NOT EXISTS (SELECT 1 ${behind} AND c."statedAt" IS NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE facet_holdings SET "statedFrom" = NULL, "statedTo" = NULL
      WHERE "attribute" IN ('fatalities', 'injuries', 'civilian_fatalities', 'combatant_fatalities')`);
  }
}
