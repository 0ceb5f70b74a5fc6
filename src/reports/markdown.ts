import { describeRange } from '../claims/quantity';
import { sideTimeText } from '../contradictions/time';
import { namer, Report } from './report';

/**
 * Text made safe for Markdown: no raw HTML from claim text (`<`, `>` and `&` become entities), no
 * accidental emphasis, links or code, and inside tables `|` escaped and line breaks kept as `<br>`.
 */
export function escapeMarkdown(text: string, inTable = false): string {
  const escaped = text
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]!~|])/g, '\\$1')
    .replace(/^([-=#+])/gm, '\\$1');
  return inTable ? escaped.replace(/\r\n|\r|\n/g, '<br>') : escaped.replace(/\r\n|\r|\n/g, '  \n');
}

function row(cells: string[]): string {
  return `| ${cells.map((cell) => escapeMarkdown(cell, true) || ' ').join(' | ')} |`;
}

function table(header: string[], rows: string[][]): string[] {
  return [row(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(row), ''];
}

export function renderMarkdown(report: Report): string {
  const name = namer(report);
  const e = report.event;
  const place = e.location ? [e.location.name, e.location.admin1, e.location.country].filter(Boolean).join(', ') + (e.location.precision ? ` (precision: ${e.location.precision})` : '') : 'unknown';
  const out: string[] = [
    `# ${escapeMarkdown(report.title)}`, '',
    `Generated ${report.generatedAt}. Content SHA-256: \`${report.sha256}\``, '',
    '## Event', '',
    ...table(['field', 'value'], [
      ['title', e.title], ['type', e.type], ['time', `${e.startsAt ?? '?'} to ${e.endsAt ?? '?'} (precision: ${e.timePrecision})`], ['place', place],
      ['description', e.description ?? ''],
    ]),
    '## Sources', '',
    ...table(['source', 'aliases', 'kind', 'stake', 'reliability'], report.sources.map((s) => [s.name, s.aliases.join(', '), s.kind, s.stake, s.reliability])),
    '## Contradictions', '',
    ...table(['severity', 'status', 'attribute', 'kind', 'side A', 'side B', 'explanation', 'note'], report.contradictions.map((c) => [
      c.severity, c.status, c.subject ? `${c.attribute} (${c.subject})` : c.attribute, c.kind,
      `${c.sideA.value ?? 'silent'}: ${c.sideA.sourceIds.map(name).join(', ')}${sideTimeText(c.sideA)}`, `${c.sideB.value ?? 'silent'}: ${c.sideB.sourceIds.map(name).join(', ')}${sideTimeText(c.sideB)}`,
      c.explanation, c.note ?? '',
    ])),
    '## Disputes', '',
  ];
  for (const d of report.disputes) {
    out.push(`### ${escapeMarkdown(d.subject ? `${d.attribute} (${d.subject})` : d.attribute)}`, '');
    out.push(...table(['position', 'polarity', 'sources', 'claims'], d.positions.map((p) => [
      p.range ? `${p.value} (${describeRange({ min: p.range.min, max: p.range.max, magnitude: null })})` : p.value, p.polarity, p.sourceIds.map(name).join(', '), String(p.claimIds.length),
    ])));
    if (d.figures) out.push(escapeMarkdown(`Conservative figure ${d.figures.conservative}, median ${d.figures.median}, highest ${d.figures.highest}${d.figures.highestOpen ? ' or more' : ''}.`), '');
  }
  out.push('## Corroborations', '', ...table(['attribute', 'value', 'sources'], report.corroborations.map((c) => [
    c.subject ? `${c.attribute} (${c.subject})` : c.attribute, c.value, c.sourceIds.map(name).join(', '),
  ])));
  out.push('## Claims by claimant', '');
  for (const claimant of report.claimants) {
    out.push(`### ${escapeMarkdown(claimant.name)}`, '');
    out.push(...table(['claim', 'quote', 'conveyed by', 'document', 'verdict', 'credibility', 'reviews'], claimant.claims.map((c) => [
      c.text, c.quote ?? '', c.conveyedBy ? name(c.conveyedBy) : '', c.document?.title ?? '', c.verdict,
      `suggested ${c.credibility.suggested}${c.credibility.reviewed ? `, reviewed ${c.credibility.reviewed.grade}` : ''}`,
      c.reviews.latest.map((r) => `${r.verdict} (${r.createdAt.slice(0, 10)}): ${r.rationale}`).join('\n') || 'none',
    ])));
  }
  return out.join('\n');
}
