import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A claim keeps the person or office through whom its claimant spoke ("army spokesman Idris Bako"), which
 * extraction finds and the desk used to lose when it accepted the candidate.
 */
export class ClaimVoicedBy1766900000000 implements MigrationInterface {
  name = 'ClaimVoicedBy1766900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ALTER TABLE on both databases, as in Merges: TypeORM's addColumn rebuilds a SQLite table, which
    // would drop the search-index triggers on `claims` (1765000000000-Search).
    await queryRunner.query('ALTER TABLE "claims" ADD COLUMN "voicedBy" varchar(200)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "claims" DROP COLUMN "voicedBy"');
  }
}
