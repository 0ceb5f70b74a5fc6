/**
 * What an audit entry changed, field by field, as a reader compares it: the fields whose value differs
 * between before and after (all of after's for a creation, all of before's for a deletion), bookkeeping
 * fields left out, each value said briefly.
 */
export interface Change {
  field: string;
  before: string;
  after: string;
}

const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'version', 'fingerprint', 'identity', 'subjectKey', 'keyHash']);
const MAX_TEXT = 300;

export function say(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  const text = JSON.stringify(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

export function changes(before: object | null, after: object | null): Change[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !BOOKKEEPING.has(f));
  return fields
    .filter((f) => JSON.stringify(b[f] ?? null) !== JSON.stringify(a[f] ?? null))
    .map((f) => ({ field: f, before: say(b[f]), after: say(a[f]) }));
}
