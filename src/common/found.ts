import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { AppError, ErrorCode } from './app-error';

/** The record with this id, or a 404 naming what was looked for. */
export async function findOr404<T extends ObjectLiteral & { id: string }>(manager: EntityManager, entity: EntityTarget<T>, id: string, what: string): Promise<T> {
  const row = await manager.findOne(entity, { where: { id } as FindOptionsWhere<T> });
  if (!row) throw AppError.notFound(what, id);
  return row;
}

/** A 404 naming what was looked for, unless a record with this id exists. */
export async function existsOr404<T extends ObjectLiteral & { id: string }>(manager: EntityManager, entity: EntityTarget<T>, id: string, what: string): Promise<void> {
  if (!(await manager.exists(entity, { where: { id } as FindOptionsWhere<T> }))) throw AppError.notFound(what, id);
}

/**
 * A record without a version number is edited from the `updatedAt` the editor saw: when it changed
 * since, the edit is refused with 409 and nothing is written. No `seen`, no check (the API's PATCH).
 */
export function unchangedSince(record: { updatedAt: string }, seen: string | undefined, what: string): void {
  if (seen === undefined || seen === record.updatedAt) return;
  throw new AppError(ErrorCode.VersionConflict, `The ${what} changed since you read it (at ${seen}); it was last changed at ${record.updatedAt}`, [
    { path: 'updatedAt', message: `is ${record.updatedAt}, not ${seen}` },
  ], { updatedAt: record.updatedAt });
}
