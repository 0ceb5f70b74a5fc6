import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { startBenchApp } from './bench-kit';
import { coldReportOf } from './report.bench';

/** One cold report of an event of N claims (REPORT_CLAIMS, 5,000 by default), for a profile; OUT writes the JSON body. */
async function main(): Promise<void> {
  const bench = await startBenchApp();
  try {
    const r = await coldReportOf(bench, Number(process.env.REPORT_CLAIMS ?? 5000), process.env.OUT);
    process.stdout.write(`${JSON.stringify(r)}\n`);
  } finally {
    await bench.app.close();
  }
}
void main();
