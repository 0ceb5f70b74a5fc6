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

/** `JSON.stringify`, with what it leaves out of an array written as `null`. */
const json = (value: unknown, indent?: number): string => JSON.stringify(value, null, indent) ?? 'null';

/**
 * The report sealed step by step: its content put in canonical order and hashed one top-level item
 * (a claimant, a contradiction...) at a time, yielding between items so a caller can let the event
 * loop run and stop at a time limit. The bytes hashed are exactly `JSON.stringify` of the ordered content.
 */
/** The length of a sealed report's canonical JSON: what the analysis cache counts it at (two bytes a character), without walking it. */
export const SEALED_LENGTH = new WeakMap<object, number>();

/** A sealed report's canonical JSON as hashed, in pieces: its JSON rendering reuses them instead of writing every item again. */
const SEALED_TEXT = new WeakMap<object, string[]>();

export function* sealing(content: ReportContent, generatedAt: string): Generator<void, Report> {
  const hash = createHash('sha256');
  const ordered: Record<string, unknown> = {};
  let first = true;
  let length = 0;
  const texts: string[] = [];
  const update = (text: string) => {
    length += text.length;
    hash.update(text);
    texts.push(text);
  };
  update('{');
  for (const key of Object.keys(content).sort()) {
    const value = (content as unknown as Record<string, unknown>)[key];
    if (value === undefined) continue;
    update(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (!Array.isArray(value)) {
      ordered[key] = canonical(value);
      update(json(ordered[key]));
      continue;
    }
    const items: unknown[] = (ordered[key] = []);
    update('[');
    for (let i = 0; i < value.length; i += 1) {
      items.push(canonical(value[i]));
      update(`${i ? ',' : ''}${json(items[i])}`);
      yield;
    }
    update(']');
  }
  update('}');
  const report = { ...(ordered as unknown as ReportContent), generatedAt, sha256: hash.digest('hex') };
  SEALED_LENGTH.set(report, length);
  SEALED_TEXT.set(report, texts);
  return report;
}

/**
 * The JSON of a sealed report stamped with `generatedAt`, in pieces (the same bytes as `renderJson`),
 * from the pieces hashed when it was sealed: the content's JSON without its closing brace, then the two
 * stamps. `undefined` when the report was not sealed by `sealing` in this process.
 */
export function sealedJsonPieces(sealed: Report, generatedAt: string): string[] | undefined {
  const texts = SEALED_TEXT.get(sealed);
  if (!texts) return undefined;
  return [...texts.slice(0, -1), `,"generatedAt":${JSON.stringify(generatedAt)},"sha256":${JSON.stringify(sealed.sha256)}}\n`];
}

/** Runs a step-by-step job to its end at once. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The report with its time and digest; its content is put in canonical order once, here. */
export function sealReport(content: ReportContent, generatedAt: string): Report {
  return drain(sealing(content, generatedAt));
}

/**
 * The report as JSON in pieces, one top-level item at a time (the same bytes as `renderJson`): keys in
 * a fixed order (the content is already; the two stamps go last). Compact, not indented: indenting
 * a big event's report (claim ids by the ten thousand in its sides) nearly doubled its bytes.
 */
export function* jsonPieces(report: Report): Generator<void, string[]> {
  const pieces = ['{'];
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  for (let k = 0; k < entries.length; k += 1) {
    const [key, value] = entries[k];
    const tail = k < entries.length - 1 ? ',' : '';
    if (!Array.isArray(value) || !value.length) {
      pieces.push(`${JSON.stringify(key)}:${json(value)}${tail}`);
      continue;
    }
    pieces.push(`${JSON.stringify(key)}:[`);
    for (let i = 0; i < value.length; i += 1) {
      pieces.push(`${json(value[i])}${i < value.length - 1 ? ',' : ''}`);
      yield;
    }
    pieces.push(`]${tail}`);
  }
  pieces.push('}\n');
  return pieces;
}

/** The report as compact JSON and a line end, keys in a fixed order (the content is already; the two stamps go last). */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report)}\n`;
}

/** The words of a source by id, for the renderers. */
export function namer(report: Report): (id: string) => string {
  const names = new Map(report.sources.map((s) => [s.id, s.name]));
  return (id) => names.get(id) ?? id;
}
