import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { idColumn, jsonText, timeColumn } from '../common/columns';
import { Claim } from '../claims/claim.entity';
import { User } from '../users/user.entity';

export const VERDICTS = ['verified', 'disputed', 'false', 'misleading', 'unverifiable', 'contested_no_access'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Evidence {
  claimIds: string[];
  documentIds: string[];
  urls: string[];
}

/** A reviewer's verdict on a claim. Never edited or deleted: a correction is a new review. */
@Entity({ name: 'reviews' })
@Index('idx_reviews_claim', ['claimId', 'id'])
export class Review {
  @PrimaryColumn(idColumn) id!: string;

  @Column(idColumn) claimId!: string;
  @ManyToOne(() => Claim, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claimId', foreignKeyConstraintName: 'fk_reviews_claim' })
  claim?: Claim;

  @Column(idColumn) reviewerId!: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewerId', foreignKeyConstraintName: 'fk_reviews_reviewer' })
  reviewer?: User;

  @Column({ type: 'varchar', length: 32 }) verdict!: Verdict;
  @Column({ type: 'text' }) rationale!: string;
  @Column({ type: 'text', transformer: jsonText }) evidence!: Evidence;
  /** The claim version the reviewer saw. */
  @Column({ type: 'integer' }) claimVersion!: number;
  @Column({ type: 'integer', nullable: true }) credibility!: number | null;
  @Column({ type: 'text', nullable: true }) credibilityReason!: string | null;
  @Column(timeColumn) createdAt!: string;
}
