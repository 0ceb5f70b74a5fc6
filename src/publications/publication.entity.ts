import { Column, Entity, PrimaryColumn } from 'typeorm';
import { idColumn, optionalId, optionalTime, timeColumn } from '../common/columns';

/**
 * The verdict of a claim that is on its public page. Publishing again points it at the latest verdict;
 * a new verdict alone changes nothing here. Withdrawing keeps the row, with when and by whom.
 */
@Entity({ name: 'publications' })
export class Publication {
  @PrimaryColumn(idColumn) claimId!: string;
  @Column(idColumn) reviewId!: string;
  @Column(idColumn) publishedById!: string;
  @Column(timeColumn) publishedAt!: string;
  @Column(optionalId) withdrawnById!: string | null;
  @Column(optionalTime) withdrawnAt!: string | null;
}
