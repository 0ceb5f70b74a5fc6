import { describeRange } from '../claims/quantity';
import { namer, Report } from './report';
import { sideTimeText } from '../contradictions/time';
import { label } from '../common/labels';
import { partiesWithVoices, reportVoices } from './voices';

/** A cell: text, or a severity (which the HTML colours). */
export type Cell = string | { severity: string };

export interface Table {
  header: string[];
  rows: Cell[][];
}

/** A table under a heading of its own (a dispute, a claimant), with a line after it when there is one. */
export interface TitledTable {
  heading: string;
  table: Table;
  note: string | null;
}

/** The report as the tables a reader sees: the Markdown and the HTML are two spellings of this. */
export interface ReportTables {
  title: string;
  generatedAt: string;
  sha256: string;
  event: Table;
  sources: Table;
  contradictions: Table;
  disputes: TitledTable[];
  corroborations: Table;
  claimants: TitledTable[];
}

export const cellText = (cell: Cell): string => (typeof cell === 'string' ? cell : cell.severity);

const attributeOf = (x: { attribute: string; subject: string | null }) => (x.subject ? `${label(x.attribute)} (${x.subject})` : label(x.attribute));

export function reportTables(report: Report): ReportTables {
  const name = namer(report);
  const voices = reportVoices(report.claimants);
  // A side names each party with who voiced it there: "Malian army (voiced by Army spokesman Idris Bako)".
  const side = (s: Report['contradictions'][number]['sideA']) => `${s.value === null ? 'silent' : label(s.value)}: ${partiesWithVoices(s, voices, name)}${sideTimeText(s)}`;
  const e = report.event;
  const place = e.location ? [e.location.name, e.location.admin1, e.location.country].filter(Boolean).join(', ') + (e.location.precision ? ` (precision: ${e.location.precision})` : '') : 'unknown';
  return {
    title: report.title,
    generatedAt: report.generatedAt,
    sha256: report.sha256,
    event: {
      header: ['field', 'value'],
      rows: [
        ['title', e.title], ['type', label(e.type)], ['time', `${e.startsAt ?? '?'} to ${e.endsAt ?? '?'} (precision: ${e.timePrecision})`], ['place', place],
        ['description', e.description ?? ''],
      ],
    },
    sources: {
      header: ['source', 'aliases', 'kind', 'stake', 'reliability'],
      rows: report.sources.map((s) => [s.name, s.aliases.join(', '), label(s.kind), label(s.stake), s.reliability]),
    },
    contradictions: {
      header: ['severity', 'status', 'attribute', 'kind', 'side A', 'side B', 'explanation', 'note', 'triaged by'],
      rows: report.contradictions.map((c) => [
        { severity: c.severity }, c.status, attributeOf(c), label(c.kind),
        side(c.sideA), side(c.sideB),
        c.explanation, c.note ?? '', c.triagedBy ? `${c.triagedBy}${c.triagedAt ? `, ${c.triagedAt.slice(0, 10)}` : ''}` : '',
      ]),
    },
    disputes: report.disputes.map((d) => ({
      heading: attributeOf(d),
      table: {
        header: ['position', 'polarity', 'sources', 'claims'],
        rows: d.positions.map((p) => [
          p.range ? `${p.value} (${describeRange({ min: p.range.min, max: p.range.max, magnitude: null })})` : p.value, p.polarity, partiesWithVoices(p, voices, name), String(p.claimIds.length),
        ]),
      },
      note: d.figures
        ? `Conservative figure ${d.figures.conservative}, median ${d.figures.median}, highest ${d.figures.highest}${d.figures.highestOpen ? ' or more' : ''}.`
        : null,
    })),
    corroborations: {
      header: ['attribute', 'value', 'sources'],
      rows: report.corroborations.map((c) => [attributeOf(c), c.value, partiesWithVoices(c, voices, name)]),
    },
    claimants: report.claimants.map((claimant) => ({
      heading: claimant.name,
      table: {
        header: ['claim', 'voiced by', 'quote', 'conveyed by', 'document', 'verdict', 'credibility', 'reviews'],
        rows: claimant.claims.map((c) => [
          c.text, c.voicedBy ?? '', c.quote ?? '', c.conveyedBy ? name(c.conveyedBy) : '', c.document?.title ?? '', label(c.verdict),
          `suggested ${c.credibility.suggested}${c.credibility.reviewed ? `, reviewed ${c.credibility.reviewed.grade}` : ''}`,
          c.reviews.latest.map((r) => `${label(r.verdict)} by ${r.reviewer ?? 'a reviewer'} (${r.createdAt.slice(0, 10)}): ${r.rationale}`).join('\n') || 'none',
        ]),
      },
      note: null,
    })),
  };
}
