import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app';
import { loadEnvironment } from '../../src/config/environment';
import { CorpusEvent, CorpusText, quoteAt } from './corpus';
import { sameName, sameSpeaker } from './score';

/** `--detail` (with `--misses`): list each claim of each false contradiction. */
const DETAIL = process.argv.includes('--detail');
/**
 * `--gold`: accept the annotated statements instead of the extracted ones (their speakers and facets, each
 * statement's time as extraction reads it where extraction found it): the board a perfect extraction would give,
 * so that what detection misses or overstates is measured apart from what extraction does.
 */
const GOLD = process.argv.includes('--gold');

export interface EventOutcome {
  slug: string;
  annotated: number;
  found: number;
  falseOnes: number;
  /** Omissions on the board (a party's silence): not compared with the annotation. */
  omissions: number;
  refused: number;
  notes: string[];
}

/**
 * One event end to end, on a fresh SQLite database through the real migrations: its parties created,
 * each article archived, extracted and accepted as suggested (a new source's side, when none is
 * suggested, confirmed as its own name), then the contradictions the board shows compared with the annotation.
 */
export async function runEvent(event: CorpusEvent): Promise<EventOutcome> {
  const folder = mkdtempSync(join(tmpdir(), 'crosscheck-eval-'));
  const key = `eval_${randomBytes(16).toString('hex')}`;
  const app = await createApp(loadEnvironment({
    DATABASE_URL: `sqlite:${join(folder, 'eval.sqlite')}`, CROSSCHECK_ADMIN_TOKEN: key, LOG_LEVEL: 'error', RATE_LIMIT_PER_MINUTE: '0', EXTRACTION_TIME_LIMIT_MS: '60000',
  }));
  const notes: string[] = [];
  const files = new Map<string, string>();
  let refused = 0;
  const call = async (method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const response = await app.inject({ method, url, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, ...(payload !== undefined && { payload: JSON.stringify(payload) }) });
    return { status: response.statusCode, body: response.json() as any };
  };
  /** Every item of a list, page by page (`nextCursor`), so that no list is cut at its first page. */
  const everyItem = async (path: string): Promise<any[]> => {
    const items: any[] = [];
    let cursor: string | null = null;
    do {
      const page = await call('GET', `${path}?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      if (page.status !== 200) throw new Error(`${path} answered ${page.status}: ${JSON.stringify(page.body).slice(0, 200)}`);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return items;
  };
  try {
    const partyIds = new Map<string, string>();
    for (const party of event.parties) {
      const made = await call('POST', '/sources', { name: party.name, aliases: party.aliases ?? [], kind: party.kind, stake: party.stake, ...(party.side && { side: party.side }) });
      if (made.status !== 201) notes.push(`party ${party.name} refused: ${made.body.message}`);
      else partyIds.set(party.name, made.body.id);
    }
    const created = await call('POST', '/events', {
      title: event.title, type: event.type, ...(event.occurredAt && { startsAt: event.occurredAt }), ...(event.timePrecision && { timePrecision: event.timePrecision }),
      ...(event.place && { location: { name: event.place } }),
    });
    if (created.status !== 201) throw new Error(`event refused: ${JSON.stringify(created.body)}`);
    const eventId = created.body.id as string;
    for (const text of event.texts) {
      const document = await call('POST', '/documents', { title: text.file, text: text.text, language: text.language, ...(text.publishedAt && { publishedAt: text.publishedAt }) });
      files.set(document.body.id, text.file);
      // Read for the event: the claims accepted from earlier texts make their speakers its claimants.
      const extracted = await call('POST', `/documents/${document.body.id}/extract`, { eventId });
      if (extracted.status !== 200) {
        notes.push(`${text.file}: extract answered ${extracted.status}`);
        continue;
      }
      const candidates = GOLD ? goldCandidates(text, extracted.body.items, partyIds) : (extracted.body.items as any[]).map((c) => ({
        text: c.statement, quote: { exact: c.quote.exact, start: c.quote.start, end: c.quote.end }, facets: c.facets,
        ...(c.statedAt && { statedAt: c.statedAt }),
        ...(c.sourceId ? { sourceId: c.sourceId } : { suggestedSource: { ...c.suggestedSource, side: c.suggestedSource.side ?? c.suggestedSource.name } }),
      }));
      if (!candidates.length) continue;
      const all = await call('POST', `/documents/${document.body.id}/claims`, { eventId, createSources: true, candidates });
      if (all.status === 201) continue;
      // One refused candidate refuses the batch: accept the rest one by one, and count the refused.
      for (const candidate of candidates) {
        const one = await call('POST', `/documents/${document.body.id}/claims`, { eventId, createSources: true, candidates: [candidate] });
        if (one.status !== 201) {
          refused += 1;
          notes.push(`${text.file}: refused ${JSON.stringify(one.body.details ?? one.body.message).slice(0, 160)}`);
        }
      }
    }
    const sources = new Map<string, string>();
    for (const s of await everyItem(`/sources`)) sources.set(s.id, s.name);
    // A party's silence (an omission) is no disagreement between two statements, which is what the corpus
    // annotates (README: "a contradiction is between two speakers"): counted apart, neither found nor false.
    const shown = await everyItem(`/events/${eventId}/contradictions`);
    const board = shown.filter((c) => c.kind !== 'omission');
    const omissions = shown.length - board.length;
    const namesOf = (side: { sourceIds: string[] }) => side.sourceIds.map((id) => sources.get(id) ?? id);
    const holds = (names: string[], party: string) => names.some((n) => sameSpeaker(n, party));
    const matches = (c: any, a: { attribute: string; subject?: string | null; between: [string, string] }) => {
      if (c.attribute !== a.attribute) return false;
      if (a.subject && !(c.subject && sameName(c.subject, a.subject))) return false;
      const [x, y] = [namesOf(c.sideA), namesOf(c.sideB)];
      return (holds(x, a.between[0]) && holds(y, a.between[1])) || (holds(x, a.between[1]) && holds(y, a.between[0]));
    };
    let found = 0;
    for (const a of event.contradictions) {
      if (board.some((c) => matches(c, a))) found += 1;
      else notes.push(`missed contradiction ${a.attribute}${a.subject ? `/${a.subject}` : ''} between ${a.between.join(' and ')}`);
    }
    const falseOnes = board.filter((c) => !event.contradictions.some((a) => matches(c, a)));
    for (const c of falseOnes) {
      notes.push(`false contradiction ${c.attribute}${c.subject ? `/${c.subject}` : ''} (${c.kind}): ${namesOf(c.sideA).join('+')} "${c.sideA.value}" vs ${namesOf(c.sideB).join('+')} "${c.sideB.value}"`);
      if (!DETAIL) continue;
      // `--detail`: each claim on either side, with its speaker, document, statement time, quote and the facet compared.
      for (const [label, side] of [['A', c.sideA], ['B', c.sideB]] as const) {
        for (const id of side.claimIds as string[]) {
          const claim = (await call('GET', `/claims/${id}`)).body;
          const facets = (claim.facets as any[]).filter((f) => f.attribute === c.attribute)
            .map((f) => `${f.polarity === 'denied' ? 'not ' : ''}${JSON.stringify(f.value)}${f.subject ? `/${f.subject}` : ''}${f.exclusive ? ' only' : ''}`);
          notes.push(`  ${label} ${sources.get(claim.sourceId) ?? claim.sourceId} [${files.get(claim.documentId) ?? '-'}${claim.statedAt ? ` @${claim.statedAt.slice(0, 16)}` : ''}] ${facets.join(', ')}: "${claim.quote?.exact ?? claim.text}"`);
        }
      }
    }
    return { slug: event.slug, annotated: event.contradictions.length, found, falseOnes: falseOnes.length, omissions, refused, notes };
  } finally {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The annotated statements of a text as candidates to accept (`--gold`); a new speaker enters as a witness on its own side. */
function goldCandidates(text: CorpusText, extracted: any[], partyIds: Map<string, string>): unknown[] {
  const out: unknown[] = [];
  for (const statement of text.statements) {
    const start = quoteAt(text.text, statement.quote, statement.occurrence);
    if (start < 0) continue;
    const end = start + statement.quote.length;
    const overlapping = extracted.find((c) => c.quote.start < end && c.quote.end > start);
    const known = !statement.new ? partyIds.get(statement.speaker) : undefined;
    out.push({
      text: statement.quote, quote: { exact: statement.quote, start, end }, facets: statement.facets,
      ...(overlapping?.statedAt ? { statedAt: overlapping.statedAt } : text.publishedAt ? { statedAt: text.publishedAt } : {}),
      ...(known ? { sourceId: known } : { suggestedSource: { name: statement.speaker, kind: 'witness', stake: 'unknown', side: statement.speaker } }),
    });
  }
  return out;
}
