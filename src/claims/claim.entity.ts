import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { idColumn, optionalId, optionalTime, timeColumn } from '../common/columns';
import { Document } from '../documents/document.entity';
import { Event } from '../events/event.entity';
import { Source } from '../sources/source.entity';

/** One assertion by one source (the claimant) about one event. Its facets live in `claim_facets`. */
@Entity({ name: 'claims' })
@Index('idx_claims_event', ['eventId', 'id'])
@Index('idx_claims_event_source', ['eventId', 'sourceId', 'id'])
@Index('idx_claims_event_status', ['eventId', 'status'])
@Index('idx_claims_source', ['sourceId', 'id'])
@Index('idx_claims_document', ['documentId', 'id'])
export class Claim {
  @PrimaryColumn(idColumn) id!: string;

  /** The claimant: the party that asserts it. */
  @Column(idColumn) sourceId!: string;
  @ManyToOne(() => Source, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sourceId', foreignKeyConstraintName: 'fk_claims_source' })
  source?: Source;

  /** The source that reports it second-hand (AFP reporting what JNIM said), if any. */
  @Column(optionalId) conveyedById!: string | null;
  @ManyToOne(() => Source, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'conveyedById', foreignKeyConstraintName: 'fk_claims_conveyed_by' })
  conveyedBy?: Source;

  @Column(optionalId) documentId!: string | null;
  @ManyToOne(() => Document, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'documentId', foreignKeyConstraintName: 'fk_claims_document' })
  document?: Document;

  @Column(optionalId) eventId!: string | null;
  @ManyToOne(() => Event, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'eventId', foreignKeyConstraintName: 'fk_claims_event' })
  event?: Event;

  /** The paraphrase: what is asserted, in the desk's words. */
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'text', nullable: true }) quoteExact!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) quotePrefix!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) quoteSuffix!: string | null;
  @Column({ type: 'integer', nullable: true }) quoteStart!: number | null;
  @Column({ type: 'integer', nullable: true }) quoteEnd!: number | null;
  @Column({ type: 'text', nullable: true }) originalText!: string | null;
  @Column({ type: 'varchar', length: 35, nullable: true }) language!: string | null;
  @Column(optionalTime) statedAt!: string | null;
  /** The person or office through whom the claimant spoke (its spokesperson, minister, commander), if named. */
  @Column({ type: 'varchar', length: 200, nullable: true }) voicedBy!: string | null;

  /** Grows with every change to the claim or its verdict; reviews must name the version they saw. */
  @Column({ type: 'integer' }) version!: number;
  /** `unreviewed`, or the latest verdict. */
  @Column({ type: 'varchar', length: 32 }) status!: string;

  /** Who gave the latest verdict, and when. */
  @Column(optionalId) verdictById!: string | null;
  @Column(optionalTime) verdictAt!: string | null;
  /** The latest verdicts of two reviewers differ in kind (verified against disputed or false). */
  @Column({ type: 'boolean', default: false }) reviewDisagreement!: boolean;
  /** A new or reopened contradiction of high or medium severity touches the claim since its verdict. */
  @Column({ type: 'boolean', default: false }) needsReReview!: boolean;
  @Column(optionalId) reReviewContradictionId!: string | null;
  /** A reviewer's Admiralty information-credibility grade (1-6), overriding the suggested one. */
  @Column({ type: 'integer', nullable: true }) credibilityOverride!: number | null;
  @Column({ type: 'text', nullable: true }) credibilityReason!: string | null;

  @Column(timeColumn) createdAt!: string;
  @Column(timeColumn) updatedAt!: string;
}
