import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { dirname } from 'node:path';
import { Environment, EnvironmentError, loadEnvironment } from '../config/environment';
import { maskUrl } from '../startup/mask-url';
import { checkDatabase, exitOnStartupFailure, startupStep } from '../startup/preflight';
import { StartupFailure, startupFailureLine } from '../startup/failure-line';
import { inspectDemoDatabase, markDemoDatabase, resetDemoDatabase } from './demo-database';
import { decideDemoDatabase } from './demo-decision';

const USAGE = `usage: npm run demo [-- --reset]
  Starts Crosscheck with the Bamako case on its own database: data/demo.sqlite, or DEMO_DATABASE_URL
  (a new SQLite file or an empty PostgreSQL database). DATABASE_URL is not used. A second run continues
  the same demo; --reset makes it afresh. A database the demo did not make is never touched.`;

/** Where the demo writes its keys for the shell (`. data/demo-keys.env`): demo keys to a demo database only. */
const KEYS_FILE = process.env.DEMO_KEYS_FILE || 'data/demo-keys.env';

function environmentFor(adminToken: string): Environment {
  try {
    return loadEnvironment({
      ...process.env,
      DATABASE_URL: process.env.DEMO_DATABASE_URL || 'sqlite:data/demo.sqlite',
      CROSSCHECK_ADMIN_TOKEN: adminToken,
      // The demo prints keys: it stays on this machine unless HOST says otherwise.
      HOST: process.env.HOST || '127.0.0.1',
      LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
    });
  } catch (error) {
    if (!(error instanceof EnvironmentError)) throw error;
    process.stderr.write(`crosscheck: ${error.message.replace(/^DATABASE_URL/, 'DEMO_DATABASE_URL')}\n`);
    process.exit(1);
  }
}

/**
 * Takes the port before anything is touched, and holds it while the demo loads (answering /health with
 * "starting"), so a second demo started meanwhile finds it busy too. A busy port where a Crosscheck
 * answers is most likely a demo already running (or starting).
 */
async function holdPort(environment: Environment, url: string): Promise<Server> {
  const holder = createServer((request, response) => {
    response.writeHead(503, { 'content-type': 'application/json', 'retry-after': '5' });
    response.end(JSON.stringify({ status: 'starting', message: 'The Crosscheck demo is starting' }));
  });
  try {
    await new Promise<void>((resolve, reject) => {
      holder.once('error', reject);
      holder.listen({ host: environment.host, port: environment.port, exclusive: true }, resolve);
    });
    return holder;
  } catch (error) {
    if ((error as { code?: string }).code !== 'EADDRINUSE') throw error;
    const answer = await fetch(`${url}/health`, { signal: AbortSignal.timeout(3000) }).then((r) => r.json() as Promise<{ status?: string }>).catch(() => null);
    if (answer?.status === 'ok' || answer?.status === 'starting') {
      const state = answer.status === 'ok' ? 'already answers' : 'is starting';
      throw new StartupFailure(`a Crosscheck ${state} at ${url} (a demo already running?): use it, stop it with Ctrl-C in its terminal, or set PORT to start another; nothing was changed`);
    }
    // A demo busy loading answers nothing for a while: said as a possibility, with the port's line.
    throw new StartupFailure(`port ${environment.port} is already in use on ${environment.host} (PORT) by something that did not answer as a Crosscheck (a demo still starting?): stop it, or set PORT to start another; nothing was changed`);
  }
}

/** `npm run demo`: the Bamako case on the demo's own database, and how to try it. */
async function demo(argv: string[]): Promise<void> {
  if (argv.some((arg) => arg !== '--reset')) {
    const unknown = argv.find((arg) => arg !== '--reset')!;
    process.stderr.write(`${['--help', '-h'].includes(unknown) ? '' : `crosscheck: unknown option ${unknown}\n`}${USAGE}\n`);
    process.exit(['--help', '-h'].includes(unknown) ? 0 : 2);
  }
  const reset = argv.includes('--reset');
  const adminToken = `demo_${randomBytes(18).toString('base64url')}`;
  const environment = environmentFor(adminToken);
  const { database } = environment;
  const shown = database.kind === 'sqlite' ? `sqlite:${database.path}` : maskUrl(database.url);
  const url = `http://${environment.host === '0.0.0.0' ? 'localhost' : environment.host}:${environment.port}`;
  try {
    const holder = await startupStep('listen', environment, () => holdPort(environment, url));
    if (database.kind === 'postgres') await startupStep('database', environment, () => checkDatabase(database, environment.databaseWaitSeconds));
    const decision = decideDemoDatabase(await startupStep('database', environment, () => inspectDemoDatabase(database)), reset, shown);
    if (decision.action === 'refuse') throw new StartupFailure(decision.line);
    if (decision.action === 'recreate') await startupStep('database', environment, () => resetDemoDatabase(database));
    if (decision.action !== 'continue') {
      await startupStep('database', environment, async () => {
        await checkDatabase(database, environment.databaseWaitSeconds);
        await markDemoDatabase(database, new Date().toISOString());
      });
    }
    const { runDemo } = await import('./run-demo');
    const printed = await runDemo(environment, adminToken, decision.action === 'continue' ? decision.madeAt : null, url, shown, KEYS_FILE);
    // The port is free between the holder's closing and the server's binding: booted first, that is a bind's time only
    // (a second demo that took the port then would go on to reset the database this one serves).
    await startupStep('listen', environment, () => printed.ready());
    holder.closeAllConnections();
    await new Promise((resolve) => holder.close(resolve));
    await startupStep('listen', environment, () => printed.listen());
    writeKeysFile(printed.keys, url);
    process.stdout.write(printed.banner);
  } catch (error) {
    // The demo's database is set by DEMO_DATABASE_URL: a failure line names that.
    const line = startupFailureLine(error, environment, 'other').replace(/(?<!DEMO_)DATABASE_URL/g, 'DEMO_DATABASE_URL');
    exitOnStartupFailure(new StartupFailure(line, { cause: error instanceof StartupFailure ? error.cause : error }), environment, environment.logLevel === 'debug');
  }
}

function writeKeysFile(keys: Record<string, string>, url: string): void {
  mkdirSync(dirname(KEYS_FILE), { recursive: true });
  const lines = ['# Written by npm run demo: keys to the demo database only, replaced on each run.', `URL=${url}`, ...Object.entries(keys).map(([name, key]) => `${name}=${key}`)];
  writeFileSync(KEYS_FILE, `${lines.join('\n')}\n`, { mode: 0o600 });
  chmodSync(KEYS_FILE, 0o600);
}

void demo(process.argv.slice(2));
