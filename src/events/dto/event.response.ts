import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/dto/page.response';
import { PossibleDuplicateDto } from '../../sources/dto/source.response';
import { EVENT_TYPES, EventType, LOCATION_PRECISIONS, LocationPrecision, TIME_PRECISIONS, TimePrecision } from '../event.entity';

export class EventLocationDto {
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: String, nullable: true }) admin1!: string | null;
  @ApiProperty({ type: String, nullable: true }) admin2!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'ISO 3166-1 alpha-2' }) country!: string | null;
  @ApiProperty({ type: Number, nullable: true }) latitude!: number | null;
  @ApiProperty({ type: Number, nullable: true }) longitude!: number | null;
  @ApiProperty({ enum: LOCATION_PRECISIONS, enumName: 'LocationPrecision', nullable: true }) precision!: LocationPrecision | null;
}

export class EventResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: EVENT_TYPES, enumName: 'EventType' }) type!: EventType;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startsAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endsAt!: string | null;
  @ApiProperty({ enum: TIME_PRECISIONS, enumName: 'TimePrecision' }) timePrecision!: TimePrecision;
  @ApiProperty({ type: EventLocationDto, nullable: true }) location!: EventLocationDto | null;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The event this one was merged into: its claims are there now' }) mergedInto!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** A new event, with the existing ones it closely matches (it is made all the same). */
export class CreatedEventResponseDto extends EventResponseDto {
  @ApiProperty({ type: [PossibleDuplicateDto] }) possibleDuplicates!: PossibleDuplicateDto[];
}

export const EventPageDto = PageOf(EventResponseDto, 'EventPage');
