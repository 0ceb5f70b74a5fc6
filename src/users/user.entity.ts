import { Column, Entity, PrimaryColumn } from 'typeorm';
import { idColumn, timeColumn } from '../common/columns';

/** admin: users, keys, attributes; editor: the record; reviewer: verdicts and triage; viewer: reads. */
export const ROLES = ['admin', 'editor', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

@Entity({ name: 'users' })
export class User {
  @PrimaryColumn(idColumn) id!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 16 }) role!: Role;
  /** Disabled by an admin: none of the user's keys is accepted. */
  @Column({ type: 'boolean', default: false }) disabled!: boolean;
  @Column(timeColumn) createdAt!: string;
  @Column(timeColumn) updatedAt!: string;
}
