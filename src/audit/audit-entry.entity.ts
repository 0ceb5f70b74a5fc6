import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, jsonText, optionalId, timeColumn } from '../common/columns';

export type AuditAction = 'create' | 'update' | 'delete';

/** Who changed what, when, with the values before and after. Written in the same transaction as the change. */
@Entity({ name: 'audit_entries' })
@Index('idx_audit_entity', ['entity', 'entityId', 'id'])
export class AuditEntry {
  @PrimaryColumn(idColumn) id!: string;
  /** The user whose key made the change; null for the system itself (start-up, migrations). */
  @Column(optionalId) actorId!: string | null;
  @Column({ type: 'varchar', length: 16 }) action!: AuditAction;
  @Column({ type: 'varchar', length: 32 }) entity!: string;
  @Column({ type: 'varchar', length: 64 }) entityId!: string;
  @Column({ type: 'text', nullable: true, transformer: jsonText }) before!: object | null;
  @Column({ type: 'text', nullable: true, transformer: jsonText }) after!: object | null;
  @Column(timeColumn) at!: string;
}
