import { ApiProperty } from '@nestjs/swagger';
import { ATTRIBUTE_KINDS, AttributeKind } from '../attribute.entity';

export class AttributeResponseDto {
  @ApiProperty({ example: 'fatalities' }) name!: string;
  @ApiProperty({ enum: ATTRIBUTE_KINDS, enumName: 'AttributeKind' }) kind!: AttributeKind;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: [String], nullable: true, description: 'For categories: the values it takes, when closed' }) allowedValues!: string[] | null;
  @ApiProperty() builtIn!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class AttributeListDto {
  @ApiProperty({ type: [AttributeResponseDto] }) items!: AttributeResponseDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: the list is whole' }) nextCursor!: null;
}
