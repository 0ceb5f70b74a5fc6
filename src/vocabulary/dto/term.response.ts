import { ApiProperty } from '@nestjs/swagger';
import { TERM_RELATIONS, TermRelation } from '../term.entity';

export class TermResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() attribute!: string;
  @ApiProperty() term!: string;
  @ApiProperty({ enum: TERM_RELATIONS, enumName: 'TermRelation' }) relation!: TermRelation;
  @ApiProperty() of!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class TermListDto {
  @ApiProperty({ type: [TermResponseDto] }) items!: TermResponseDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: the list is whole' }) nextCursor!: null;
}
