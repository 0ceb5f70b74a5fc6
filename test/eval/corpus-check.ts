import 'reflect-metadata';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { readQuantity } from '../../src/claims/quantity';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { EVENT_TYPES, TIME_PRECISIONS } from '../../src/events/event.entity';
import { SOURCE_KINDS, STAKES } from '../../src/sources/source.entity';
import { CorpusEvent, readHalf } from './corpus';
import { sameName } from './score';

/** An attribute of the vocabulary: its kind and, for enumerated categories, its values. */
export interface VocabularyEntry {
  kind: string;
  allowed: string[] | null;
}

/** The built-in vocabulary as the real migrations write it, read back from an in-memory database. */
export async function builtInVocabulary(): Promise<Map<string, VocabularyEntry>> {
  const source = new DataSource(dataSourceOptions({ kind: 'sqlite', path: ':memory:' }));
  await source.initialize();
  try {
    await source.runMigrations();
    const rows: Array<{ name: string; kind: string; allowedValues: string | null }> = await source.query(
      'SELECT "name", "kind", "allowedValues" FROM "attributes" WHERE "builtIn" = 1',
    );
    return new Map(rows.map((r) => [r.name, { kind: r.kind, allowed: r.allowedValues ? (JSON.parse(r.allowedValues) as string[]) : null }]));
  } finally {
    await source.destroy();
  }
}

function occurrences(text: string, quote: string): number {
  let n = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) n += 1;
  return n;
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isIsoTime = (v: unknown): boolean => typeof v === 'string' && !Number.isNaN(Date.parse(v)) && v.includes('T');

function checkFacet(facet: any, where: string, event: CorpusEvent, vocabulary: Map<string, VocabularyEntry>, problems: string[]): void {
  const entry = vocabulary.get(facet?.attribute);
  if (!entry) {
    problems.push(`${where}: attribute "${facet?.attribute}" is not in the vocabulary`);
    return;
  }
  const at = `${where} ${facet.attribute}`;
  if (facet.polarity !== undefined && facet.polarity !== 'asserted' && facet.polarity !== 'denied') problems.push(`${at}: polarity "${facet.polarity}"`);
  if (facet.exclusive !== undefined && typeof facet.exclusive !== 'boolean') problems.push(`${at}: exclusive is not a boolean`);
  if (facet.subject !== undefined && facet.subject !== null && !isString(facet.subject)) problems.push(`${at}: subject is not a string`);
  const value = facet.value;
  if (entry.kind === 'quantity') {
    if ((typeof value !== 'string' && typeof value !== 'number') || readQuantity(value) === null) problems.push(`${at}: quantity ${JSON.stringify(value)} does not parse`);
    if (facet.attribute === 'destroyed' && !isString(facet.subject)) problems.push(`${at}: destroyed needs the thing as subject`);
  } else if (entry.kind === 'category') {
    if (!isString(value)) problems.push(`${at}: category value ${JSON.stringify(value)} is not a string`);
    else if (entry.allowed && !entry.allowed.includes(value)) problems.push(`${at}: "${value}" is not one of ${entry.allowed.join(', ')}`);
    else if (facet.attribute === 'perpetrator' && !event.parties.some((p) => p.name === value)) problems.push(`${at}: "${value}" is not a party's name`);
    else if (!entry.allowed && facet.attribute !== 'perpetrator' && facet.attribute !== 'location' && value !== value.toLowerCase()) problems.push(`${at}: category "${value}" is not lowercase`);
  } else if (entry.kind === 'set') {
    if (!Array.isArray(value) || value.length === 0 || !value.every(isString)) problems.push(`${at}: set value ${JSON.stringify(value)} is not a list of words`);
  } else if (entry.kind === 'boolean') {
    if (typeof value !== 'boolean') problems.push(`${at}: boolean value ${JSON.stringify(value)}`);
    if (facet.attribute === 'attacked' && !isString(facet.subject)) problems.push(`${at}: attacked needs the place as subject`);
  }
}

