import { createHash } from 'node:crypto';
import { ClaimView } from '../claims/claims.service';
import { ContradictionView, CorroborationView, CredibilityView, DisputeView } from '../contradictions/contradiction-views';
import { EventView } from '../events/events.service';
import { Source } from '../sources/source.entity';

/** An event report: everything a reader needs to follow who says what, and what the desk made of it. */
export interface Report {
  title: string;
  generatedAt: string;
  /** SHA-256 of the report's content: the whole JSON without `generatedAt` and this field. */
  sha256: string;
  event: EventView;
  sources: Array<Pick<Source, 'id' | 'name' | 'aliases' | 'kind' | 'stake' | 'reliability' | 'side'>>;
  claimants: Array<{ sourceId: string; name: string; claims: ReportClaim[] }>;
  disputes: DisputeView[];
  /** Open first, then confirmed, then dismissed; the most severe first within each. */
  contradictions: ReportContradiction[];
  corroborations: CorroborationView[];
}

export interface ReportClaim {
  id: string;
  text: string;
  quote: string | null;
  conveyedBy: string | null;
  document: { id: string; title: string; url: string | null; sha256: string | null } | null;
  statedAt: string | null;
  facets: ClaimView['facets'];
  verdict: string;
  verdictAt: string | null;
  credibility: Pick<CredibilityView, 'suggested' | 'reasons' | 'reviewed'>;
  /** `reviewer`: the reviewer's display name. */
  reviews: { count: number; latest: Array<{ verdict: string; rationale: string; reviewerId: string; reviewer: string | null; createdAt: string }> };
}

/** A contradiction as the report carries it: with the display name of whoever triaged it. */
export type ReportContradiction = ContradictionView & { triagedBy: string | null };

/** The parts of a report the desk's board is drawn from, without what only the report needs (credibility, disputes, reviews, the digest). */
export type BoardData = Pick<Report, 'event' | 'sources' | 'contradictions' | 'corroborations'> & {
  claimants: Array<{ sourceId: string; name: string; claims: Array<Pick<ReportClaim, 'id' | 'facets' | 'verdict' | 'conveyedBy' | 'statedAt'>> }>;
};

export type ReportContent = Omit<Report, 'generatedAt' | 'sha256'>;

/** Object keys in a fixed order, so the same data always serialises to the same bytes. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  }
  return value;
}

/** The report with its time and digest; its content is put in canonical order once, here. */
export function sealReport(content: ReportContent, generatedAt: string): Report {
  const ordered = canonical(content) as ReportContent;
  return { ...ordered, generatedAt, sha256: createHash('sha256').update(JSON.stringify(ordered)).digest('hex') };
}

/** The report as JSON, keys in a fixed order (the content is already; the two stamps go last). */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/** The words of a source by id, for the renderers. */
export function namer(report: Report): (id: string) => string {
  const names = new Map(report.sources.map((s) => [s.id, s.name]));
  return (id) => names.get(id) ?? id;
}
