import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class ExtractDocumentDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The event the text is read for: rules that take "the one party of a kind" (a bare "the army", "officials", "soldiers" counted) prefer its claimants, which a desk of many events needs; without it every source of the desk counts alike',
  })
  @IsOptional()
  @IsUUID('all', { message: 'eventId must be the id of an event' })
  eventId?: string;
}
