import type { Database, Statement } from 'better-sqlite3';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Statements of `rawEntities` on SQLite, by connection and text: prepared once, in raw mode (their own, never TypeORM's cached ones). */
const statements = new WeakMap<Database, Map<string, Statement>>();

/**
 * On SQLite outside a transaction, the rows as arrays straight from the driver (the same connection
 * TypeORM reads on): rows as objects of every column cost better-sqlite3 two to three times as much.
 * `null` elsewhere.
 */
function sqliteRows(manager: EntityManager, sql: string, params: unknown[]): unknown[][] | null {
  if (manager.connection.options.type !== 'better-sqlite3' || manager.queryRunner) return null;
  const db = (manager.connection.driver as unknown as { databaseConnection?: Database }).databaseConnection;
  if (!db) return null;
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    cache.set(sql, (statement = db.prepare(sql).raw(true)));
    if (cache.size > 32) cache.delete(cache.keys().next().value!);
  }
  // As TypeORM binds them: better-sqlite3 takes no booleans.
  return statement.all(...params.map((p) => (typeof p === 'boolean' ? Number(p) : p))) as unknown[][];
}

/**
 * Rows of one entity read with plain SQL and made into entities column by column with the driver's own
 * conversion (booleans, numbers, column transformers): what `find` gives, without its per-row
 * bookkeeping (aliases, grouping by primary key), which was most of the reading of a big event.
 * `where` takes `?` placeholders (numbered for PostgreSQL here); `orderBy` and `where` name columns
 * quoted as the database wants them, and hold no user text (values go in `params`).
 */
export async function rawEntities<T extends ObjectLiteral>(
  manager: EntityManager, target: EntityTarget<T>, where: string, params: unknown[], orderBy: string, limit?: number,
): Promise<T[]> {
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  let n = 0;
  const condition = manager.connection.options.type === 'postgres' ? where.replace(/\?/g, () => `$${(n += 1)}`) : where;
  const columns = metadata.columns.map((column) => [column, column.databaseName, column.propertyName] as const);
  const sql = `SELECT ${columns.map(([, name]) => driver.escape(name)).join(', ')} FROM ${driver.escape(metadata.tableName)} WHERE ${condition} ORDER BY ${orderBy}${limit ? ` LIMIT ${Number(limit)}` : ''}`;
  const arrays = sqliteRows(manager, sql, params);
  if (arrays) {
    return arrays.map((row) => {
      const entity = metadata.create() as Record<string, unknown>;
      for (let i = 0; i < columns.length; i += 1) entity[columns[i][2]] = driver.prepareHydratedValue(row[i], columns[i][0]);
      return entity as T;
    });
  }
  const rows: Array<Record<string, unknown>> = await manager.query(sql, params);
  return rows.map((row) => {
    const entity = metadata.create() as Record<string, unknown>;
    for (const [column, name, property] of columns) entity[property] = driver.prepareHydratedValue(row[name], column);
    return entity as T;
  });
}

/** `"column" IN (?, ?, ...)` for `count` values. */
export const inList = (column: string, count: number): string => `"${column}" IN (${Array.from({ length: count }, () => '?').join(', ')})`;
