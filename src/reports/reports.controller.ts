import { Readable } from 'node:stream';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { AnyRole } from '../auth/access.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { contradictionRow, csvStream } from './csv';
import { ExportQuery, ReportQuery } from './dto/report-query.dto';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@Controller()
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('events/:id/report')
  @AnyRole()
  @ApiProduces('application/json', 'text/markdown', 'text/csv', 'text/html')
  @ApiOperation({ summary: 'The event report: sources, claims by claimant, disputes, contradictions, corroborations, reviews; with a SHA-256 of its content' })
  async report(@Param('id', ParseIdPipe) id: string, @Query() query: ReportQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { sha256, rendered } = await this.reports.rendered(id, query.format ?? 'json', query.bom ?? false);
    void reply.type(rendered.contentType)
      .header('Content-Disposition', `${rendered.inline ? 'inline' : 'attachment'}; filename="${rendered.fileName}"`)
      .header('X-Content-SHA256', sha256)
      .header('X-Content-Type-Options', 'nosniff');
    if (rendered.contentSecurityPolicy) void reply.header('Content-Security-Policy', rendered.contentSecurityPolicy);
    return rendered.body;
  }

  @Get('exports/contradictions')
  @AnyRole()
  @ApiProduces('text/csv', 'application/x-ndjson')
  @ApiOperation({ summary: 'Contradictions across events, streamed in keyset pages; filters: event, status, severity, since' })
  exportContradictions(@Query() query: ExportQuery, @Res() reply: FastifyReply): void {
    const stop = new AbortController();
    // The client went away before the end: stop reading the database.
    reply.raw.on('close', () => {
      if (!reply.raw.writableFinished) stop.abort();
    });
    const rows = this.reports.exportRows(query, stop.signal);
    if ((query.format ?? 'csv') === 'ndjson') {
      const lines = Readable.from((async function* () {
        for await (const { view } of rows) yield `${JSON.stringify(view)}\n`;
      })());
      void reply.type('application/x-ndjson; charset=utf-8').header('Content-Disposition', 'attachment; filename="contradictions.ndjson"').send(lines);
      return;
    }
    const csv = csvStream(query.bom ?? false);
    Readable.from((async function* () {
      for await (const { view, eventTitle, name } of rows) yield contradictionRow(view, eventTitle, name);
    })()).pipe(csv);
    void reply.type('text/csv; charset=utf-8').header('Content-Disposition', 'attachment; filename="contradictions.csv"').send(csv);
  }

  @Get('claims/:id/claim-review')
  @AnyRole()
  @ApiProduces('application/ld+json')
  @ApiOperation({ summary: 'schema.org ClaimReview (JSON-LD) of the latest verdict; 409 for a claim not reviewed yet' })
  async claimReview(@Param('id', ParseIdPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const review = await this.reports.claimReview(id);
    void reply.type('application/ld+json; charset=utf-8');
    return JSON.stringify(review, null, 2);
  }
}
