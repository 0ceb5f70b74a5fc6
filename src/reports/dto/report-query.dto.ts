import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { TRIAGE_STATES } from '../../contradictions/contradiction.entity';
import { SEVERITIES } from '../../contradictions/contradiction.entity';
import { OneOf } from '../../common/one-of';
import { IsIsoTime } from '../../common/iso-time';

export const REPORT_FORMATS = ['json', 'markdown', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const EXPORT_FORMATS = ['csv', 'ndjson'] as const;

const flag = ({ value }: { value: unknown }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value);

export class ReportQuery {
  @ApiPropertyOptional({ enum: REPORT_FORMATS, default: 'json' })
  @IsOptional()
  @OneOf(REPORT_FORMATS)
  format?: ReportFormat;

  @ApiPropertyOptional({ description: 'CSV only: start with a UTF-8 byte order mark, for spreadsheet programs' })
  @IsOptional()
  @Transform(flag)
  @IsBoolean({ message: 'bom must be true or false' })
  bom?: boolean;
}

export class ExportQuery {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @OneOf(EXPORT_FORMATS)
  format?: (typeof EXPORT_FORMATS)[number];

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all')
  eventId?: string;

  @ApiPropertyOptional({ enum: TRIAGE_STATES })
  @IsOptional()
  @OneOf(TRIAGE_STATES)
  status?: string;

  @ApiPropertyOptional({ enum: SEVERITIES })
  @IsOptional()
  @OneOf(SEVERITIES)
  severity?: string;

  @ApiPropertyOptional({ description: 'Only contradictions changed at or after this time' })
  @IsOptional()
  @IsIsoTime('since must be an ISO-8601 date or time')
  since?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(flag)
  @IsBoolean({ message: 'bom must be true or false' })
  bom?: boolean;
}
