import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { AppError } from './app-error';

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
