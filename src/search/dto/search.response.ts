import { ApiProperty } from '@nestjs/swagger';
import { SEARCH_KINDS } from '../search.service';

export class SearchHitDto {
  @ApiProperty({ enum: SEARCH_KINDS, enumName: 'SearchKind' }) kind!: string;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'What the record is called: a claim\'s text, a source\'s or event\'s name, a document\'s title' }) title!: string;
  @ApiProperty({
    example: 'Malian army, voiced by Army spokesman Idris Bako · Attack on Bamako',
    description: 'A line more: for a claim its claimant (with who voiced it, when the claim names one) and its event; a source\'s aliases and kind; an event\'s day and place; a document\'s publisher and date',
  }) detail!: string;
}

/** What GET /search answers: the matches grouped by kind (claims, sources, events, documents), best first within each. */
export class SearchResponseDto {
  @ApiProperty({ type: [SearchHitDto] }) items!: SearchHitDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: at most `limit` of each kind, no further page' }) nextCursor!: null;
}
