import { SEVERITIES, TRIAGE_STATES } from '../contradictions/contradiction.entity';

/** Contradictions as a report lists them: open, then confirmed, then dismissed; the most severe first; then as found. */
export function inReportOrder<T extends { status: string; severity: string; id: string }>(items: readonly T[]): T[] {
  const rank = (list: readonly string[], value: string) => (list.includes(value) ? list.indexOf(value) : list.length);
  return [...items].sort((a, b) => rank(TRIAGE_STATES, a.status) - rank(TRIAGE_STATES, b.status) || rank(SEVERITIES, a.severity) - rank(SEVERITIES, b.severity)
    || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
