import { EntityManager, In } from 'typeorm';
import { Attribute, AttributeKind } from './attribute.entity';

/**
 * The kind of each attribute, by name and in name order: of every attribute, or of the names given.
 * Takes a manager so that a caller inside a transaction reads what the transaction sees.
 */
export async function attributeKinds(manager: EntityManager, names?: readonly string[]): Promise<Map<string, AttributeKind>> {
  if (names && !names.length) return new Map();
  const rows = await manager.find(Attribute, {
    select: { name: true, kind: true },
    where: names ? { name: In([...names]) } : {},
    order: { name: 'ASC' },
  });
  return new Map(rows.map((attribute) => [attribute.name, attribute.kind]));
}
