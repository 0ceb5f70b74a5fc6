import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { BenchApp, Figure, startBenchApp } from './bench-kit';
import { boardBench } from './board.bench';
import { detectionBench } from './detection.bench';
import { exportBench } from './export.bench';
import { extractionBench } from './extraction.bench';
import { growthBench } from './growth.bench';
import { httpBench } from './http.bench';
import { importBench } from './import.bench';
import { reportBench } from './report.bench';
import { suggestionsBench } from './suggestions.bench';
import { writersBench } from './writers.bench';

const BENCHES: Record<string, (bench: BenchApp) => Promise<Figure[]>> = {
  http: httpBench, detection: detectionBench, export: exportBench, import: importBench, extraction: extractionBench, writers: writersBench, suggestions: suggestionsBench,
  board: boardBench, growth: growthBench, report: reportBench,
};
const MARK = 'BENCH-FIGURES ';

/** One bench in this process, on an application and database of its own; its figures go to stdout. */
async function one(name: string): Promise<void> {
  const bench = await startBenchApp();
  try {
    const figures = await BENCHES[name](bench);
    process.stdout.write(`${MARK}${JSON.stringify(figures)}\n`);
  } finally {
    await bench.app.close();
  }
}

/**
 * `npm run bench`: each bench in a fresh process (so one's heap does not count in another's memory
 * figures), every figure with its baseline from the same run, printed and written to results/latest.json.
 */
async function main(): Promise<void> {
  const only = process.argv[2];
  if (only === '--one') return one(process.argv[3]);
  if (only && !BENCHES[only]) throw new Error(`no bench named ${only}; the benches: ${Object.keys(BENCHES).join(', ')}`);
  const figures: Figure[] = [];
  // `npm run bench -- writers` runs one bench (WRITERS_BENCH=claim|pg|board narrows the writers bench further).
  for (const name of only ? [only] : Object.keys(BENCHES)) {
    const run = spawnSync(process.execPath, ['--expose-gc', __filename, '--one', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
    const line = run.stdout.split('\n').find((l) => l.startsWith(MARK));
    if (run.status !== 0 || !line) throw new Error(`the ${name} bench failed (exit ${run.status})`);
    figures.push(...(JSON.parse(line.slice(MARK.length)) as Figure[]));
  }
  const rows = figures.map((f) => [
    f.name,
    `${f.value.toFixed(2)} ${f.unit}`,
    `${f.baseline.toFixed(2)} (${f.baselineName})`,
    f.ratio.toFixed(2),
    f.target ? `${f.target} ${f.met ? 'met' : 'MISSED'}` : '',
  ]);
  const header = ['figure', 'value', 'baseline', 'ratio', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  process.stdout.write(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}\n${rows.map(line).join('\n')}\n`);
  for (const f of figures.filter((f) => f.extra)) process.stdout.write(`  ${f.name}: ${JSON.stringify(f.extra)}\n`);
  const folder = join(__dirname, '..', '..', '..', 'test', 'bench', 'results');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, only ? `latest-${only}.json` : 'latest.json'), JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: cpus().length, figures }, null, 2));
  process.stdout.write(`written to test/bench/results/${only ? `latest-${only}.json` : 'latest.json'}\n`);
}

void main();
