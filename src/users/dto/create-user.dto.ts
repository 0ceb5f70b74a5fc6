import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Role, ROLES } from '../user.entity';
import { OneOf } from '../../common/one-of';

export class CreateUserDto {
  @ApiProperty({ maxLength: 200, example: 'Aminata, verification desk' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ROLES })
  @OneOf(ROLES)
  role!: Role;
}

export class CreateApiKeyDto {
  @ApiPropertyOptional({ maxLength: 100, example: 'laptop' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  label?: string;
}

/** What an admin may change of a user: the role, and whether the user is disabled. */
export class UpdateUserDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @OneOf(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'true: none of the user\'s keys is accepted from the next request on' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}
