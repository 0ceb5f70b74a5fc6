import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
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
