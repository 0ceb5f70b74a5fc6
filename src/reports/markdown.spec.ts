import { marked } from 'marked';
import { sampleReport } from '../../test/report-sample';
import { renderHtml } from './html';
import { escapeMarkdown, renderMarkdown } from './markdown';
import { sealReport } from './report';

describe('escapeMarkdown', () => {
  it.each([
    ['plain words', 'plain words', false, 'plain words'],
    ['raw HTML', '<script>alert(1)</script>', false, '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an entity', 'AT&T', false, 'AT&amp;T'],
    ['emphasis, code and links', '*bold* _it_ `code` [a](b) ![i](x) ~~s~~', false, '\\*bold\\* \\_it\\_ \\`code\\` \\[a\\](b) \\!\\[i\\](x) \\~\\~s\\~\\~'],
    ['a backslash', 'a\\b', false, 'a\\\\b'],
    ['a heading, a list and a rule at a line start', '# one\n- two\n+ three\n= four', false, '\\# one  \n\\- two  \n\\+ three  \n\\= four'],
    ['a dash inside a line stays', 'north-east', false, 'north-east'],
    ['a pipe, in a table', 'a | b', true, 'a \\| b'],
    ['line breaks, in a table', 'one\ntwo\r\nthree\rfour', true, 'one<br>two<br>three<br>four'],
    ['line breaks, in text', 'one\r\ntwo', false, 'one  \ntwo'],
  ] as const)('%s', (_, text, inTable, expected) => {
    expect(escapeMarkdown(text, inTable)).toBe(expected);
  });
});

/** Each table of a rendered page as rows of cell texts, entities and line breaks read back. */
function tablesOf(page: string): string[][][] {
  const text = (cell: string) => cell.replace(/<br>/g, '\n').replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...page.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map(([, table]) =>
    [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => text(cell).trim())));
}

describe('renderMarkdown', () => {
  const report = sealReport(sampleReport(), '2024-09-18T06:00:00.000Z');
  const markdown = renderMarkdown(report);

  it('writes the sections in order, with the stamp and the digest', () => {
    expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '# Crosscheck report: Attack on \\*Bamako\\*', '## Event', '## Sources', '## Contradictions', '## Disputes', '### fatalities',
      '## Corroborations', '## Claims by claimant', '### General &lt;b&gt;Diarra&lt;/b&gt;', '### JNIM \\| GSIM',
    ]);
    expect(markdown).toContain(`Generated 2024-09-18T06:00:00.000Z. Content SHA-256: \`${report.sha256}\``);
    expect(markdown).toContain('Conservative figure 0, median 10, highest 20 or more.');
  });

  it('reads back, through a Markdown library, as the same tables as the HTML page, with no raw HTML', async () => {
    const rendered = await marked.parse(markdown);
    expect(rendered).not.toMatch(/<script|<b>|<i>/);
    const fromMarkdown = tablesOf(rendered);
    const fromHtml = tablesOf(renderHtml(report));
    // The same tables, the HTML listing the sources after the corroborations.
    const [event, sources, contradictions, dispute, corroborations, ...claimants] = fromMarkdown;
    expect(fromHtml).toEqual([event, contradictions, dispute, corroborations, sources, ...claimants]);
    expect(contradictions).toEqual([
      ['severity', 'status', 'attribute', 'kind', 'side A', 'side B', 'explanation', 'note', 'triaged by'],
      ['high', 'confirmed', 'fatalities', 'figures that do not overlap', 'none: General <b>Diarra</b> (voiced by Army spokesman <i>Idris</i> Bako)', 'at least 20: JNIM | GSIM', 'The army says none; JNIM says at least 20', 'checked & confirmed <by phone>', 'Ed Editor, 2024-09-17'],
    ]);
    // Who voiced the army stands beside the army wherever the army is named, and in a column of the claim.
    expect(claimants[0][0]).toEqual(['claim', 'voiced by', 'quote', 'conveyed by', 'document', 'verdict', 'credibility', 'reviews']);
    expect(claimants[0][1]).toEqual(['The situation is <script>under control</script>', 'Army spokesman <i>Idris</i> Bako', '', '', '', 'disputed', 'suggested 4', 'disputed by Rita Reviewer (2024-09-17): AFP heard gunfire\nuntil noon']);
    expect(dispute[1]).toEqual(['none (0)', 'asserted', 'General <b>Diarra</b> (voiced by Army spokesman <i>Idris</i> Bako)', '1']);
    expect(claimants[1][1][1]).toBe('');
  });
});
