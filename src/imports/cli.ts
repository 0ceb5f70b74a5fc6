import 'reflect-metadata';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { AppError } from '../common/app-error';
import { LIST_LIMITS } from '../app';
import { parseJson, readNdjson } from '../common/json-body';
import { MAX_IMPORT_RECORDS } from './bundle';
import { loadEnvironment } from '../config/environment';
import { extractStatements } from '../documents/extract';
import { Source } from '../sources/source.entity';
import { ImportsService } from './imports.service';
import { runCli } from '../common/cli';

const USAGE = `usage:
  npm run import -- [-o out.json] <bundle.json | bundle.ndjson>   import a bundle into DATABASE_URL, all or nothing
  npm run import -- [-o out.json] --extract <article.txt>         print the attributed statements of an English text
The answer (JSON) goes to stdout, or to the file of -o; npm prints a banner on stdout too, so use
-o, or run it as \`npm run --silent import -- ...\` when piping stdout.
The key of an editor or admin goes in CROSSCHECK_API_KEY (or CROSSCHECK_ADMIN_TOKEN).`;

/** The options: `-o file` anywhere, then `--extract` and the file. */
function parseArguments(argv: string[]): { out: string | null; extract: boolean; file: string | undefined } {
  const rest = [...argv];
  let out: string | null = null;
  const at = rest.findIndex((a) => a === '-o' || a === '--output');
  if (at !== -1) out = rest.splice(at, 2)[1] ?? null;
  const extract = rest[0] === '--extract';
  return { out, extract, file: extract ? rest[1] : rest[0] };
}

function progress(line: string): void {
  process.stderr.write(`\r\x1b[K${line}`);
}

/** A desk that works from files: the same import and extraction as the API, without a server. */
async function main(argv: string[]): Promise<number> {
  const { out, extract, file } = parseArguments(argv);
  const answer = (value: unknown) => {
    const json = `${JSON.stringify(value, null, 2)}\n`;
    if (out) writeFileSync(out, json);
    else process.stdout.write(json);
  };
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
      // As the API reads them: with their kind and side, which the rules for "the desk's one military" and perpetrators use.
      const rows = await app.get(DataSource).getRepository(Source).find({ select: { id: true, name: true, aliases: true, kind: true, side: true } });
      const candidates = extractStatements(text, rows.map((s) => ({ id: s.id, name: s.name, aliases: s.aliases, kind: s.kind, side: s.side })));
      progress('');
      answer(candidates);
      process.stderr.write(`\r\x1b[K${candidates.length} attributed statements\n`);
      return 0;
    }
    const key = process.env.CROSSCHECK_API_KEY || environment.adminToken;
    const actor = key ? await app.get(AuthService).actorForKey(key) : null;
    if (!actor || !['editor', 'admin'].includes(actor.role)) {
      process.stderr.write('\ncrosscheck: set CROSSCHECK_API_KEY to the key of an editor or admin\n');
      return 2;
    }
    // The same reading as POST /imports: a line that does not parse is named by its number.
    const body = file.endsWith('.ndjson') ? { ndjson: await readNdjson(text, MAX_IMPORT_RECORDS, LIST_LIMITS) } : parseJson(text);
    const records = 'ndjson' in (body as object) ? (body as { ndjson: unknown[] }).ndjson.length : Object.values(body as Record<string, unknown[]>).reduce((n, list) => n + (Array.isArray(list) ? list.length : 0), 0);
    progress(`${records.toLocaleString('en')} records read; validating and writing in one transaction…`);
    const start = performance.now();
    const result = await app.get(ImportsService).import(body, actor, (step) => progress(`${step}…`));
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    progress('');
    answer({ importId: result.importId, created: result.created, unchanged: result.unchanged });
    process.stderr.write(`imported in ${seconds} s\n`);
    return 0;
  } catch (error) {
    progress('');
    if (error instanceof AppError) {
      // Every problem (the first 100, as the API answers), then how many more there are.
      process.stderr.write(`crosscheck: ${error.message}\n${error.details.map((d) => `  ${d.path}: ${d.message}`).join('\n')}\n`);
      const more = error.extra.moreProblems;
      if (typeof more === 'number') process.stderr.write(`  … and ${more} more\n`);
      return 1;
    }
    if (error instanceof Error && /^line \d+: /.test(error.message)) {
      process.stderr.write(`crosscheck: ${file}: ${error.message}\n`);
      return 1;
    }
    // Anything else (a configuration problem included) is one line from runCli, and exit code 1.
    throw error;
  } finally {
    await app.close();
  }
}

runCli('crosscheck', main);
