import { createHash } from 'node:crypto';
import { isoTime } from '../common/columns';
import { Document } from './document.entity';
import { CreateDocumentDto } from './dto/create-document.dto';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * A new document as stored, from a validated input whose publisher is resolved: the title trimmed,
 * the time in UTC, and the text archived with its SHA-256 so a quote can be proven against it. The
 * API and bulk imports both write documents through it.
 */
export function documentRow(input: CreateDocumentDto, id: string, now: string): Document {
  return {
    id,
    title: input.title.trim(),
    url: input.url ?? null,
    publisherId: input.publisherId ?? null,
    publishedAt: isoTime(input.publishedAt),
    language: input.language ?? null,
    text: input.text ?? null,
    sha256: input.text === undefined ? null : sha256Hex(input.text),
    createdAt: now,
    updatedAt: now,
  };
}
