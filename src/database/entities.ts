import { Attribute } from '../attributes/attribute.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Claim } from '../claims/claim.entity';
import { Contradiction } from '../contradictions/contradiction.entity';
import { FacetHolding } from '../contradictions/facet-holding.entity';
import { Facet } from '../claims/facet.entity';
import { Document } from '../documents/document.entity';
import { Event } from '../events/event.entity';
import { ExtractionResult } from '../extraction/extraction-result.entity';
import { ImportRecord } from '../imports/import-record.entity';
import { Publication } from '../publications/publication.entity';
import { Review } from '../reviews/review.entity';
import { Source } from '../sources/source.entity';
import { ApiKey } from '../users/api-key.entity';
import { User } from '../users/user.entity';
import { Term } from '../vocabulary/term.entity';

export const ENTITIES = [User, ApiKey, Source, Document, Event, Claim, Facet, Attribute, AuditEntry, Term, Contradiction, FacetHolding, Review, ImportRecord, ExtractionResult, Publication];
