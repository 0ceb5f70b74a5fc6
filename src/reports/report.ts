import { createHash } from 'node:crypto';
import { ClaimView } from '../claims/claims.service';
import { ContradictionView, CorroborationView, CredibilityView, DisputeView, FACETS_IN_KEY_ORDER } from '../contradictions/contradiction-views';
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
  /** The person or office the claimant spoke through (the claim's voicedBy), null when none is named. */
  voicedBy: string | null;
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

/** The length of a sealed report's canonical JSON: what the analysis cache counts it at (two bytes a character), without walking it. */
export const SEALED_LENGTH = new WeakMap<object, number>();

/** A sealed report's canonical JSON as hashed, in parts of about CHUNK_CHARS without its closing brace: its JSON rendering reuses them instead of writing every item again. */
const SEALED_PARTS = new WeakMap<object, string[]>();

/** Claims and claimants made by `reportClaim` and `reportClaimant`: already in canonical order, their JSON written without a copy. */
const CANONICAL = new WeakSet<object>();

/** The JSON of each list of reasons, written once: many claims share one list (credibility.ts). */
const REASONS_JSON = new WeakMap<string[], string>();

/**
 * A report claim with its keys (and those of what it holds) in canonical order, as `canonical` would
 * put them: the report's JSON writes it at once, its reasons from the JSON of their shared list.
 */
export function reportClaim(c: ReportClaim): ReportClaim {
  const { reasons, reviewed, suggested } = c.credibility;
  // Written as literals in key order (fast objects, which JSON.stringify writes quickly); only values of open shape go through `canonical`.
  const claim: ReportClaim = {
    conveyedBy: c.conveyedBy, credibility: { reasons, reviewed: reviewed && { grade: reviewed.grade, reason: reviewed.reason }, suggested },
    document: c.document && { id: c.document.id, sha256: c.document.sha256, title: c.document.title, url: c.document.url },
    // The reading's facet views are in key order already (contradiction-views.ts): shared, not copied.
    facets: FACETS_IN_KEY_ORDER.has(c.facets) ? c.facets : c.facets.map((f) => ({
      attribute: f.attribute, exclusive: f.exclusive, polarity: f.polarity, subject: f.subject,
      timeScope: f.timeScope && { from: f.timeScope.from, to: f.timeScope.to }, value: typeof f.value === 'object' ? canonical(f.value) as typeof f.value : f.value,
    })),
    id: c.id, quote: c.quote,
    reviews: { count: c.reviews.count, latest: c.reviews.latest.map((r) => ({ createdAt: r.createdAt, rationale: r.rationale, reviewer: r.reviewer, reviewerId: r.reviewerId, verdict: r.verdict })) },
    statedAt: c.statedAt, text: c.text, verdict: c.verdict, verdictAt: c.verdictAt, voicedBy: c.voicedBy,
  };
  CANONICAL.add(claim);
  return claim;
}

/** A claimant of a report in canonical order, its claims too (those not made by `reportClaim` are put in order here). */
export function reportClaimant(sourceId: string, name: string, claims: ReportClaim[]): Report['claimants'][number] {
  const claimant = { claims: claims.map((c) => (CANONICAL.has(c) ? c : (canonical(c) as ReportClaim))), name, sourceId };
  CANONICAL.add(claimant);
  return claimant;
}

/** Writes `json(claim)` of a claim made by `reportClaim` in three pieces: the JSON of its reasons is written once per list, and written as it is. */
function writeClaim(c: ReportClaim, write: (text: string) => void): void {
  const { reasons, reviewed, suggested } = c.credibility;
  let listed = REASONS_JSON.get(reasons);
  if (listed === undefined) REASONS_JSON.set(reasons, (listed = json(reasons)));
  // The claim with a 0 for its reasons, then the 0 replaced: the first key is `conveyedBy` (null or an id), so the first `"reasons":0` is that key.
  const text = JSON.stringify({
    conveyedBy: c.conveyedBy, credibility: { reasons: 0, reviewed, suggested }, document: c.document, facets: c.facets,
    id: c.id, quote: c.quote, reviews: c.reviews, statedAt: c.statedAt, text: c.text, verdict: c.verdict, verdictAt: c.verdictAt, voicedBy: c.voicedBy,
  });
  const at = text.indexOf('"reasons":0') + '"reasons":'.length;
  write(text.slice(0, at));
  write(listed);
  write(text.slice(at + 1));
}

/** How many claims of a claimant are written between two steps of the sealing. */
const CLAIMS_A_STEP = 64;

/** About how many characters of the sealed JSON are gathered (joined once) before they are hashed and kept. */
const CHUNK_CHARS = 512 * 1024;

/** The JSON of one top-level item, a step at a time: a claimant made by `reportClaimant` one claim at a time, anything else at once. */
function* itemJson(item: unknown, write: (text: string) => void): Generator<void, void> {
  if (!item || typeof item !== 'object' || !CANONICAL.has(item)) {
    write(json(item));
    return;
  }
  const { claims, name, sourceId } = item as Report['claimants'][number];
  write('{"claims":[');
  for (let i = 0; i < claims.length; i += 1) {
    if (i) write(',');
    writeClaim(claims[i], write);
    if (i % CLAIMS_A_STEP === CLAIMS_A_STEP - 1) yield;
  }
  write(`],"name":${json(name)},"sourceId":${json(sourceId)}}`);
}

/**
 * The report sealed step by step: its content put in canonical order and hashed one top-level item
 * (a claimant, a contradiction...) at a time, yielding between items so a caller can let the event
 * loop run and stop at a time limit. The bytes hashed are exactly `JSON.stringify` of the ordered
 * content; they are gathered into parts of about CHUNK_CHARS, each hashed and kept for the JSON rendering
 * (as texts: buffers of the same bytes cost several hundred ms more in garbage collection at 20,000 claims).
 */
export function* sealing(content: ReportContent, generatedAt: string): Generator<void, Report> {
  const hash = createHash('sha256');
  const ordered: Record<string, unknown> = {};
  let first = true;
  let length = 0;
  const chunks: string[] = [];
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    if (!pending.length) return;
    const joined = pending.join('');
    hash.update(joined);
    chunks.push(joined);
    pending = [];
    pendingLength = 0;
  };
  const update = (text: string) => {
    length += text.length;
    pending.push(text);
    pendingLength += text.length;
    if (pendingLength >= CHUNK_CHARS) flush();
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
      const item = value[i] && typeof value[i] === 'object' && CANONICAL.has(value[i] as object) ? value[i] : canonical(value[i]);
      items.push(item);
      if (i) update(',');
      yield* itemJson(item, update);
      yield;
    }
    update(']');
  }
  flush();
  // The closing brace is hashed, not kept: the rendering puts the two stamps before it.
  hash.update('}');
  length += 1;
  const report = { ...(ordered as unknown as ReportContent), generatedAt, sha256: hash.digest('hex') };
  SEALED_LENGTH.set(report, length);
  SEALED_PARTS.set(report, chunks);
  return report;
}

/**
 * The JSON of a sealed report stamped with `generatedAt`, in pieces (the same bytes as `renderJson`),
 * from the parts hashed when it was sealed: the content's JSON without its closing brace, then the two
 * stamps (a text). `undefined` when the report was not sealed by `sealing` in this process.
 */
export function sealedJsonPieces(sealed: Report, generatedAt: string): string[] | undefined {
  const chunks = SEALED_PARTS.get(sealed);
  if (!chunks) return undefined;
  return [...chunks, `,"generatedAt":${JSON.stringify(generatedAt)},"sha256":${JSON.stringify(sealed.sha256)}}\n`];
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
