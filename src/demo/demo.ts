import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createApp } from '../app';
import { AuthService } from '../auth/auth.service';
import { EnvironmentError, loadEnvironment } from '../config/environment';
import { UsersService } from '../users/users.service';
import { loadBamakoCase } from './load-demo';

/** `npm run demo`: a fresh demo database with the Bamako case, and how to try it. */
async function demo(): Promise<void> {
  const adminToken = process.env.CROSSCHECK_ADMIN_TOKEN || `demo_${randomBytes(18).toString('base64url')}`;
  let environment;
  try {
    environment = loadEnvironment({
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL ?? 'sqlite:data/demo.sqlite',
      CROSSCHECK_ADMIN_TOKEN: adminToken,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    });
  } catch (error) {
    if (!(error instanceof EnvironmentError)) throw error;
    process.stderr.write(`crosscheck: ${error.message}\n`);
    process.exit(1);
  }
  const { database } = environment;
  if (database.kind === 'sqlite' && database.path !== ':memory:') {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${database.path}${suffix}`, { force: true });
  } else if (database.kind === 'postgres') {
    process.stderr.write('crosscheck: the demo loads into an empty database; on PostgreSQL, point DATABASE_URL at a fresh one\n');
  }

  const app = await createApp(environment);
  const actor = await app.get(AuthService).actorForKey(adminToken);
  if (!actor) throw new Error('the demo admin key was not made');
  const demoCase = await loadBamakoCase(app, actor);
  // One user of each desk role, so the pages can be tried as each of them.
  const users = app.get(UsersService);
  const keys: string[] = [];
  for (const [name, role] of [['Ed (editor)', 'editor'], ['Rita (reviewer)', 'reviewer'], ['Vic (viewer)', 'viewer']] as const) {
    const user = await users.create({ name, role }, actor);
    keys.push(`  ${role.padEnd(9)}  ${(await users.issueKey(user.id, { label: 'demo' }, actor)).key}`);
  }
  await app.listen({ port: environment.port, host: '0.0.0.0' });
  const url = `http://localhost:${environment.port}`;
  const auth = `-H "Authorization: Bearer ${adminToken}"`;
  process.stdout.write([
    '',
    `Crosscheck demo: the attack on Bamako (${demoCase.claims.length} claims from ${Object.keys(demoCase.sources).length} sources)`,
    `  desk       ${url}/desk   (sign in with a key below)`,
    `  API        ${url}   (OpenAPI: ${url}/docs)`,
    `  admin key  ${adminToken}`,
    ...keys,
    `  database   ${database.kind === 'sqlite' ? database.path : 'postgres'}`,
    '',
    'Try:',
    `  curl -s ${auth} ${url}/events/${demoCase.event.id}/claims`,
    `  curl -s ${auth} "${url}/claims?q=airport"`,
    '',
    'Ctrl-C stops it.',
    '',
  ].join('\n'));
}

void demo();
