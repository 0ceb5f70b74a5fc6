import { ApiProperty } from '@nestjs/swagger';
import { EventResponseDto } from '../../events/dto/event.response';

export class EventSuggestionDto {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: EventResponseDto }) event!: EventResponseDto;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'How well the event fits, 0 to 1' }) score!: number;
  @ApiProperty({ type: [String], example: ['same place (Bamako)', '6 hours after its start'], description: 'Why, one short sentence per signal that counts' }) reasons!: string[];
}

export class EventSuggestionsDto {
  @ApiProperty({ type: [EventSuggestionDto], description: 'Best first' }) items!: EventSuggestionDto[];
}