/** The corpus's rules a machine can check (README): the problems found, none when the half is valid. */
export function checkEvents(events: CorpusEvent[], vocabulary: Map<string, VocabularyEntry>): string[] {
  const problems: string[] = [];
  for (const event of events) {
    const e = event.slug;
    if (!isString(event.title)) problems.push(`${e}: no title`);
    if (!(EVENT_TYPES as readonly string[]).includes(event.type)) problems.push(`${e}: type "${event.type}"`);
    if (event.occurredAt !== undefined && !isIsoTime(event.occurredAt)) problems.push(`${e}: occurredAt "${event.occurredAt}"`);
    if (event.timePrecision !== undefined && !(TIME_PRECISIONS as readonly string[]).includes(event.timePrecision)) problems.push(`${e}: timePrecision "${event.timePrecision}"`);
    const names = new Set<string>();
    for (const p of event.parties ?? []) {
      if (!isString(p.name) || names.has(p.name)) problems.push(`${e}: party name "${p.name}" missing or repeated`);
      names.add(p.name);
      if (!(SOURCE_KINDS as readonly string[]).includes(p.kind)) problems.push(`${e}: party ${p.name} kind "${p.kind}"`);
      if (!(STAKES as readonly string[]).includes(p.stake)) problems.push(`${e}: party ${p.name} stake "${p.stake}"`);
      if (p.aliases !== undefined && !(Array.isArray(p.aliases) && p.aliases.every(isString))) problems.push(`${e}: party ${p.name} aliases`);
    }
    if (event.texts.length === 0) problems.push(`${e}: no texts`);
    const speakers = new Set<string>();
    for (const text of event.texts) {
      const t = `${e}/${text.file}`;
      if (!isString(text.publisher)) problems.push(`${t}: no publisher`);
      if (!isIsoTime(text.publishedAt)) problems.push(`${t}: publishedAt "${text.publishedAt}"`);
      if (!Array.isArray(text.statements) || text.statements.length === 0) problems.push(`${t}: no statements`);
      (text.statements ?? []).forEach((s: any, i: number) => {
        const w = `${t} #${i + 1}`;
        if (!isString(s.speaker)) {
          problems.push(`${w}: no speaker`);
          return;
        }
        speakers.add(s.speaker);
        if (!isString(s.quote)) problems.push(`${w}: no quote`);
        else {
          const n = occurrences(text.text, s.quote);
          if (n !== 1) problems.push(`${w}: quote occurs ${n} times: "${s.quote.slice(0, 60)}"`);
          if (s.quote !== s.quote.trim()) problems.push(`${w}: quote has spaces at its ends`);
        }
        if (s.new !== undefined && typeof s.new !== 'boolean') problems.push(`${w}: new is not a boolean`);
        if (!names.has(s.speaker) && s.new !== true) problems.push(`${w}: speaker "${s.speaker}" is no party and not marked new`);
        if (names.has(s.speaker) && s.new === true) problems.push(`${w}: speaker "${s.speaker}" is a party but marked new`);
        if (s.role !== undefined && s.role !== null && !isString(s.role)) problems.push(`${w}: role is not a string`);
        if (!Array.isArray(s.facets)) problems.push(`${w}: facets is not a list`);
        else s.facets.forEach((f: any) => checkFacet(f, w, event, vocabulary, problems));
      });
    }
    const pairs = [
      ...event.contradictions.map((c) => ({ ...c, list: 'contradiction' })),
      ...(event.nearMisses ?? []).map((c) => ({ ...c, list: 'near miss' })),
    ];
    for (const c of pairs) {
      if (!vocabulary.has(c.attribute)) problems.push(`${e}: ${c.list} attribute "${c.attribute}" is not in the vocabulary`);
      if (!Array.isArray(c.between) || c.between.length !== 2) {
        problems.push(`${e}: ${c.list} ${c.attribute} does not name two speakers`);
        continue;
      }
      for (const name of c.between) {
        if (![...speakers].some((s) => s === name)) problems.push(`${e}: ${c.list} ${c.attribute} names "${name}", who speaks in no text`);
      }
      if (c.list === 'contradiction' && sameName(c.between[0], c.between[1])) problems.push(`${e}: contradiction ${c.attribute} between one speaker`);
    }
  }
  return problems;
}

/** Events of two halves that are one event: the same folder or the same title. */
export function sharedEvents(a: CorpusEvent[], b: CorpusEvent[]): string[] {
  return a.filter((x) => b.some((y) => y.slug === x.slug || y.title.trim().toLowerCase() === x.title.trim().toLowerCase())).map((x) => x.slug);
}

/** test/fixtures/extraction, from the sources (jest, ts) or from dist/. */
export function corpusRoot(): string {
  return __filename.endsWith('.ts') ? join(__dirname, '..', 'fixtures', 'extraction') : join(__dirname, '..', '..', '..', 'test', 'fixtures', 'extraction');
}

/** A problem without the words it quotes: the held-out half's texts are not to be read, even in a report. */
export function redacted(problem: string): string {
  return problem.replace(/"[^"]*"/g, '"…"');
}

/** `node dist/test/eval/corpus-check.js [half ...]`: prints the problems of each half, exits 1 when any. */
async function main(): Promise<void> {
  const root = corpusRoot();
  const halves = process.argv.slice(2).length ? process.argv.slice(2) : ['dev', 'heldout'];
  const vocabulary = await builtInVocabulary();
  let failed = false;
  const read = new Map(halves.map((h) => [h, readHalf(join(root, h))]));
  for (const [half, events] of read) {
    const problems = checkEvents(events, vocabulary);
    const statements = events.reduce((n, ev) => n + ev.texts.reduce((m, t) => m + t.statements.length, 0), 0);
    process.stdout.write(`${half}: ${events.length} events, ${events.reduce((n, ev) => n + ev.texts.length, 0)} texts, ${statements} statements: ${problems.length ? `${problems.length} problems` : 'valid'}\n`);
    for (const p of problems) process.stdout.write(`  ${half === 'heldout' ? redacted(p) : p}\n`);
    failed ||= problems.length > 0;
  }
  if (read.has('dev') && read.has('heldout')) {
    const shared = sharedEvents(read.get('dev')!, read.get('heldout')!);
    if (shared.length) process.stdout.write(`events in both halves: ${shared.join(', ')}\n`);
    failed ||= shared.length > 0;
  }
  process.exitCode = failed ? 1 : 0;
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
