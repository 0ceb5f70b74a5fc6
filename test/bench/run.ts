import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Figure, startBenchApp } from './bench-kit';
import { detectionBench } from './detection.bench';
import { exportBench } from './export.bench';
import { httpBench } from './http.bench';
import { importBench } from './import.bench';

/** `npm run bench`: every figure with its baseline from the same run, printed and written to results/latest.json. */
async function main(): Promise<void> {
  const figures: Figure[] = [];
  // Each bench gets an application and database of its own.
  for (const run of [httpBench, detectionBench, exportBench, importBench]) {
    const bench = await startBenchApp();
    try {
      figures.push(...(await run(bench)));
    } finally {
      await bench.app.close();
    }
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
  writeFileSync(join(folder, 'latest.json'), JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: cpus().length, figures }, null, 2));
  process.stdout.write(`written to test/bench/results/latest.json\n`);
}

void main();
