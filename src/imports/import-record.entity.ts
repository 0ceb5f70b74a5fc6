import { Column, Entity, PrimaryColumn } from 'typeorm';
import { idColumn, timeColumn } from '../common/columns';

/** A record that arrived through an import, by the client's own id: the same bundle twice creates nothing twice. */
@Entity({ name: 'import_records' })
export class ImportRecord {
  @PrimaryColumn({ type: 'varchar', length: 16 }) kind!: string;
  @PrimaryColumn({ type: 'varchar', length: 200 }) clientId!: string;
  @Column(idColumn) entityId!: string;
  /** SHA-256 of the record as sent, to tell the same record from a different one under the same client id. */
  @Column({ type: 'varchar', length: 64 }) digest!: string;
  @Column(idColumn) importId!: string;
  @Column(timeColumn) createdAt!: string;
}
