import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/dto/page.response';

export class AuditEntryResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The user; null for the system' }) actorId!: string | null;
  @ApiProperty({ enum: ['create', 'update', 'delete'] }) action!: string;
  @ApiProperty({ example: 'claim' }) entity!: string;
  @ApiProperty() entityId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The record before the change' }) before!: object | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The record after the change' }) after!: object | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export const AuditPageDto = PageOf(AuditEntryResponseDto, 'AuditPage');
