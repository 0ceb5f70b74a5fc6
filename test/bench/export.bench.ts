import { spawn } from 'node:child_process';
import { once } from 'node:events';
import Database from 'better-sqlite3';
import { stringify } from 'csv-stringify';
import Fastify from 'fastify';
import { newId } from '../../src/common/ids';
import { BenchApp, Figure } from './bench-kit';

const CONTRADICTIONS = 100_000;
const EVENTS = 1000;

/** 100,000 contradictions over 1,000 events, written straight through the driver. */
export function seed(file: string): void {
  const db = new Database(file);
  const now = new Date().toISOString();
  db.transaction(() => {
    const events: string[] = [];
    const insertEvent = db.prepare('INSERT INTO events (id, title, type, timePrecision, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < EVENTS; i++) {
      const id = newId();
      events.push(id);
      insertEvent.run(id, `Export bench event ${i}`, 'battles', 'day', now, now);
    }
    const insert = db.prepare(`INSERT INTO contradictions (id, eventId, attribute, subject, subjectKey, identity, kind, severity, status, note, explanation,
      detectedBy, fingerprint, sideA, sideB, claimAId, claimBId, createdAt, updatedAt) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, 'open', NULL, ?, ?, '', ?, ?, ?, ?, ?, ?)`);
    for (let i = 0; i < CONTRADICTIONS; i++) {
      const [a, b] = [newId(), newId()];
      const side = (claimId: string, value: string) => JSON.stringify({ value, match: { claimIds: [claimId] }, sourceIds: [], firstClaimId: claimId });
      insert.run(newId(), events[i % EVENTS], `attribute_${i % 10}`, '', `bench-${i}`, 'category_conflict', 'high',
        `Source ${i} says the outcome was success; another says it was repelled`, 'person:bench', side(a, 'success'), side(b, 'repelled'), a, b, now, now);
    }
  })();
  db.close();
}

interface Run {
  firstByteMs: number;
  totalMs: number;
  bytes: number;
  memoryGrowthMb: number;
}

/** The client, in a process of its own so that it does not share the server's event loop: it reads to the end and reports. */
const CLIENT = `
const [url, headers] = [process.argv[1], JSON.parse(process.argv[2])];
(async () => {
  const start = performance.now();
  const response = await fetch(url, { headers });
  const reader = response.body.getReader();
  let firstByteMs = -1, bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (firstByteMs < 0) firstByteMs = performance.now() - start;
    bytes += value.length;
  }
  process.stdout.write(JSON.stringify({ firstByteMs, totalMs: performance.now() - start, bytes }));
})();`;

/** Downloads a streamed response from another process, sampling this (the server's) resident memory meanwhile. */
async function download(url: string, headers: Record<string, string>): Promise<Run> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const child = spawn(process.execPath, ['-e', CLIENT, url, JSON.stringify(headers)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  await once(child, 'close');
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const measured = JSON.parse(output) as Omit<Run, 'memoryGrowthMb'>;
  return { ...measured, memoryGrowthMb: (peak - before) / 1024 / 1024 };
}

export async function exportBench(bench: BenchApp): Promise<Figure[]> {
  seed(bench.file);
  await bench.app.listen({ port: 0, host: '127.0.0.1' });
  const appUrl = await bench.app.getUrl();

  // Baseline: bare Fastify streaming the same rows, read by the raw driver, through the same CSV writer.
  const raw = new Database(bench.file, { readonly: true });
  const bare = Fastify();
  bare.get('/export', (_request, reply) => {
    const csv = stringify({ header: true, record_delimiter: 'windows', columns: ['id', 'eventId', 'attribute', 'kind', 'severity', 'status', 'sideA', 'sideB', 'explanation'] });
    const rows = raw.prepare('SELECT id, eventId, attribute, kind, severity, status, sideA, sideB, explanation FROM contradictions ORDER BY id').iterate();
    (async () => {
      for (const row of rows as Iterable<Record<string, unknown>>) if (!csv.write(row)) await once(csv, 'drain');
      csv.end();
    })();
    return reply.type('text/csv').send(csv);
  });
  bare.get('/health', async () => ({ ok: true }));
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
  // Warm both servers and the client's connection pool, so first-byte times measure the export alone.
  for (let i = 0; i < 20; i++) {
    await (await fetch(`${bareUrl}/health`)).text();
    await (await fetch(`${appUrl}/exports/contradictions?format=csv&eventId=00000000-0000-7000-8000-000000000000`, { headers: { authorization: `Bearer ${bench.adminKey}` } })).text();
  }

  const baselineRuns = [await download(`${bareUrl}/export`, {}), await download(`${bareUrl}/export`, {})];
  const appRuns = [
    await download(`${appUrl}/exports/contradictions?format=csv`, { authorization: `Bearer ${bench.adminKey}` }),
    await download(`${appUrl}/exports/contradictions?format=csv`, { authorization: `Bearer ${bench.adminKey}` }),
  ];
  const [baseline, app] = [baselineRuns[1], appRuns[1]];
  await bare.close();
  raw.close();
  // The second of two runs is reported; the first (cold caches) is kept beside it.
  const rows = {
    contradictions: CONTRADICTIONS, appBytes: app.bytes, appTotalMs: Math.round(app.totalMs), bareTotalMs: Math.round(baseline.totalMs),
    firstRun: { appFirstByteMs: Math.round(appRuns[0].firstByteMs), appMemoryGrowthMb: Math.round(appRuns[0].memoryGrowthMb), bareFirstByteMs: Math.round(baselineRuns[0].firstByteMs) },
  };
  return [
    {
      name: 'export: 100,000 contradictions as CSV, memory growth', value: app.memoryGrowthMb, unit: 'MB',
      baselineName: 'bare Fastify + raw driver, same rows', baseline: baseline.memoryGrowthMb, ratio: app.memoryGrowthMb / Math.max(baseline.memoryGrowthMb, 1),
      target: '< 64 MB', met: app.memoryGrowthMb < 64, extra: rows,
    },
    {
      name: 'export: 100,000 contradictions as CSV, time to first byte', value: app.firstByteMs, unit: 'ms',
      baselineName: 'bare Fastify + raw driver, same rows', baseline: baseline.firstByteMs, ratio: app.firstByteMs / baseline.firstByteMs,
      target: '< 300 ms', met: app.firstByteMs < 300,
    },
  ];
}
