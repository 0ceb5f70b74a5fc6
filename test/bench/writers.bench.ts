import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { Pool } from 'pg';
import { DeskAssets } from '../../src/desk/desk-assets';
import { buildBoard } from '../../src/desk/board';
import { boardPage } from '../../src/desk/views/board.view';
import { ReportsService } from '../../src/reports/reports.service';
import { ClaimsService } from '../../src/claims/claims.service';
import { newId } from '../../src/common/ids';
import { DetectionService } from '../../src/contradictions/detection.service';
import { WriteQueue } from '../../src/database/write-queue';
import { AuditService } from '../../src/audit/audit.service';
import { BenchApp, Figure, median, scratchPostgres, seedSources, time } from './bench-kit';
import { seedEvent } from './detection.bench';
import { figure, load, seed } from './http.bench';
import { sqlitePragmas } from '../../src/database/data-source-options';

const SOURCES = 500;
const POSITIONS: Record<string, unknown[]> = {
  fatalities: ['none', 'about 20', 'several', 'at least 500', 'between 100 and 300'],
  outcome: ['success', 'partial', 'repelled', 'foiled', 'ongoing'],
  targets: [['airport'], ['school'], ['airport', 'school'], ['barracks'], ['palace', 'airport']],
};

/** Wraps a method of an object so that the time spent in it adds up in `spent[name]`. */
function timed(target: object, method: string, name: string, spent: Record<string, number>): void {
  const original = (target as Record<string, (...args: unknown[]) => Promise<unknown>>)[method];
  (target as Record<string, unknown>)[method] = async function (this: unknown, ...args: unknown[]) {
    const start = performance.now();
    try {
      return await original.apply(this, args);
    } finally {
      spent[name] = (spent[name] ?? 0) + performance.now() - start;
    }
  };
}

/** Issue 15: one claim added to the 10,000-claim event, with where its time goes. */
export async function addOneClaim(bench: BenchApp): Promise<Figure[]> {
  const { app, file } = bench;
  const now = new Date().toISOString();
  const db = new Database(file);
  sqlitePragmas(db); // the app's pragmas: both pay the same for a commit
  const sourceIds = seedSources(db, SOURCES, 10, 'Writers source');
  const eventId = seedEvent(file, 10_000, sourceIds);
  await app.get(WriteQueue).transaction((m) => app.get(DetectionService).recomputeEvent(m, eventId, null));
  const insertClaim = db.prepare('INSERT INTO claims (id, sourceId, eventId, text, version, status, createdAt, updatedAt) VALUES (?, ?, ?, ?, 1, ?, ?, ?)');
  const baseline = median(await time(20, async () => {
    const id = newId();
    db.transaction(() => insertClaim.run(id, sourceIds[3], eventId, 'raw', 'unreviewed', now, now))();
    db.prepare('DELETE FROM claims WHERE id = ?').run(id);
  }));
  db.close();

  const claims = app.get(ClaimsService);
  const detection = app.get(DetectionService);
  const spent: Record<string, number> = {};
  timed(detection, 'afterClaimsAdded', 'detection (all, under the lock)', spent);
  timed(detection, 'recompute', 'detection: recompute changed groups', spent);
  timed(detection, 'flagForReReview', 'detection: re-review flags', spent);
  timed(detection, 'context', 'detection: parties and names', spent);
  timed(app.get(AuditService), 'recordMany', 'audit entries of the claims', spent);
  let i = 0;
  const runs = 30;
  const times = await time(runs, async () => {
    i += 1;
    await claims.create({
      sourceId: sourceIds[(i * 13) % SOURCES], eventId, text: `added ${i}`,
      facets: Object.entries(POSITIONS).map(([attribute, values]) => ({ attribute, value: values[i % values.length] })) as never,
    }, bench.admin);
  });
  const added = median(times);
  const breakdown = Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, Number((v / runs).toFixed(2))]));
  return [{
    name: 'writers: add one claim to the 10,000-claim event (create + detect)', value: added, unit: 'ms',
    baselineName: 'raw driver inserting one claim row', baseline, ratio: added / baseline, target: '< 20 ms', met: added < 20,
    extra: { meanMsPerPart: breakdown, totalMeanMs: Number((times.reduce((a, b) => a + b, 0) / runs).toFixed(2)) },
  }];
}

