import { DataSource } from 'typeorm';
import { CreateClaimDto } from '../src/claims/dto/create-claim.dto';
import { CreateSourceDto } from '../src/sources/dto/create-source.dto';

/**
 * The load of issue 15: many writers on one event. Thirty sources (every fifth a party to the
 * conflict), and claims that disagree on fatalities, outcome and targets, so that holdings,
 * positions and contradictions change with almost every claim. Deterministic: claim `i` is the same
 * in every run, and is named by its text, so two databases can be compared claim by claim.
 */
export const SOURCES = 30;

export function loadSources(): CreateSourceDto[] {
  return Array.from({ length: SOURCES }, (_, i) => i % 5 === 0
    ? { name: `Party ${i}`, kind: i % 10 === 0 ? 'armed_group' : 'military', stake: 'party_to_conflict', reliability: 'E' }
    : { name: `Outlet ${i}`, kind: 'media', stake: 'independent', reliability: 'C' });
}

const FATALITIES: unknown[] = ['about 20', 'at least 500', 12, 'between 100 and 300', 'several', 'none'];
const OUTCOMES = ['repelled', 'success', 'foiled', 'ongoing'];
const TARGETS = [{ value: ['airport'] }, { value: ['school'] }, { value: ['airport', 'school'] }, { value: ['school'], exclusive: true }];

export function loadClaim(i: number, sourceIds: string[], eventId: string): CreateClaimDto {
  const facets: CreateClaimDto['facets'] = [];
  if (i % 4 !== 3) facets.push({ attribute: 'fatalities', value: FATALITIES[(i * 7) % FATALITIES.length] } as never);
  if (i % 3 !== 2) facets.push({ attribute: 'outcome', value: OUTCOMES[(i * 5) % OUTCOMES.length], ...(i % 11 === 0 && { polarity: 'denied' }) } as never);
  if (i % 2 === 0) facets.push({ attribute: 'targets', ...TARGETS[(i * 3) % TARGETS.length] } as never);
  return { sourceId: sourceIds[i % SOURCES], eventId, text: `writer claim ${i}`, facets };
}

/** Names for ids, so that two databases' rows compare: sources by name, claims by text, the event as EVENT. */
export async function idNames(db: DataSource, eventId: string): Promise<Map<string, string>> {
  const names = new Map<string, string>([[eventId, 'EVENT']]);
  for (const s of await db.query('SELECT id, name FROM sources')) names.set(s.id, `source:${s.name}`);
  for (const c of await db.query(`SELECT id, text FROM claims WHERE "eventId" = '${eventId}'`)) names.set(c.id, `claim:${c.text}`);
  return names;
}

/** Every id in a value replaced by its name; anything that looks like an id but has no name stays visible. */
export function named(value: unknown, names: Map<string, string>): unknown {
  if (typeof value === 'string') return names.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => named(v, names));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, named(v, names)]));
  return value;
}

const sortedJson = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();

/** The event's stored holdings, named, without their own ids. */
export async function holdingsOf(db: DataSource, eventId: string): Promise<string[]> {
  const names = await idNames(db, eventId);
  const rows = await db.query(`SELECT "attribute", "subjectKey", "claimantId", "valueKey", "polarity", "exclusive", "timeFrom", "timeTo", "statedFrom", "statedTo", "firstClaimId", "claims" FROM facet_holdings WHERE "eventId" = '${eventId}'`);
  return sortedJson(rows.map((r: Record<string, unknown>) => named({ ...r, exclusive: Boolean(Number(r.exclusive) || r.exclusive === true), claims: Number(r.claims) }, names)));
}

/** The event's contradictions as the API shows them (sides whole), named, without ids, hashes and times. */
export async function contradictionsOf(get: (path: string) => Promise<any>, db: DataSource, eventId: string): Promise<string[]> {
  const names = await idNames(db, eventId);
  const rows: Array<Record<string, unknown>> = [];
  for (let cursor: string | null = null; ;) {
    const page: { items: Array<Record<string, unknown>>; nextCursor: string | null } = await get(`/events/${eventId}/contradictions?limit=200${cursor ? `&cursor=${cursor}` : ''}`);
    rows.push(...page.items);
    if (!(cursor = page.nextCursor)) break;
  }
  return sortedJson(rows.map(({ id: _id, createdAt: _c, updatedAt: _u, identity: _i, fingerprint: _f, ...rest }) => named(rest, names)));
}

/** `npm run verify` (the built CLI) against a database: its exit code and what it printed. */
export async function runVerify(databaseUrl: string, ...args: string[]): Promise<{ code: number; out: string }> {
  const { spawn } = await import('node:child_process');
  const { join } = await import('node:path');
  const cli = join(__dirname, '..', 'dist', 'src', 'contradictions', 'verify-cli.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error', CROSSCHECK_ADMIN_TOKEN: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code: code ?? -1, out }));
  });
}

export const urlOf = (database: { kind: string; path?: string; url?: string }) => (database.kind === 'sqlite' ? `sqlite:${database.path}` : database.url!);
