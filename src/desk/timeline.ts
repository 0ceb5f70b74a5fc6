import { Report } from '../reports/report';
import { facetText } from './board';

/**
 * An event's statements in the order they were made, each party's in its own lane, with the
 * contradictions between them named on both ends. Built from the report, like the board.
 */
export interface Timeline {
  lanes: Array<{ id: string; name: string; side: string | null }>;
  entries: TimelineEntry[];
}

export interface TimelineEntry {
  claimId: string;
  partyId: string;
  /** When it was said; null when no time is known (such statements come last). */
  statedAt: string | null;
  text: string;
  facets: string[];
  links: TimelineLink[];
}

export interface TimelineLink {
  contradictionId: string;
  kind: string;
  severity: string;
  status: string;
  attribute: string;
  /** The statement at the other end, and its party. */
  otherClaimId: string;
  otherPartyId: string;
}

export function buildTimeline(report: Report): Timeline {
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  const partyOf = new Map<string, string>();
  const entries: TimelineEntry[] = [];
  for (const claimant of report.claimants) {
    for (const claim of claimant.claims) {
      partyOf.set(claim.id, claimant.sourceId);
      entries.push({
        claimId: claim.id, partyId: claimant.sourceId, statedAt: claim.statedAt, text: claim.text,
        facets: claim.facets.map((f) => `${f.attribute.replace(/_/g, ' ')}${f.subject ? ` (${f.subject})` : ''}: ${facetText(f)}`),
        links: [],
      });
    }
  }
  const byClaim = new Map(entries.map((e) => [e.claimId, e]));
  for (const c of report.contradictions) {
    if (c.status === 'dismissed') continue;
    const pairs = (from: string[], to: string[]) => {
      for (const a of from) {
        for (const b of to) {
          const entry = byClaim.get(a);
          const otherPartyId = partyOf.get(b) ?? '';
          // One link per contradiction and party at the other end: to that party's first statement on it.
          if (!entry || a === b || entry.links.some((l) => l.contradictionId === c.id && l.otherPartyId === otherPartyId)) continue;
          entry.links.push({ contradictionId: c.id, kind: c.kind, severity: c.severity, status: c.status, attribute: c.attribute, otherClaimId: b, otherPartyId });
        }
      }
    };
    pairs(c.sideA.claimIds, c.sideB.claimIds);
    pairs(c.sideB.claimIds, c.sideA.claimIds);
  }
  // Known times first, oldest first; ties and unknown times by party name, then claim id, so the page is stable.
  const name = (id: string) => sources.get(id)?.name ?? id;
  entries.sort((a, b) => (a.statedAt === null ? 1 : 0) - (b.statedAt === null ? 1 : 0)
    || (a.statedAt ?? '').localeCompare(b.statedAt ?? '') || name(a.partyId).localeCompare(name(b.partyId), 'en') || a.claimId.localeCompare(b.claimId));
  const lanes = report.claimants.map((c) => ({ id: c.sourceId, name: c.name, side: sources.get(c.sourceId)?.side ?? null }))
    .sort((a, b) => (a.side === null ? 1 : 0) - (b.side === null ? 1 : 0) || (a.side ?? '').localeCompare(b.side ?? '', 'en') || a.name.localeCompare(b.name, 'en'));
  return { lanes, entries };
}