/** The desk's board page of the 300-claim event, against bare Fastify rendering the same board from a report held in memory. */
export async function boardBench(bench: BenchApp): Promise<Figure[]> {
  const { eventId } = await seed(bench);
  await bench.app.listen({ port: 0, host: '127.0.0.1' });
  const url = await bench.app.getUrl();
  const signIn = await fetch(`${url}/desk/sign-in`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `key=${bench.adminKey}&next=%2Fdesk` });
  const cookie = String(signIn.headers.get('set-cookie')).split(';')[0];
  const report = await bench.app.get(ReportsService).report(eventId);
  const assets = bench.app.get(DeskAssets);
  const user = { ...bench.admin, formToken: 'bench' };
  const bare = Fastify();
  // The board built once, as the app's cache holds it: the bare route pays only the page render.
  const board = buildBoard(report);
  bare.get('/board', async (_request, reply) => reply.type('text/html; charset=utf-8').send(boardPage(assets, user, report, {
    board, everyParty: board.parties, attributes: [...new Set(board.rows.map((r) => r.attribute))].sort(), filter: {}, collapsed: false,
  }, null)));
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
  const page = `${url}/desk/events/${eventId}`;
  const check = await fetch(page, { headers: { cookie } });
  if (check.status !== 200) throw new Error(`the board answered ${check.status}`);
  await load(page, bench.adminKey, undefined, cookie); // warm-up
  const app = await load(page, bench.adminKey, undefined, cookie);
  const raw = await load(`${bareUrl}/board`, bench.adminKey);
  await bare.close();
  return figure('writers: board page, 300 claims', app, raw, 'bare Fastify rendering the same board page from a board and report in memory');
}

const WRITER_PROCESSES = 3;
const WRITER_CLAIMS = 600;
const WRITER_CONCURRENCY = 30;

/** Runs `work(i)` for i in [0, n) with at most `concurrency` at once; answers the seconds taken. */
async function pooled(n: number, concurrency: number, work: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < n) await work(next++);
  }));
  return (performance.now() - start) / 1000;
}

function startChild(databaseUrl: string, adminKey: string, port: number): Promise<ChildProcess> {
  const main = join(__dirname, '..', '..', 'src', 'main.js');
  const child = spawn(process.execPath, [main], { env: { ...process.env, DATABASE_URL: databaseUrl, CROSSCHECK_ADMIN_TOKEN: adminKey, PORT: String(port), LOG_LEVEL: 'error', RATE_LIMIT_PER_MINUTE: '0' }, stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = async () => {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return resolve(child);
      } catch {
        // not yet listening
      }
      if (Date.now() - started > 60_000) return reject(new Error('a writer process did not start'));
      setTimeout(poll, 100);
    };
    void poll();
  });
}

/** CPU seconds (user + system) each process has used, by pid, from /proc (Linux); a process gone or out of sight counts nothing. */
function cpuSeconds(pids: number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      out.set(pid, (Number(fields[11]) + Number(fields[12])) / 100); // utime, stime (fields 14 and 15), in ticks of 1/100 s
    } catch {
      // not on Linux, or the database runs elsewhere
    }
  }
  return out;
}

/** The CPU the processes used between two readings (one started meanwhile counts from zero). */
const cpuSpent = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((sum, [pid, seconds]) => sum + seconds - (before.get(pid) ?? 0), 0);

