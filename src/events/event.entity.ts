import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, optionalTime, timeColumn } from '../common/columns';

/** ACLED event types. */
export const EVENT_TYPES = [
  'battles', 'explosions_remote_violence', 'violence_against_civilians', 'protests', 'riots',
  'strategic_developments',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const TIME_PRECISIONS = ['day', 'week', 'month'] as const;
export type TimePrecision = (typeof TIME_PRECISIONS)[number];

/** ACLED geo-precision, in words: the exact place, the district around it, or only the region. */
export const LOCATION_PRECISIONS = ['exact', 'near', 'region'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

@Entity({ name: 'events' })
// What changed since a reader last looked (the event index of the linking feature).
@Index('idx_events_updated', ['updatedAt'])
export class Event {
  @PrimaryColumn(idColumn) id!: string;
  @Column({ type: 'varchar', length: 500 }) title!: string;
  @Column({ type: 'varchar', length: 40 }) type!: EventType;
  @Column(optionalTime) startsAt!: string | null;
  @Column(optionalTime) endsAt!: string | null;
  @Column({ type: 'varchar', length: 8 }) timePrecision!: TimePrecision;
  @Column({ type: 'varchar', length: 200, nullable: true }) locationName!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) locationAdmin1!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) locationAdmin2!: string | null;
  @Column({ type: 'varchar', length: 2, nullable: true }) locationCountry!: string | null;
  @Column({ type: 'double precision', nullable: true }) locationLatitude!: number | null;
  @Column({ type: 'double precision', nullable: true }) locationLongitude!: number | null;
  @Column({ type: 'varchar', length: 8, nullable: true }) locationPrecision!: LocationPrecision | null;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  /** Grows with every change to the event's claims and what is derived from them (see database/event-lock.ts). */
  @Column({ type: 'integer', default: 0 }) revision!: number;
  /** The event this one was merged into; a merged-away event keeps its id so old links still lead somewhere. */
  @Column({ type: 'varchar', length: 36, nullable: true }) mergedInto!: string | null;
  @Column(timeColumn) createdAt!: string;
  @Column(timeColumn) updatedAt!: string;
}
