import { OmitType } from '@nestjs/swagger';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { CreateClaimDto } from '../../claims/dto/create-claim.dto';
import { CreateDocumentDto } from '../../documents/dto/create-document.dto';
import { CreateEventDto } from '../../events/dto/create-event.dto';
import { CreateSourceDto } from '../../sources/dto/create-source.dto';

const clientId = () => {
  const decorate = (target: object, key: string) => {
    ApiProperty({ maxLength: 200, description: 'Your id for this record; references in the bundle use it' })(target, key);
    IsString()(target, key);
    IsNotEmpty()(target, key);
    MaxLength(200)(target, key);
  };
  return decorate;
};

/** A reference: a client id of this bundle, or the id of a record already here. */
const reference = (description: string) => (target: object, key: string) => {
  ApiPropertyOptional({ description })(target, key);
  IsOptional()(target, key);
  IsString()(target, key);
  IsNotEmpty()(target, key);
  MaxLength(200)(target, key);
};

export class ImportSourceDto extends CreateSourceDto {
  @clientId() clientId!: string;
}

export class ImportEventDto extends CreateEventDto {
  @clientId() clientId!: string;
}

export class ImportDocumentDto extends OmitType(CreateDocumentDto, ['publisherId'] as const) {
  @clientId() clientId!: string;
  @reference('The publishing source: a client id or a source id') publisherId?: string;
}

export class ImportClaimDto extends OmitType(CreateClaimDto, ['sourceId', 'eventId', 'conveyedById', 'documentId'] as const) {
  @clientId() clientId!: string;

  @ApiProperty({ description: 'The claimant: a client id of this bundle or a source id' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  sourceId!: string;

  @reference('The event: a client id or an event id') eventId?: string;
  @reference('The conveying source: a client id or a source id') conveyedById?: string;
  @reference('The document: a client id or a document id') documentId?: string;
}

export const BUNDLE_KINDS = ['source', 'document', 'event', 'claim'] as const;
export type BundleKind = (typeof BUNDLE_KINDS)[number];

/** The JSON form; NDJSON sends one record a line, each with `"record": "source" | "document" | "event" | "claim"`. */
export class ImportBundleDto {
  @ApiPropertyOptional({ type: [ImportSourceDto] }) sources?: ImportSourceDto[];
  @ApiPropertyOptional({ type: [ImportDocumentDto] }) documents?: ImportDocumentDto[];
  @ApiPropertyOptional({ type: [ImportEventDto] }) events?: ImportEventDto[];
  @ApiPropertyOptional({ type: [ImportClaimDto] }) claims?: ImportClaimDto[];
}