/** The database's server processes serving this database, by pid. */
async function backends(pool: Pool): Promise<number[]> {
  const rows = await pool.query('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
  return rows.rows.map((r: { pid: number }) => Number(r.pid));
}

/**
 * Many writers on PostgreSQL: three API processes take 600 claims on one event, 30 at a time, against
 * raw INSERTs of the same rows (claim, facets, audit entry, one transaction each) at the same concurrency.
 */
export async function manyWritersBench(): Promise<Figure[]> {
  const target = process.env.DATABASE_URL ?? '';
  if (!target.startsWith('postgres')) return [];
  const scratch = await scratchPostgres('crosscheck_writers_bench', target);
  const adminKey = `bench_${randomBytes(16).toString('hex')}`;
  const children: ChildProcess[] = [];
  const pool = new Pool({ connectionString: scratch.url, max: WRITER_CONCURRENCY });
  try {
    // BENCH_PORTS=3120,3121,3122 when these are taken (several people benching on one machine).
    const ports = (process.env.BENCH_PORTS ?? '3107,3108,3109').split(',').map(Number);
    for (const port of ports.slice(0, WRITER_PROCESSES)) children.push(await startChild(scratch.url, adminKey, port));
    const base = (i: number) => `http://127.0.0.1:${ports[i % WRITER_PROCESSES]}`;
    const post = async (i: number, path: string, body: unknown) => {
      const response = await fetch(`${base(i)}${path}`, { method: 'POST', headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as { id: string } };
    };
    const sourceIds: string[] = [];
    for (let i = 0; i < 30; i++) sourceIds.push((await post(0, '/sources', { name: `Writer ${i}`, kind: 'media', stake: i % 5 ? 'independent' : 'party_to_conflict' })).body.id);
    const eventId = (await post(0, '/events', { title: 'Many writers', type: 'battles' })).body.id;
    const facets = (i: number) => [
      { attribute: 'fatalities', value: ['about 20', 'at least 500', 12, 'between 100 and 300', 'several'][i % 5] },
      { attribute: 'outcome', value: ['success', 'repelled', 'foiled', 'ongoing'][i % 4] },
      { attribute: 'targets', value: [['airport'], ['school'], ['airport', 'school']][i % 3] },
    ];
    const statuses: number[] = [];
    // CPU, a figure the machine's load does not change much: the API processes and their database processes.
    const monitor = new Pool({ connectionString: scratch.url, max: 1 });
    const servers = async () => [...children.map((c) => c.pid!), ...(await backends(monitor))];
    const appBefore = cpuSeconds(await servers());
    const apiBefore = cpuSeconds(children.map((c) => c.pid!));
    const seconds = await pooled(WRITER_CLAIMS, WRITER_CONCURRENCY, async (i) => {
      statuses.push((await post(i, '/claims', { sourceId: sourceIds[i % 30], eventId, text: `writer ${i}`, facets: facets(i) })).status);
    });
    const accepted = statuses.filter((s) => s === 201).length;
    const appCpu = cpuSpent(appBefore, cpuSeconds(await servers()));
    // Each batch's transaction raised the event's revision once: how many batches the claims went in.
    const [{ revision }] = (await monitor.query('SELECT revision FROM events WHERE id = $1', [eventId])).rows as Array<{ revision: number }>;
    const apiCpu = cpuSpent(apiBefore, cpuSeconds(children.map((c) => c.pid!)));
    const rawBefore = { bench: process.cpuUsage(), db: cpuSeconds(await backends(monitor)) };

    const now = new Date().toISOString();
    const rawSeconds = await pooled(WRITER_CLAIMS, WRITER_CONCURRENCY, async (i) => {
      const client = await pool.connect();
      try {
        const id = randomBytes(16).toString('hex');
        await client.query('BEGIN');
        await client.query('INSERT INTO claims (id, "sourceId", "eventId", text, version, status, "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, 1, $5, $6, $6)', [id, sourceIds[i % 30], eventId, `raw ${i}`, 'unreviewed', now]);
        for (const [ordinal, f] of facets(i).entries()) {
          await client.query('INSERT INTO claim_facets (id, "claimId", "eventId", "claimantId", ordinal, attribute, "subjectKey", value, "valueKey", "valueText", polarity, exclusive) VALUES ($1, $2, $3, $4, $5, $6, \'\', $7, $8, $9, \'asserted\', false)',
            [randomBytes(16).toString('hex'), id, eventId, sourceIds[i % 30], ordinal, f.attribute, JSON.stringify(f.value), `raw:${JSON.stringify(f.value)}`, String(f.value)]);
        }
        await client.query('INSERT INTO audit_entries (id, "actorId", action, entity, "entityId", after, at) VALUES ($1, NULL, $2, $3, $4, $5, $6)', [randomBytes(16).toString('hex'), 'create', 'claim', id, JSON.stringify({ id }), now]);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    });
    const rawCpu = process.cpuUsage(rawBefore.bench);
    const rawCpuSeconds = (rawCpu.user + rawCpu.system) / 1e6 + cpuSpent(rawBefore.db, cpuSeconds(await backends(monitor)));
    await monitor.end();
    const rate = accepted / seconds;
    const rawRate = WRITER_CLAIMS / rawSeconds;
    return [{
      name: `writers: ${WRITER_PROCESSES} API processes on PostgreSQL, ${WRITER_CLAIMS} claims on one event, ${WRITER_CONCURRENCY} at a time`, value: rate, unit: 'claims/s',
      baselineName: 'raw INSERTs of the same rows (claim, facets, audit) at the same concurrency', baseline: rawRate, ratio: rate / rawRate,
      target: '>= 150 claims/s', met: rate >= 150,
      extra: {
        cpuMsPerClaim: Number((appCpu * 1000 / Math.max(1, accepted)).toFixed(2)), ofWhichApiProcesses: Number((apiCpu * 1000 / Math.max(1, accepted)).toFixed(2)), rawCpuMsPerClaim: Number((rawCpuSeconds * 1000 / WRITER_CLAIMS).toFixed(2)),
        transactions: Number(revision), accepted, refused503: statuses.filter((s) => s === 503).length, other: statuses.filter((s) => s !== 201 && s !== 503).length },
    }];
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await pool.end();
    await new Promise((r) => setTimeout(r, 500));
    await scratch.drop();
  }
}

export async function writersBench(bench: BenchApp): Promise<Figure[]> {
  const only = process.env.WRITERS_BENCH;
  const figures: Figure[] = [];
  if (!only || only.includes('claim')) figures.push(...(await addOneClaim(bench)));
  if (!only || only.includes('pg')) figures.push(...(await manyWritersBench()));
  if (!only || only.includes('board')) {
    if (cpus().length >= 2) execFileSync('taskset', ['-cp', '0', String(process.pid)], { stdio: 'ignore' });
    figures.push(...(await boardBench(bench)));
  }
  return figures;
}
