import { ColumnOptions } from 'typeorm';

/**
 * Column shapes that read and compare the same on SQLite and PostgreSQL. Times are ISO-8601 UTC
 * strings (`2024-09-17T05:00:00.000Z`): they sort as text, round-trip exactly, and need no driver
 * conversion on either database.
 */
export const idColumn = { type: 'varchar', length: 36 } as const;
export const timeColumn = { type: 'varchar', length: 30 } as const;
export const optionalTime: ColumnOptions = { type: 'varchar', length: 30, nullable: true };
export const optionalId: ColumnOptions = { type: 'varchar', length: 36, nullable: true };

/** A facet value as given: a number, words, a range with an open end as null, a list of terms, or a boolean. */
export type FacetValue = number | string | boolean | string[] | { min: number; max?: number | null };

/** JSON kept as text: the value exactly as the client gave it, parsed on the way out. */
export const jsonText = {
  to: (value: unknown) => (value === undefined ? null : JSON.stringify(value)),
  from: (value: string | null) => (value === null ? null : JSON.parse(value)),
};

export function nowIso(): string {
  return new Date().toISOString();
}

/** Any ISO-8601 date or time the API accepted, stored as UTC; absent stays absent. */
export function isoTime(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : new Date(value).toISOString();
}
