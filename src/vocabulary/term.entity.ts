import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, timeColumn } from '../common/columns';

export const TERM_RELATIONS = ['equivalent', 'broader'] as const;
export type TermRelation = (typeof TERM_RELATIONS)[number];

/**
 * An editor's word on two terms: equivalent ("gendarmerie training centre" is "gendarmerie school"),
 * or broader ("jihadists" is broader than "JNIM"), on one attribute or on all. Such terms never conflict.
 */
@Entity({ name: 'terms' })
@Index('idx_terms_attribute', ['attribute'])
export class Term {
  @PrimaryColumn(idColumn) id!: string;
  /** The attribute it applies to; empty for every attribute. */
  @Column({ type: 'varchar', length: 64 }) attribute!: string;
  @Column({ type: 'varchar', length: 200 }) term!: string;
  @Column({ type: 'varchar', length: 16 }) relation!: TermRelation;
  @Column({ type: 'varchar', length: 200 }) of!: string;
  @Column(timeColumn) createdAt!: string;
  @Column(timeColumn) updatedAt!: string;
}
