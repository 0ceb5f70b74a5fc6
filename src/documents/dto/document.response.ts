import { ApiProperty } from '@nestjs/swagger';
import { ClaimResponseDto, QuoteAnchorDto } from '../../claims/dto/claim.response';
import { FacetDto } from '../../claims/dto/create-claim.dto';
import { PageOf } from '../../common/dto/page.response';
import { SourceResponseDto } from '../../sources/dto/source.response';
import { SOURCE_KINDS, SourceKind } from '../../sources/source.entity';

class DocumentFieldsDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, format: 'uri', nullable: true }) url!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The source that published it' }) publisherId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'BCP 47 tag' }) language!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 of the text, hex' }) sha256!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class DocumentResponseDto extends DocumentFieldsDto {
  @ApiProperty({ type: String, nullable: true, description: 'The full text as archived' }) text!: string | null;
}

/** A document in a list: its text left out, its length given. */
export class DocumentSummaryDto extends DocumentFieldsDto {
  @ApiProperty({ type: Number, nullable: true }) textLength!: number | null;
}

export const DocumentPageDto = PageOf(DocumentSummaryDto, 'DocumentPage');

export class SuggestedSourceDto {
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The title or function the text gave the speaker, kept apart from the name' }) role!: string | null;
  @ApiProperty({ enum: SOURCE_KINDS, enumName: 'SourceKind' }) kind!: SourceKind;
  @ApiProperty({ enum: ['party_to_conflict', 'official', 'anonymous', 'unknown'], description: 'A suggestion for the editor to confirm; never independent' }) stake!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The known party the words say it speaks for' }) side!: string | null;
}

export class FacetEvidenceDto {
  @ApiProperty() attribute!: string;
  @ApiProperty({ description: 'Offset of the first character in the text' }) start!: number;
  @ApiProperty({ description: 'Offset after the last character' }) end!: number;
  @ApiProperty() words!: string;
}

export class CandidateResponseDto {
  @ApiProperty({ description: 'The speaker as written' }) speaker!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The source the speaker resolves to' }) sourceId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'When the source spoke through a named person: the function and the name ("army spokesman Jules Ngongo")' }) role!: string | null;
  @ApiProperty({ type: SuggestedSourceDto, nullable: true }) suggestedSource!: SuggestedSourceDto | null;
  @ApiProperty({ type: [String], format: 'uuid', description: 'For a suggested new source: the known sources (at most two, best first) the speaker may well be, to offer before the others' }) alternatives!: string[];
  @ApiProperty() statement!: string;
  @ApiProperty({ enum: ['direct_quote', 'reported'] }) form!: 'direct_quote' | 'reported';
  @ApiProperty({ type: QuoteAnchorDto }) quote!: QuoteAnchorDto;
  @ApiProperty({ type: [FacetDto], description: 'Facets as a claim takes them' }) facets!: FacetDto[];
  @ApiProperty({ type: [FacetEvidenceDto], description: 'For each facet, in order, the words it was read from' }) evidence!: FacetEvidenceDto[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was said: the publication time, or the day the text names' }) statedAt!: string | null;
  @ApiProperty({ minimum: 0, maximum: 1 }) confidence!: number;
}

export class ExtractionResponseDto {
  @ApiProperty({ format: 'uuid' }) documentId!: string;
  @ApiProperty({ type: String, nullable: true }) sha256!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: [CandidateResponseDto] }) items!: CandidateResponseDto[];
  @ApiProperty({ description: 'What was found, or that nothing was' }) message!: string;
}

export class AcceptedCandidatesResponseDto {
  @ApiProperty({ type: [ClaimResponseDto] }) claims!: ClaimResponseDto[];
  @ApiProperty({ type: [SourceResponseDto], description: 'Sources made from suggested sources' }) createdSources!: SourceResponseDto[];
}
