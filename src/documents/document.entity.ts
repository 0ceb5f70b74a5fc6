import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, optionalId, optionalTime, timeColumn } from '../common/columns';

@Entity({ name: 'documents' })
export class Document {
  @PrimaryColumn(idColumn) id!: string;
  @Column({ type: 'varchar', length: 500 }) title!: string;
  @Column({ type: 'varchar', length: 2000, nullable: true }) url!: string | null;
  @Index('idx_documents_publisher')
  @Column(optionalId) publisherId!: string | null;
  @Column(optionalTime) publishedAt!: string | null;
  @Column({ type: 'varchar', length: 35, nullable: true }) language!: string | null;
  @Column({ type: 'text', nullable: true }) text!: string | null;
  /** SHA-256 of the UTF-8 bytes of `text`, so a quote can be proven against what was archived. */
  @Column({ type: 'varchar', length: 64, nullable: true }) sha256!: string | null;
  @Column(timeColumn) createdAt!: string;
  @Column(timeColumn) updatedAt!: string;
}
