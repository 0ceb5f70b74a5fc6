import { Column, Entity, PrimaryColumn } from 'typeorm';
import { jsonText, timeColumn } from '../common/columns';

export const ATTRIBUTE_KINDS = ['quantity', 'category', 'set', 'boolean'] as const;
export type AttributeKind = (typeof ATTRIBUTE_KINDS)[number];

/** The vocabulary of facets: the attribute decides the kind of value and how two values compare. */
@Entity({ name: 'attributes' })
export class Attribute {
  @PrimaryColumn({ type: 'varchar', length: 64 }) name!: string;
  @Column({ type: 'varchar', length: 16 }) kind!: AttributeKind;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  /** A closed list of values, where the attribute has one (outcome: success, partial, ...). */
  @Column({ type: 'text', nullable: true, transformer: jsonText }) allowedValues!: string[] | null;
  @Column({ type: 'boolean' }) builtIn!: boolean;
  @Column(timeColumn) createdAt!: string;
  @Column(timeColumn) updatedAt!: string;
}
