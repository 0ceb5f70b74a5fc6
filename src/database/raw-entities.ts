import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

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
  const rows: Array<Record<string, unknown>> = await manager.query(sql, params);
  return rows.map((row) => {
    const entity = metadata.create() as Record<string, unknown>;
    for (const [column, name, property] of columns) entity[property] = driver.prepareHydratedValue(row[name], column);
    return entity as T;
  });
}

/** `"column" IN (?, ?, ...)` for `count` values. */
export const inList = (column: string, count: number): string => `"${column}" IN (${Array.from({ length: count }, () => '?').join(', ')})`;
