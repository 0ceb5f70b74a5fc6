import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/dto/page.response';
import { ROLES, Role } from '../user.entity';

export class UserResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ description: 'When true, the keys of this user stop working at the next request' }) disabled!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export const UserPageDto = PageOf(UserResponseDto, 'UserPage');

export class IssuedKeyResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ description: 'The key: shown in this answer only, store it now' }) key!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** A key as listed or revoked: never the key itself. */
export class KeyResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt!: string | null;
}

export class KeyListResponseDto {
  @ApiProperty({ type: [KeyResponseDto] }) items!: KeyResponseDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: a user has few keys' }) nextCursor!: string | null;
}
