import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search across claims, sources (with their aliases), events and documents, in each database's own
 * full-text index: FTS5 on SQLite, a tsvector with a GIN index on PostgreSQL. Triggers keep the index
 * in step with every write, whichever path made it (the API, the desk, imports, merges), so no service
 * has to remember it. A full-text index is not something the Table API can describe, so this migration
 * speaks each dialect; the searched text is the same on both (the `simple` configuration and FTS5's
 * unicode61 tokenizer: no stemming, prefix matching instead).
 */
const BODIES: Record<string, { table: string; columns: string[]; body: (row: string) => string }> = {
  claim: { table: 'claims', columns: ['text', 'quoteExact', 'originalText'], body: (r) => `${r}."text" || ' ' || COALESCE(${r}."quoteExact", '') || ' ' || COALESCE(${r}."originalText", '')` },
  source: { table: 'sources', columns: ['name', 'aliases', 'side', 'description'], body: (r) => `${r}."name" || ' ' || COALESCE(${r}."aliases", '') || ' ' || COALESCE(${r}."side", '') || ' ' || COALESCE(${r}."description", '')` },
  event: { table: 'events', columns: ['title', 'locationName', 'locationAdmin1', 'description'], body: (r) => `${r}."title" || ' ' || COALESCE(${r}."locationName", '') || ' ' || COALESCE(${r}."locationAdmin1", '') || ' ' || COALESCE(${r}."description", '')` },
  // The first 100,000 characters of a document's text: a tsvector has a size limit, and the start of a text says what it is about.
  document: { table: 'documents', columns: ['title', 'text'], body: (r) => `${r}."title" || ' ' || SUBSTR(COALESCE(${r}."text", ''), 1, 100000)` },
};

export class Search1765000000000 implements MigrationInterface {
  name = 'Search1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') return this.upPostgres(queryRunner);
    await queryRunner.query(`CREATE TABLE "search_entries" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(16) NOT NULL, "recordId" varchar(36) NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_search_entries_record" ON "search_entries" ("kind", "recordId")`);
    await queryRunner.query(`CREATE VIRTUAL TABLE "search_text" USING fts5("body", tokenize = 'unicode61 remove_diacritics 2')`);
    for (const [kind, { table, columns, body }] of Object.entries(BODIES)) {
      const entry = (row: string) => `(SELECT "id" FROM "search_entries" WHERE "kind" = '${kind}' AND "recordId" = ${row}."id")`;
      await queryRunner.query(`CREATE TRIGGER "search_${table}_insert" AFTER INSERT ON "${table}" BEGIN
        INSERT INTO "search_entries" ("kind", "recordId") VALUES ('${kind}', NEW."id");
        INSERT INTO "search_text" ("rowid", "body") VALUES (${entry('NEW')}, ${body('NEW')});
      END`);
      await queryRunner.query(`CREATE TRIGGER "search_${table}_update" AFTER UPDATE OF ${columns.map((c) => `"${c}"`).join(', ')} ON "${table}" BEGIN
        UPDATE "search_text" SET "body" = ${body('NEW')} WHERE "rowid" = ${entry('NEW')};
      END`);
      await queryRunner.query(`CREATE TRIGGER "search_${table}_delete" AFTER DELETE ON "${table}" BEGIN
        DELETE FROM "search_text" WHERE "rowid" = ${entry('OLD')};
        DELETE FROM "search_entries" WHERE "kind" = '${kind}' AND "recordId" = OLD."id";
      END`);
      await queryRunner.query(`INSERT INTO "search_entries" ("kind", "recordId") SELECT '${kind}', "id" FROM "${table}"`);
      await queryRunner.query(`INSERT INTO "search_text" ("rowid", "body") SELECT e."id", ${body('r')} FROM "${table}" r INNER JOIN "search_entries" e ON e."kind" = '${kind}' AND e."recordId" = r."id"`);
    }
  }

  private async upPostgres(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "search_entries" ("kind" varchar(16) NOT NULL, "recordId" varchar(36) NOT NULL, "document" tsvector NOT NULL, PRIMARY KEY ("kind", "recordId"))`);
    await queryRunner.query(`CREATE INDEX "idx_search_entries_document" ON "search_entries" USING GIN ("document")`);
    for (const [kind, { table, columns, body }] of Object.entries(BODIES)) {
      await queryRunner.query(`CREATE OR REPLACE FUNCTION "search_${table}"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' THEN
            DELETE FROM "search_entries" WHERE "kind" = '${kind}' AND "recordId" = OLD."id";
            RETURN OLD;
          END IF;
          INSERT INTO "search_entries" ("kind", "recordId", "document") VALUES ('${kind}', NEW."id", to_tsvector('simple', ${body('NEW')}))
            ON CONFLICT ("kind", "recordId") DO UPDATE SET "document" = EXCLUDED."document";
          RETURN NEW;
        END $$`);
      await queryRunner.query(`CREATE TRIGGER "search_${table}" AFTER INSERT OR UPDATE OF ${columns.map((c) => `"${c}"`).join(', ')} OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "search_${table}"()`);
      await queryRunner.query(`INSERT INTO "search_entries" ("kind", "recordId", "document") SELECT '${kind}', r."id", to_tsvector('simple', ${body('r')}) FROM "${table}" r`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    for (const { table } of Object.values(BODIES)) {
      if (postgres) {
        await queryRunner.query(`DROP TRIGGER IF EXISTS "search_${table}" ON "${table}"`);
        await queryRunner.query(`DROP FUNCTION IF EXISTS "search_${table}"()`);
      } else {
        for (const when of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER IF EXISTS "search_${table}_${when}"`);
      }
    }
    if (!postgres) await queryRunner.query(`DROP TABLE IF EXISTS "search_text"`);
    await queryRunner.query(`DROP TABLE IF EXISTS "search_entries"`);
  }
}
