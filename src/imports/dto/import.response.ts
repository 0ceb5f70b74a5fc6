import { ApiProperty } from '@nestjs/swagger';

const COUNTS = { type: 'object', additionalProperties: { type: 'integer' }, example: { source: 2, document: 1, event: 1, claim: 5 } } as const;

export class ImportResponseDto {
  @ApiProperty({ description: 'The id of this import, as in the audit log' }) importId!: string;
  @ApiProperty({ ...COUNTS, description: 'Records made, by kind' }) created!: Record<string, number>;
  @ApiProperty({ ...COUNTS, description: 'Records imported before with the same content, by kind' }) unchanged!: Record<string, number>;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: { type: 'string', format: 'uuid' } },
    description: 'The id each client id has here, by kind',
  })
  ids!: Record<string, Record<string, string>>;
}
