import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, jsonText, timeColumn } from '../common/columns';

/** A list kept as JSON text; rows written before the column existed read as an empty list. */
const sameAsText = { to: (value: string[] | undefined) => JSON.stringify(value ?? []), from: (value: string | null) => (value === null ? [] : JSON.parse(value)) };

export const SOURCE_KINDS = [
  'armed_group', 'government', 'military', 'police', 'state_media', 'media', 'news_agency', 'ngo',
  'international_org', 'intelligence', 'witness', 'social_account', 'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const STAKES = ['party_to_conflict', 'official', 'independent', 'anonymous', 'unknown'] as const;
export type Stake = (typeof STAKES)[number];

/** Admiralty (NATO AJP-2.1) source reliability: A completely reliable ... E unreliable, F cannot be judged. */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITY_GRADES)[number];

@Entity({ name: 'sources' })
// What changed since a reader last looked (the event index of the linking feature).
@Index('idx_sources_updated', ['updatedAt'])
export class Source {
  @PrimaryColumn(idColumn) id!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  /** Other names of the same party (JNIM, GSIM, ...), kept as a JSON array of strings. */
  @Column({ type: 'text', transformer: jsonText }) aliases!: string[];
  @Column({ type: 'varchar', length: 32 }) kind!: SourceKind;
  @Column({ type: 'varchar', length: 32 }) stake!: Stake;
  @Column({ type: 'varchar', length: 1 }) reliability!: Reliability;
  /** The party or camp it speaks for, in free text ("Malian government"); sources of one side are never independent of each other. */
  @Column({ type: 'varchar', length: 200, nullable: true }) side!: string | null;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) url!: string | null;
  /** The source this one was merged into: its names became that source's aliases and its claims moved there. */
  @Column({ type: 'varchar', length: 36, nullable: true }) mergedInto!: string | null;
  /** Pages that identify the same party (Wikidata, its own site, an official account): schema.org `sameAs`. */
  @Column({ type: 'text', nullable: true, transformer: sameAsText }) sameAs!: string[];
  @Column(timeColumn) createdAt!: string;
  @Column(timeColumn) updatedAt!: string;
}
