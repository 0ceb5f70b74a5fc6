import { createHash } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A detected contradiction's identity is scoped to its attribute and subject. Before, the identity was the
 * hash of the rule's key alone, so two attributes disputed with the same values (20 against 300 dead, and
 * 20 against 300 wounded) shared one: detection kept one of the two, or a write failed on the unique
 * index. Each stored identity is rescoped exactly as `scopedIdentity` in src/contradictions/findings.ts
 * does, so every stored contradiction keeps its triage. Contradictions recorded by hand keep theirs.
 */
export class ScopedIdentities1766700000000 implements MigrationInterface {
  name = 'ScopedIdentities1766700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.rewrite(queryRunner, (row) => scoped(row.attribute, row.subjectKey, row.identity));
  }

  async down(): Promise<void> {
    // A hash cannot be undone; the identities before this migration are recomputed by `npm run verify -- --repair` on the older code.
  }

  private async rewrite(queryRunner: QueryRunner, next: (row: Row) => string): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    const param = (i: number) => (postgres ? `$${i}` : '?');
    let after = '';
    for (;;) {
      const rows: Row[] = await queryRunner.query(
        `SELECT "id", "attribute", "subjectKey", "identity" FROM "contradictions" WHERE "detectedBy" LIKE 'rule:%' AND "id" > ${param(1)} ORDER BY "id" LIMIT 500`,
        [after],
      );
      if (!rows.length) return;
      for (const row of rows) {
        await queryRunner.query(`UPDATE "contradictions" SET "identity" = ${param(1)} WHERE "id" = ${param(2)}`, [next(row), row.id]);
      }
      after = rows[rows.length - 1].id;
    }
  }
}

interface Row {
  id: string;
  attribute: string;
  subjectKey: string;
  identity: string;
}

function scoped(attribute: string, subjectKey: string, keyHash: string): string {
  return createHash('sha256').update(`${attribute}\n${subjectKey}\n${keyHash}`).digest('hex');
}
