import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { idColumn, jsonText, optionalId, optionalTime, timeColumn } from '../common/columns';
import { Event } from '../events/event.entity';
import { Side } from './positions';

/** `revision_in_time`: a state of affairs said differently at different times; low, a change rather than a conflict. */
export const CONTRADICTION_KINDS = ['quantity_mismatch', 'category_conflict', 'negation', 'exclusive_set_conflict', 'omission', 'revision_in_time'] as const;
export type ContradictionKind = (typeof CONTRADICTION_KINDS)[number];
export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const TRIAGE_STATES = ['open', 'confirmed', 'dismissed'] as const;
export type TriageState = (typeof TRIAGE_STATES)[number];

/**
 * Two positions on one attribute (and subject) of one event that cannot both be true. Rows grow with
 * the positions, not with pairs of claims: the claims on each side are read from the facets.
 */
@Entity({ name: 'contradictions' })
@Index('uq_contradictions_identity', ['eventId', 'identity'], { unique: true })
@Index('idx_contradictions_group', ['eventId', 'attribute', 'subjectKey'])
export class Contradiction {
  @PrimaryColumn(idColumn) id!: string;

  @Column(idColumn) eventId!: string;
  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId', foreignKeyConstraintName: 'fk_contradictions_event' })
  event?: Event;

  @Column({ type: 'varchar', length: 64 }) attribute!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) subject!: string | null;
  @Column({ type: 'varchar', length: 200 }) subjectKey!: string;
  /** For rules, a digest of which two values conflict (stable across recomputation); for a person, a fresh id. */
  @Column({ type: 'varchar', length: 64 }) identity!: string;
  @Column({ type: 'varchar', length: 32 }) kind!: ContradictionKind;
  @Column({ type: 'varchar', length: 8 }) severity!: Severity;
  @Column({ type: 'varchar', length: 16 }) status!: TriageState;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ type: 'text' }) explanation!: string;
  /** `rule:<kind>` or `person:<user id>`. */
  @Column({ type: 'varchar', length: 64 }) detectedBy!: string;
  @Column({ type: 'varchar', length: 64 }) fingerprint!: string;
  @Column({ type: 'text', transformer: jsonText }) sideA!: Side;
  @Column({ type: 'text', transformer: jsonText }) sideB!: Side;
  @Column(idColumn) claimAId!: string;
  @Column(idColumn) claimBId!: string;
  @Column(optionalId) triagedById!: string | null;
  @Column(optionalTime) triagedAt!: string | null;
  @Column(timeColumn) createdAt!: string;
  @Column(timeColumn) updatedAt!: string;
}
