import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, optionalTime } from '../common/columns';

/**
 * One claimant holding one value on one attribute and subject of an event, with how many of its
 * claims say so. Kept with every facet change, so detection reads positions (a few per source), not
 * every claim: ten thousand posts repeating two figures are two holdings per source.
 */
@Entity({ name: 'facet_holdings' })
@Index('idx_facet_holdings_group', ['eventId', 'attribute', 'subjectKey', 'claimantId'])
export class FacetHolding {
  @PrimaryColumn(idColumn) id!: string;
  @Column(idColumn) eventId!: string;
  @Column({ type: 'varchar', length: 64 }) attribute!: string;
  @Column({ type: 'varchar', length: 200 }) subjectKey!: string;
  @Column(idColumn) claimantId!: string;
  @Column({ type: 'varchar', length: 300 }) valueKey!: string;
  @Column({ type: 'varchar', length: 8 }) polarity!: string;
  @Column({ type: 'boolean' }) exclusive!: boolean;
  @Column(optionalTime) timeFrom!: string | null;
  @Column(optionalTime) timeTo!: string | null;
  /** For state-of-affairs attributes, when its claims were said (earliest and latest); null when one does not say, and elsewhere. */
  @Column(optionalTime) statedFrom!: string | null;
  @Column(optionalTime) statedTo!: string | null;
  /** The earliest claim behind it, and how many claims. */
  @Column(idColumn) firstClaimId!: string;
  @Column({ type: 'integer' }) claims!: number;
}
