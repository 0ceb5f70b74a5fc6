import { MigrationInterface, QueryRunner } from 'typeorm';

/** A claim's searched text before this migration (1765000000000-Search): its text, quote and original text. */
const BEFORE = {
  columns: ['text', 'quoteExact', 'originalText'],
  body: (r: string) => `${r}."text" || ' ' || COALESCE(${r}."quoteExact", '') || ' ' || COALESCE(${r}."originalText", '')`,
};

/** And after: who voiced the claimant too, so a claim is found by its spokesman's name. */
const AFTER = {
  columns: [...BEFORE.columns, 'voicedBy'],
  body: (r: string) => `${BEFORE.body(r)} || ' ' || COALESCE(${r}."voicedBy", '')`,
};

type Body = typeof BEFORE;

/**
 * Search finds a claim by the person or office that voiced it (`voicedBy`, 1766900000000-ClaimVoicedBy).
 * The search index is kept by triggers on `claims` (1765000000000-Search), so they are made again
 * with the new column in the indexed text and in the columns whose change re-indexes; then the claims
 * that already name a voice are indexed again (the others' text is unchanged). Each dialect as in Search.
 */
export class ClaimSearchVoicedBy1767760000000 implements MigrationInterface {
  name = 'ClaimSearchVoicedBy1767760000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.index(queryRunner, AFTER);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.index(queryRunner, BEFORE);
  }

  private async index(queryRunner: QueryRunner, { columns, body }: Body): Promise<void> {
    const watched = columns.map((c) => `"${c}"`).join(', ');
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`CREATE OR REPLACE FUNCTION "search_claims"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' THEN
            DELETE FROM "search_entries" WHERE "kind" = 'claim' AND "recordId" = OLD."id";
            RETURN OLD;
          END IF;
          INSERT INTO "search_entries" ("kind", "recordId", "document") VALUES ('claim', NEW."id", to_tsvector('simple', ${body('NEW')}))
            ON CONFLICT ("kind", "recordId") DO UPDATE SET "document" = EXCLUDED."document";
          RETURN NEW;
        END $$`);
      await queryRunner.query(`DROP TRIGGER IF EXISTS "search_claims" ON "claims"`);
      await queryRunner.query(`CREATE TRIGGER "search_claims" AFTER INSERT OR UPDATE OF ${watched} OR DELETE ON "claims" FOR EACH ROW EXECUTE FUNCTION "search_claims"()`);
      await queryRunner.query(`UPDATE "search_entries" e SET "document" = to_tsvector('simple', ${body('r')}) FROM "claims" r
        WHERE e."kind" = 'claim' AND e."recordId" = r."id" AND r."voicedBy" IS NOT NULL`);
      return;
    }
    const entry = (row: string) => `(SELECT "id" FROM "search_entries" WHERE "kind" = 'claim' AND "recordId" = ${row}."id")`;
    for (const when of ['insert', 'update']) await queryRunner.query(`DROP TRIGGER IF EXISTS "search_claims_${when}"`);
    await queryRunner.query(`CREATE TRIGGER "search_claims_insert" AFTER INSERT ON "claims" BEGIN
        INSERT INTO "search_entries" ("kind", "recordId") VALUES ('claim', NEW."id");
        INSERT INTO "search_text" ("rowid", "body") VALUES (${entry('NEW')}, ${body('NEW')});
      END`);
    await queryRunner.query(`CREATE TRIGGER "search_claims_update" AFTER UPDATE OF ${watched} ON "claims" BEGIN
        UPDATE "search_text" SET "body" = ${body('NEW')} WHERE "rowid" = ${entry('NEW')};
      END`);
    await queryRunner.query(`UPDATE "search_text" SET "body" = (
        SELECT ${body('r')} FROM "claims" r INNER JOIN "search_entries" e ON e."kind" = 'claim' AND e."recordId" = r."id" WHERE e."id" = "search_text"."rowid")
      WHERE "rowid" IN (SELECT e."id" FROM "search_entries" e INNER JOIN "claims" r ON e."kind" = 'claim' AND e."recordId" = r."id" WHERE r."voicedBy" IS NOT NULL)`);
  }
}
