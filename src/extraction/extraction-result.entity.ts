import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { idColumn, jsonText, timeColumn } from '../common/columns';
import { Document } from '../documents/document.entity';
import type { Candidate } from './extract';

/** What extraction found in one document, and with what: the text's hash, the engine, the sources then known. */
@Entity({ name: 'extraction_results' })
export class ExtractionResult {
  @PrimaryColumn(idColumn) documentId!: string;
  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'documentId', foreignKeyConstraintName: 'fk_extraction_results_document' })
  document?: Document;
  @Column({ type: 'varchar', length: 64, nullable: true }) sha256!: string | null;
  @Column({ type: 'varchar', length: 32 }) engine!: string;
  @Column({ type: 'varchar', length: 80 }) sourcesStamp!: string;
  @Column({ type: 'text', transformer: jsonText }) candidates!: Candidate[];
  @Column(timeColumn) createdAt!: string;
}
