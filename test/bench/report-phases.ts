import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { ContradictionsService } from '../../src/contradictions/contradictions.service';
import { ReportsService } from '../../src/reports/reports.service';
import { EventAnalysisService } from '../../src/analysis/event-analysis.service';
import { startBenchApp } from './bench-kit';
import { benchEvent } from './report.bench';

/**
 * Where the cold report of an event of N claims (REPORT_CLAIMS, 20,000 by default) spends its time, phase
 * by phase (each phase timed on a fresh reading: nothing cached from the phase before, but the code warm).
 */
async function main(): Promise<void> {
  const bench = await startBenchApp();
  const claims = Number(process.env.REPORT_CLAIMS ?? 20000);
  try {
    const contradictions = bench.app.get(ContradictionsService);
    const reports = bench.app.get(ReportsService);
    const analysis = bench.app.get(EventAnalysisService);
    const clear = () => (analysis as unknown as { cache: { delete: (key: string) => void } }).cache.delete(eventId);
    let eventId = await benchEvent(bench, 500);
    const warm = eventId;
    await reports.rendered(warm, 'json', false);
    eventId = await benchEvent(bench, claims);
    const phases: Record<string, string> = {};
    const profiles: unknown[] = [];
    // PROFILE=file: a CPU profile of the phases only (not the import before them), for Chrome's DevTools.
    const session = new Session();
    if (process.env.PROFILE) {
      session.connect();
      await session.post('Profiler.enable');
    }
    const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      // PHASE=name: only that phase is profiled.
      const profiled = process.env.PROFILE && (!process.env.PHASE || name.startsWith(process.env.PHASE));
      if (profiled) await session.post('Profiler.start');
      const start = performance.now();
      const cpu = process.cpuUsage();
      const value = await work();
      const used = process.cpuUsage(cpu);
      if (profiled) profiles.push((await session.post('Profiler.stop')).profile);
      // Wall time, and the process's CPU time (user + system: all threads, garbage collection included), which a loaded machine bends less.
      phases[name] = `${Math.round(performance.now() - start)} ms, cpu ${Math.round((used.user + used.system) / 1000)} ms`;
      return value;
    };
    const reading = await timed('read (claims, facets, sources, contradictions)', () => contradictions.read(eventId));
    const agreement = await timed('corroborations', () => contradictions.corroborations(eventId, reading));
    const counts = {
      corroborations: agreement.items.length, compatible: agreement.compatible.length,
      compatibleClaimIds: agreement.compatible.reduce((n, c) => n + c.claimIds.length + c.otherClaimIds.length, 0),
      contradictions: reading.views.length, groups: reading.facts.groups.size,
    };
    await timed('credibilities', () => contradictions.credibilities(eventId, reading));
    await timed('disputes', () => contradictions.disputes(eventId, reading));
    clear();
    const report = await timed('report (whole build and seal, cold)', () => reports.report(eventId));
    clear();
    const rendered = await timed('rendered JSON (cold: build, seal, pieces)', () => reports.rendered(eventId, 'json', false));
    const body = rendered.rendered.body;
    let bytes = 0;
    await timed('body to bytes', async () => {
      if (typeof body === 'string') bytes = Buffer.byteLength(body);
      else for await (const part of body) bytes += Buffer.byteLength(part as Buffer | string);
    });
    if (process.env.PROFILE) writeFileSync(process.env.PROFILE, JSON.stringify(profiles[0]));
    process.stdout.write(`${JSON.stringify({ file: bench.file, claims, load: loadavg().map((l) => Number(l.toFixed(1))), bodyMiB: Number((bytes / 1048576).toFixed(1)), claimants: report.claimants.length, counts, phases }, null, 2)}\n`);
  } finally {
    await bench.app.close();
  }
}
void main();
