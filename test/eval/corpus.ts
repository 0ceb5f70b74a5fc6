import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The annotated corpus as test/fixtures/extraction/README and /work CORPUS-FORMAT describe it. */
export interface AnnotatedFacet {
  attribute: string;
  subject?: string | null;
  value: unknown;
  polarity?: 'asserted' | 'denied';
}

export interface AnnotatedStatement {
  speaker: string;
  speakerAsWritten?: string;
  quote: string;
  /** Which occurrence of `quote` in the text is meant (1, the first, when absent): a short quote may occur twice. */
  occurrence?: number;
  new?: boolean;
  role?: string | null;
  facets: AnnotatedFacet[];
}

export interface CorpusText {
  file: string;
  text: string;
  publisher: string | null;
  publishedAt: string | null;
  language: string;
  statements: AnnotatedStatement[];
}

export interface Party {
  name: string;
  aliases?: string[];
  kind: string;
  stake: string;
  side?: string | null;
}

export interface CorpusEvent {
  slug: string;
  title: string;
  type: string;
  occurredAt?: string;
  timePrecision?: string;
  place?: string;
  parties: Party[];
  contradictions: Array<{ attribute: string; subject?: string | null; between: [string, string]; why?: string }>;
  nearMisses?: Array<{ attribute: string; between: [string, string]; why?: string }>;
  texts: CorpusText[];
}

export function readHalf(folder: string): CorpusEvent[] {
  if (!existsSync(folder)) return [];
  const events: CorpusEvent[] = [];
  for (const slug of readdirSync(folder, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const dir = join(folder, slug);
    if (!existsSync(join(dir, 'event.json'))) continue;
    const event = JSON.parse(readFileSync(join(dir, 'event.json'), 'utf8'));
    const texts: CorpusText[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const annotation = join(dir, file.replace(/\.txt$/, '.json'));
      if (!existsSync(annotation)) continue;
      const a = JSON.parse(readFileSync(annotation, 'utf8'));
      texts.push({
        file, text: readFileSync(join(dir, file), 'utf8'), publisher: a.publisher ?? null, publishedAt: a.publishedAt ?? null,
        language: a.language ?? 'en', statements: a.statements ?? [],
      });
    }
    events.push({ slug, ...event, contradictions: event.contradictions ?? [], texts });
  }
  return events;
}

/** Where an annotated quote is in its text: its `occurrence`-th place (the first by default), or -1. */
export function quoteAt(text: string, quote: string, occurrence = 1): number {
  let at = text.indexOf(quote);
  for (let n = 1; n < occurrence && at >= 0; n += 1) at = text.indexOf(quote, at + 1);
  return at;
}
