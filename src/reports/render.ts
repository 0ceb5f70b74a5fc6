import { contradictionRow, renderCsv } from './csv';
import { ReportFormat } from './dto/report-query.dto';
import { renderHtml, REPORT_CSP } from './html';
import { renderMarkdown } from './markdown';
import { reportFileName } from './file-name';
import { namer, renderJson, Report } from './report';
import { reportVoices } from './voices';

/** A report in one format, with what the response needs to carry it. */
export interface RenderedReport {
  body: string;
  contentType: string;
  fileName: string;
  /** Markdown and HTML open in the browser; CSV and JSON download. */
  inline: boolean;
  contentSecurityPolicy: string | null;
}

export const REPORT_EXTENSIONS: Record<ReportFormat, string> = { json: 'json', markdown: 'md', csv: 'csv', html: 'html' };

export function renderReport(report: Report, format: ReportFormat, bom: boolean): RenderedReport {
  const fileName = reportFileName(report.event, REPORT_EXTENSIONS[format]);
  switch (format) {
    case 'markdown':
      return { body: renderMarkdown(report), contentType: 'text/markdown; charset=utf-8', fileName, inline: true, contentSecurityPolicy: null };
    case 'csv': {
      const name = namer(report);
      const voices = reportVoices(report.claimants);
      const rows = report.contradictions.map((c) => contradictionRow(c, report.event.title, name, voices));
      return { body: renderCsv(rows, bom), contentType: 'text/csv; charset=utf-8', fileName, inline: false, contentSecurityPolicy: null };
    }
    case 'html':
      return { body: renderHtml(report), contentType: 'text/html; charset=utf-8', fileName, inline: true, contentSecurityPolicy: REPORT_CSP };
    case 'json':
      return { body: renderJson(report), contentType: 'application/json; charset=utf-8', fileName, inline: false, contentSecurityPolicy: null };
  }
}
