import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Bound values per statement: under SQLite's limit (32,766) and PostgreSQL's (65,535). */
const MAX_PARAMETERS = 30_000;

/**
 * A statement the first INSERT begins with, to save a round trip (on PostgreSQL, a data-modifying
 * `WITH ... AS (DELETE ...)`), with its parameters, numbered first ($1...).
 */
export interface Lead {
  sql: string;
  parameters: unknown[];
}

/** How many rows of this entity go in one INSERT. */
export function rowsPerInsert(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): number {
  return Math.max(1, Math.floor(MAX_PARAMETERS / manager.connection.getMetadata(entity).columns.filter((c) => !c.isVirtual).length));
}

/**
 * One multi-row INSERT of these rows, its values pushed onto `parameters` (numbered after those already
 * there on PostgreSQL). Values go through the driver's own conversion (transformers, booleans, dates) as
 * TypeORM's insert does, but the statement is built directly: TypeORM's query builder names and
 * re-escapes every parameter, which costs more than the database's own work at tens of thousands of rows.
 */
export function insertStatement<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: T[], parameters: unknown[]): string {
  const metadata = manager.connection.getMetadata(entity);
  const driver = manager.connection.driver;
  const numbered = driver.options.type === 'postgres';
  const columns = metadata.columns.filter((column) => !column.isVirtual);
  const tuples = rows.map((row) => {
    const marks = columns.map((column) => {
      parameters.push(driver.preparePersistentValue(column.getEntityValue(row), column));
      return numbered ? `$${parameters.length}` : '?';
    });
    return `(${marks.join(', ')})`;
  });
  return `INSERT INTO ${driver.escape(metadata.tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES ${tuples.join(', ')}`;
}

/** Multi-row INSERTs in chunks, for bulk writes inside a caller's transaction (see insertStatement). */
export async function bulkInsert<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: T[], lead?: Lead): Promise<void> {
  const size = rowsPerInsert(manager, entity);
  for (let start = 0; start < rows.length; start += size) {
    const parameters: unknown[] = start === 0 && lead ? [...lead.parameters] : [];
    const sql = insertStatement(manager, entity, rows.slice(start, start + size), parameters);
    await manager.query((start === 0 && lead ? lead.sql : '') + sql, parameters);
  }
}
