import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsLatitude, IsLongitude, IsNotEmpty, IsNumber, IsObject, IsOptional, IsString, Matches, MaxLength,
  ValidateNested,
} from 'class-validator';
import { EVENT_TYPES, EventType, LOCATION_PRECISIONS, LocationPrecision, TIME_PRECISIONS, TimePrecision } from '../event.entity';
import { OneOf } from '../../common/one-of';
import { IsIsoTime } from '../../common/iso-time';

export class LocationDto {
  @ApiProperty({ maxLength: 200, example: 'Bamako' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ maxLength: 200, example: 'Bamako District' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  admin1?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  admin2?: string;

  @ApiPropertyOptional({ example: 'ML', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as ML' })
  country?: string;

  @ApiPropertyOptional({ example: 12.5335 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsLatitude({ message: 'latitude must be between -90 and 90' })
  latitude?: number;

  @ApiPropertyOptional({ example: -7.9499 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsLongitude({ message: 'longitude must be between -180 and 180' })
  longitude?: number;

  @ApiPropertyOptional({ enum: LOCATION_PRECISIONS })
  @IsOptional()
  @OneOf(LOCATION_PRECISIONS)
  precision?: LocationPrecision;
}

export class CreateEventDto {
  @ApiProperty({ maxLength: 500, example: 'Attack on Bamako' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ enum: EVENT_TYPES, description: 'ACLED event type' })
  @OneOf(EVENT_TYPES)
  type!: EventType;

  @ApiPropertyOptional({ example: '2024-09-17T05:00:00Z' })
  @IsOptional()
  @IsIsoTime('startsAt must be an ISO-8601 date or time')
  startsAt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIsoTime('endsAt must be an ISO-8601 date or time')
  endsAt?: string;

  @ApiPropertyOptional({ enum: TIME_PRECISIONS, default: 'day' })
  @IsOptional()
  @OneOf(TIME_PRECISIONS)
  timePrecision?: TimePrecision;

  @ApiPropertyOptional({ type: LocationDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LocationDto)
  location?: LocationDto;

  @ApiPropertyOptional({ maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string;
}

export class UpdateEventDto extends PartialType(CreateEventDto) {}
