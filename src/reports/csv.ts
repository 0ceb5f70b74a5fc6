import { stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import { ContradictionView } from '../contradictions/contradiction-views';
import { scopeInterval } from '../contradictions/time';
import { label } from '../common/labels';
import { sideVoices, Voices } from './voices';

/** One row per contradiction, both sides spelled out. */
export const CONTRADICTION_COLUMNS = [
  'event_id', 'event_title', 'contradiction_id', 'attribute', 'subject', 'kind', 'severity', 'status',
  'side_a_value', 'side_a_sources', 'side_a_claims', 'side_b_value', 'side_b_sources', 'side_b_claims',
  'explanation', 'note', 'detected_by', 'created_at',
  'side_a_stated_at', 'side_a_time_scope', 'side_b_stated_at', 'side_b_time_scope',
  'attribute_label', 'kind_label', 'triaged_by', 'triaged_at',
  'side_a_voiced_by', 'side_b_voiced_by',
] as const;

/**
 * OWASP CSV injection: a cell that begins with =, +, -, @, tab, carriage return or line feed could run
 * as a formula in a spreadsheet, so it is prefixed with a single quote, which shows as text.
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r\n]/.test(cell) ? `'${cell}` : cell;
}

/**
 * The machine keys keep their columns; the readable words, the triager's display name and who voiced each
 * side's parties (`voices`: the claims that name a voicedBy) come after them, so older readers keep their positions.
 */
export function contradictionRow(c: ContradictionView & { triagedBy?: string | null }, eventTitle: string, name: (id: string) => string, voices: Voices): string[] {
  return [
    c.eventId, eventTitle, c.id, c.attribute, c.subject ?? '', c.kind, c.severity, c.status,
    c.sideA.value ?? 'silent', c.sideA.sourceIds.map(name).join('; '), c.sideA.claimIds.join(' '),
    c.sideB.value ?? 'silent', c.sideB.sourceIds.map(name).join('; '), c.sideB.claimIds.join(' '),
    c.explanation, c.note ?? '', c.detectedBy, c.createdAt,
    c.sideA.statedAt ?? '', scopeInterval(c.sideA.timeScope), c.sideB.statedAt ?? '', scopeInterval(c.sideB.timeScope),
    label(c.attribute), label(c.kind), c.triagedBy ?? '', c.triagedAt ?? '',
    sideVoices(c.sideA, voices, name), sideVoices(c.sideB, voices, name),
  ].map(neutralise);
}

/**
 * csv-stringify quotes a cell holding the delimiter, a quote or the whole record delimiter (CRLF), but
 * not a bare CR or LF, nor a tab: Excel and Python's csv module then split the row. Any of them quotes.
 */
const NEEDS_QUOTES = /[\r\n\t",]/;

/** RFC 4180 (CRLF line ends, quotes doubled) by csv-stringify; a UTF-8 BOM on request, for spreadsheet programs. */
export function csvOptions(bom: boolean) {
  return { header: true, columns: [...CONTRADICTION_COLUMNS], record_delimiter: 'windows', quoted_match: NEEDS_QUOTES, bom } as const;
}

export function renderCsv(rows: string[][], bom: boolean): string {
  return stringifySync(rows, csvOptions(bom));
}

export function csvStream(bom: boolean) {
  return stringify(csvOptions(bom));
}
