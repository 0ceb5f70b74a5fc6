import { Report } from './report';
import { cellText, reportTables, Table, TitledTable } from './report-tables';

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

/** A table and the blank line after it. */
function table({ header, rows }: Table): string[] {
  return [row(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((cells) => row(cells.map(cellText))), ''];
}

function titled({ heading, table: body, note }: TitledTable): string[] {
  return [`### ${escapeMarkdown(heading)}`, '', ...table(body), ...(note === null ? [] : [escapeMarkdown(note), ''])];
}

export function renderMarkdown(report: Report): string {
  const tables = reportTables(report);
  return [
    `# ${escapeMarkdown(tables.title)}`, '',
    `Generated ${tables.generatedAt}. Content SHA-256: \`${tables.sha256}\``, '',
    '## Event', '', ...table(tables.event),
    '## Sources', '', ...table(tables.sources),
    '## Contradictions', '', ...table(tables.contradictions),
    '## Disputes', '', ...tables.disputes.flatMap(titled),
    '## Corroborations', '', ...table(tables.corroborations),
    '## Claims by claimant', '', ...tables.claimants.flatMap(titled),
  ].join('\n');
}
