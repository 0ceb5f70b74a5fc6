import 'reflect-metadata';
import { readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { AppError } from '../common/app-error';
import { parseJson } from '../common/json-body';
import { EnvironmentError, loadEnvironment } from '../config/environment';
import { extractStatements } from '../documents/extract';
import { Source } from '../sources/source.entity';
import { ImportsService } from './imports.service';

const USAGE = `usage:
  npm run import -- <bundle.json | bundle.ndjson>     import a bundle into DATABASE_URL, all or nothing
  npm run import -- --extract <article.txt>           print the attributed statements of an English text
The key of an editor or admin goes in CROSSCHECK_API_KEY (or CROSSCHECK_ADMIN_TOKEN).`;

function progress(line: string): void {
  process.stderr.write(`\r\x1b[K${line}`);
}

/** A desk that works from files: the same import and extraction as the API, without a server. */
async function main(argv: string[]): Promise<number> {
  const extract = argv[0] === '--extract';
  const file = extract ? argv[1] : argv[0];
  if (!file) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const environment = loadEnvironment({ LOG_LEVEL: 'error', ...process.env });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(environment), { logger: ['error'] });
  try {
    const size = statSync(file).size;
    progress(`reading ${file} (${(size / 1024 / 1024).toFixed(1)} MB)`);
    const text = readFileSync(file, 'utf8');
    if (extract) {
      const sources = await app.get(DataSource).getRepository(Source).find({ select: { id: true, name: true, aliases: true } });
      const candidates = extractStatements(text, sources);
      progress('');
      process.stdout.write(`${JSON.stringify(candidates, null, 2)}\n`);
      process.stderr.write(`\r\x1b[K${candidates.length} attributed statements\n`);
      return 0;
    }
    const key = process.env.CROSSCHECK_API_KEY || environment.adminToken;
    const actor = key ? await app.get(AuthService).actorForKey(key) : null;
    if (!actor || !['editor', 'admin'].includes(actor.role)) {
      process.stderr.write('\ncrosscheck: set CROSSCHECK_API_KEY to the key of an editor or admin\n');
      return 2;
    }
    const body = file.endsWith('.ndjson')
      ? { ndjson: text.split('\n').map((row, i) => ({ line: i + 1, row })).filter(({ row }) => row.trim()).map(({ line, row }) => ({ line, value: parseJson(row) })) }
      : parseJson(text);
    const records = 'ndjson' in (body as object) ? (body as { ndjson: unknown[] }).ndjson.length : Object.values(body as Record<string, unknown[]>).reduce((n, list) => n + (Array.isArray(list) ? list.length : 0), 0);
    progress(`${records.toLocaleString('en')} records read; validating and writing in one transaction…`);
    const start = performance.now();
    const result = await app.get(ImportsService).import(body, actor, (step) => progress(`${step}…`));
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    progress('');
    process.stdout.write(`${JSON.stringify({ importId: result.importId, created: result.created, unchanged: result.unchanged })}\n`);
    process.stderr.write(`imported in ${seconds} s\n`);
    return 0;
  } catch (error) {
    progress('');
    if (error instanceof AppError) {
      process.stderr.write(`crosscheck: ${error.message}\n${error.details.slice(0, 50).map((d) => `  ${d.path}: ${d.message}`).join('\n')}\n`);
      if (error.details.length > 50) process.stderr.write(`  … and ${error.details.length - 50} more\n`);
      return 1;
    }
    if (error instanceof EnvironmentError) {
      process.stderr.write(`crosscheck: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code), (error: unknown) => {
  process.stderr.write(`crosscheck: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
