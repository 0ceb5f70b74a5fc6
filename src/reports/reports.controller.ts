import { Readable } from 'node:stream';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { ApiRecord, ApiRefusals } from '../common/api-responses';
import { ClaimReviewResponseDto } from './dto/claim-review.response';
import { ReportResponseDto } from './dto/report.response';
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
  @ApiOkResponse({
    description: 'The report in the format asked for; X-Content-SHA256 carries its content hash',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(ReportResponseDto) } },
      'text/markdown': { schema: { type: 'string' } },
      'text/csv': { schema: { type: 'string', description: 'One row per contradiction, RFC 4180' } },
      'text/html': { schema: { type: 'string' } },
    },
  })
  @ApiExtraModels(ReportResponseDto)
  @ApiRecord()
  @ApiOperation({ operationId: 'getEventReport', summary: 'The event report: sources, claims by claimant, disputes, contradictions, corroborations, reviews; with a SHA-256 of its content' })
  async report(@Param('id', ParseIdPipe) id: string, @Query() query: ReportQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<string | Readable> {
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
  @ApiOkResponse({
    description: 'Streamed: CSV (RFC 4180) or one contradiction a line',
    content: {
      'text/csv': { schema: { type: 'string' } },
      'application/x-ndjson': { schema: { type: 'string', description: 'One ContradictionResponse (JSON) a line' } },
    },
  })
  @ApiOperation({ operationId: 'exportContradictions', summary: 'Contradictions across events, streamed in keyset pages; filters: event, status, severity, since' })
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
      for await (const { view, eventTitle, name, voices } of rows) yield contradictionRow(view, eventTitle, name, voices);
    })()).pipe(csv);
    void reply.type('text/csv; charset=utf-8').header('Content-Disposition', 'attachment; filename="contradictions.csv"').send(csv);
  }

  @Get('claims/:id/claim-review')
  @AnyRole()
  @ApiOkResponse({ content: { 'application/ld+json': { schema: { $ref: getSchemaPath(ClaimReviewResponseDto) } } } })
  @ApiExtraModels(ClaimReviewResponseDto)
  @ApiRecord()
  @ApiRefusals(409)
  @ApiOperation({ operationId: 'getClaimReview', summary: 'schema.org ClaimReview (JSON-LD) of the latest verdict; 409 for a claim not reviewed yet' })
  async claimReview(@Param('id', ParseIdPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const review = await this.reports.claimReview(id);
    void reply.type('application/ld+json; charset=utf-8');
    return JSON.stringify(review, null, 2);
  }
}
