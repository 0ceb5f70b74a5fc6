import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { idColumn, optionalTime, timeColumn } from '../common/columns';
import { User } from './user.entity';

/** An API key, kept only as the SHA-256 of the key: the key itself is shown once, when it is made. */
@Entity({ name: 'api_keys' })
export class ApiKey {
  @PrimaryColumn(idColumn) id!: string;

  @Index('idx_api_keys_user')
  @Column(idColumn) userId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId', foreignKeyConstraintName: 'fk_api_keys_user' })
  user?: User;

  @Index('uq_api_keys_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 }) keyHash!: string;
  /** `environment` for the key made from CROSSCHECK_ADMIN_TOKEN, otherwise what the admin named it. */
  @Column({ type: 'varchar', length: 100 }) label!: string;
  @Column(optionalTime) revokedAt!: string | null;
  @Column(timeColumn) createdAt!: string;
}
