import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FacetValue, idColumn, jsonText, optionalId, optionalTime } from '../common/columns';
import { Claim } from './claim.entity';

export const POLARITIES = ['asserted', 'denied'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** A comparable part of a claim: an attribute (and subject) with a value, asserted or denied. */
@Entity({ name: 'claim_facets' })
@Index('idx_claim_facets_claim', ['claimId', 'ordinal'])
@Index('idx_claim_facets_attribute', ['attribute', 'subjectKey'])
@Index('idx_claim_facets_group', ['eventId', 'attribute', 'subjectKey', 'claimantId', 'valueKey', 'polarity', 'exclusive', 'timeFrom', 'timeTo', 'claimId'])
@Index('idx_claim_facets_value', ['eventId', 'attribute', 'subjectKey', 'valueKey', 'claimantId'])
export class Facet {
  @PrimaryColumn(idColumn) id!: string;

  @Column(idColumn) claimId!: string;
  @ManyToOne(() => Claim, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'claimId', foreignKeyConstraintName: 'fk_claim_facets_claim' })
  claim?: Claim;

  /** The claim's event and claimant, kept with each facet so a group of facets is read from one index. */
  @Column(optionalId) eventId!: string | null;
  @Column(idColumn) claimantId!: string;

  /** Position of the facet in the claim as the client sent it. */
  @Column({ type: 'integer' }) ordinal!: number;
  @Column({ type: 'varchar', length: 64 }) attribute!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) subject!: string | null;
  /** The subject folded for comparison ("Military aircraft" and "military  aircraft" are one). */
  @Column({ type: 'varchar', length: 200 }) subjectKey!: string;
  /** The value exactly as given: a number, words, `{ min, max }`, a list, or a boolean. */
  @Column({ type: 'text', transformer: jsonText }) value!: FacetValue;
  /** What the value compares as: claims with one key on one attribute and subject hold one position. */
  @Column({ type: 'varchar', length: 300 }) valueKey!: string;
  /** The value in words, for explanations. */
  @Column({ type: 'text' }) valueText!: string;
  /** For quantities, the range the value reads as (max null when open). */
  @Column({ type: 'double precision', nullable: true }) rangeMin!: number | null;
  @Column({ type: 'double precision', nullable: true }) rangeMax!: number | null;
  @Column({ type: 'varchar', length: 8 }) polarity!: Polarity;
  @Column({ type: 'boolean' }) exclusive!: boolean;
  @Column(optionalTime) timeFrom!: string | null;
  @Column(optionalTime) timeTo!: string | null;
}
