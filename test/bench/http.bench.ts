import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import Fastify, { FastifyInstance } from 'fastify';
import { Pool } from 'pg';
import { createApp } from '../../src/app';
import { hashApiKey } from '../../src/auth/api-key';
import { AuthService } from '../../src/auth/auth.service';
import { loadEnvironment } from '../../src/config/environment';
import { ImportsService } from '../../src/imports/imports.service';
import { BenchApp, Figure, scratchPostgres } from './bench-kit';
import { sqlitePragmas } from '../../src/database/data-source-options';

const SECONDS = 8;
const CONNECTIONS = 10;

interface Load {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
}

/** autocannon in its own process, on the other core where there are two; the server keeps this one. */
export async function load(url: string, key: string, post?: string, cookie?: string): Promise<Load> {
  const bin = join(require.resolve('autocannon'), '..', 'autocannon.js');
  const args = [bin, '-j', '-c', String(CONNECTIONS), '-d', String(SECONDS), '-H', cookie ? `cookie=${cookie}` : `authorization=Bearer ${key}`];
  if (post) args.push('-m', 'POST', '-H', 'content-type=application/json', '-b', post);
  args.push(url);
  const pinned = cpus().length >= 2;
  const child = spawn(pinned ? 'taskset' : process.execPath, pinned ? ['-c', '1', process.execPath, ...args] : args, { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  await once(child, 'close');
  const result = JSON.parse(out);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx + result.errors };
}

export function figure(name: string, app: Load, bare: Load, baselineName: string): Figure[] {
  return [
    {
      name: `${name}: requests per second`, value: app.rps, unit: 'req/s', baselineName, baseline: bare.rps, ratio: app.rps / bare.rps,
      target: '>= 0.6 of bare', met: app.rps / bare.rps >= 0.6, extra: { appNon2xx: app.non2xx, bareNon2xx: bare.non2xx },
    },
    { name: `${name}: latency p50`, value: app.p50, unit: 'ms', baselineName, baseline: bare.p50, ratio: app.p50 / Math.max(bare.p50, 0.01) },
    {
      name: `${name}: latency p99`, value: app.p99, unit: 'ms', baselineName, baseline: bare.p99, ratio: app.p99 / Math.max(bare.p99, 0.01),
      target: '<= 2x bare', met: app.p99 <= 2 * Math.max(bare.p99, 1),
    },
  ];
}

/** The same SQL the application runs for these routes, on the raw driver, behind bare Fastify. */
type Query = (sql: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

function bareServer(query: Query, numbered: boolean): FastifyInstance {
  const p = (i: number) => (numbered ? `$${i}` : '?');
  const list = (n: number, from = 1) => Array.from({ length: n }, (_, i) => p(from + i)).join(', ');
  const app = Fastify();
  const authenticate = async (header: string | undefined) => {
    const key = (header ?? '').replace(/^Bearer\s+/i, '');
    const rows = await query(`SELECT k.id, u.id AS "userId", u.role FROM api_keys k JOIN users u ON u.id = k."userId" WHERE k."keyHash" = ${p(1)} AND k."revokedAt" IS NULL`, [hashApiKey(key)]);
    return rows.length > 0;
  };
  app.get<{ Params: { id: string } }>('/events/:id/claims', async (request, reply) => {
    if (!(await authenticate(request.headers.authorization))) return reply.code(401).send({});
    const claims = await query(`SELECT * FROM claims WHERE "eventId" = ${p(1)} ORDER BY id ASC LIMIT 51`, [request.params.id]);
    const shown = claims.slice(0, 50);
    const facets = shown.length ? await query(`SELECT * FROM claim_facets WHERE "claimId" IN (${list(shown.length)}) ORDER BY "claimId", ordinal`, shown.map((c) => c.id)) : [];
    return { items: shown.map((c) => ({ ...c, facets: facets.filter((f) => f.claimId === c.id).map((f) => ({ ...f, value: JSON.parse(f.value as string) })) })), nextCursor: claims.length > 50 ? shown[49].id : null };
  });
  app.get<{ Params: { id: string } }>('/events/:id/report', async (request, reply) => {
    if (!(await authenticate(request.headers.authorization))) return reply.code(401).send({});
    const id = request.params.id;
    const event = await query(`SELECT * FROM events WHERE id = ${p(1)}`, [id]);
    const claims = await query(`SELECT * FROM claims WHERE "eventId" = ${p(1)} ORDER BY id`, [id]);
    const facets = await query(`SELECT * FROM claim_facets WHERE "eventId" = ${p(1)} ORDER BY "claimId", ordinal`, [id]);
    const sources = await query('SELECT * FROM sources ORDER BY name', []);
    const reviews = await query(`SELECT r.* FROM reviews r JOIN claims c ON c.id = r."claimId" WHERE c."eventId" = ${p(1)} ORDER BY r.id DESC`, [id]);
    const contradictions = await query(`SELECT * FROM contradictions WHERE "eventId" = ${p(1)} ORDER BY id`, [id]);
    return { event: event[0], sources, claims: claims.map((c) => ({ ...c, facets: facets.filter((f) => f.claimId === c.id) })), reviews, contradictions };
  });
  app.post('/claims', async (request, reply) => {
    if (!(await authenticate(request.headers.authorization))) return reply.code(401).send({});
    const body = request.body as { sourceId: string; eventId: string; text: string };
    const id = randomBytes(16).toString('hex');
    const now = new Date().toISOString();
    await query('BEGIN', []);
    await query(`INSERT INTO claims (id, "sourceId", "eventId", text, version, status, "createdAt", "updatedAt") VALUES (${list(8)})`, [id, body.sourceId, body.eventId, body.text, 1, 'unreviewed', now, now]);
    await query(`INSERT INTO audit_entries (id, "actorId", action, entity, "entityId", after, at) VALUES (${list(7)})`, [randomBytes(16).toString('hex'), null, 'create', 'claim', id, JSON.stringify(body), now]);
    await query('COMMIT', []);
    return reply.code(201).send({ id });
  });
  return app;
}

/** Fills one event with 300 claims (the demo's kind of facets) through the import, and returns its id and a source. */
export async function seed(bench: BenchApp): Promise<{ eventId: string; sourceId: string }> {
  const values = ['about 20', 'dozens', 'none', 'at least 500'];
  const result = await bench.app.get(ImportsService).import({
    sources: Array.from({ length: 30 }, (_, i) => ({ clientId: `s${i}`, name: `Read bench source ${i}`, kind: 'media', stake: i < 3 ? 'party_to_conflict' : 'independent' })),
    events: [{ clientId: 'e', title: 'Read bench event', type: 'battles' }],
    claims: Array.from({ length: 300 }, (_, i) => ({
      clientId: `c${i}`, sourceId: `s${i % 30}`, eventId: 'e', text: `Read bench claim ${i}`,
      facets: [{ attribute: 'fatalities', value: values[i % 4] }, { attribute: 'outcome', value: ['success', 'repelled'][i % 2] }, { attribute: 'targets', value: [['airport'], ['school'], ['airport', 'school']][i % 3] }],
    })),
  }, bench.admin);
  return { eventId: result.ids.events.e, sourceId: result.ids.sources.s5 };
}

async function measure(label: string, bench: BenchApp, bare: FastifyInstance, withWrites: boolean): Promise<Figure[]> {
  const { eventId, sourceId } = await seed(bench);
  await bench.app.listen({ port: 0, host: '127.0.0.1' });
  const appUrl = await bench.app.getUrl();
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
  const figures: Figure[] = [];
  for (const [name, path] of [['claims of an event', `/events/${eventId}/claims`], ['event report (JSON)', `/events/${eventId}/report?format=json`]] as const) {
    await load(`${appUrl}${path}`, bench.adminKey); // warm-up
    const app = await load(`${appUrl}${path}`, bench.adminKey);
    const raw = await load(`${bareUrl}${path.replace('?format=json', '')}`, bench.adminKey);
    figures.push(...figure(`${label} read, ${name}`, app, raw, `bare Fastify, same SQL on the raw driver`));
  }
  if (withWrites) {
    const body = JSON.stringify({ sourceId, eventId, text: 'A claim written under load', facets: [{ attribute: 'fatalities', value: 'about 20' }] });
    const app = await load(`${appUrl}/claims`, bench.adminKey, body);
    const raw = await load(`${bareUrl}/claims`, bench.adminKey, JSON.stringify({ sourceId, eventId, text: 'A claim written under load' }));
    const [rps] = figure(`${label} write, one claim per request`, app, raw, 'bare Fastify, raw INSERT of the claim and its audit entry');
    figures.push({ ...rps, target: undefined, met: undefined });
  }
  await bare.close();
  return figures;
}

/** Reads (and writes) under load against bare Fastify on the raw driver: SQLite, and PostgreSQL when DATABASE_URL names one. */
export async function httpBench(bench: BenchApp): Promise<Figure[]> {
  if (cpus().length >= 2) execFileSync('taskset', ['-cp', '0', String(process.pid)], { stdio: 'ignore' });
  const db = new Database(bench.file);
  sqlitePragmas(db); // the app's pragmas: both pay the same for a commit
  const sqlite: Query = async (sql, params) => {
    const statement = db.prepare(sql);
    return statement.reader ? (statement.all(...params) as Array<Record<string, unknown>>) : (statement.run(...params), []);
  };
  const figures = await measure('SQLite', bench, bareServer(sqlite, false), true);
  db.close();

  const target = process.env.DATABASE_URL ?? '';
  if (target.startsWith('postgres')) {
    const scratch = await scratchPostgres('crosscheck_bench', target);
    const adminKey = `bench_${randomBytes(16).toString('hex')}`;
    const app = await createApp(loadEnvironment({ DATABASE_URL: scratch.url, CROSSCHECK_ADMIN_TOKEN: adminKey, LOG_LEVEL: 'error', RATE_LIMIT_PER_MINUTE: '0' }));
    const pool = new Pool({ connectionString: scratch.url, max: 10 });
    try {
      const pg: Query = async (sql, params) => (await pool.query(sql, params)).rows;
      const pgBench: BenchApp = { app, file: '', admin: (await app.get(AuthService).actorForKey(adminKey))!, adminKey };
      figures.push(...(await measure('PostgreSQL', pgBench, bareServer(pg, true), false)));
    } finally {
      await pool.end();
      await app.close();
      await scratch.drop();
    }
  }
  return figures;
}
