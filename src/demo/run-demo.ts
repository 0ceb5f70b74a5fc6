import { DataSource, In } from 'typeorm';
import { createApp } from '../app';
import { AuthService } from '../auth/auth.service';
import { Claim } from '../claims/claim.entity';
import { Environment } from '../config/environment';
import { Event } from '../events/event.entity';
import { Source } from '../sources/source.entity';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { loadBamakoCase } from './load-demo';

/** One user of each desk role, so the pages can be tried as each of them; their keys are made afresh on each run. */
const DEMO_USERS = [['Ed (editor)', 'editor', 'EDITOR_KEY'], ['Rita (reviewer)', 'reviewer', 'REVIEWER_KEY'], ['Vic (viewer)', 'viewer', 'VIEWER_KEY']] as const;
const DEMO_KEY_LABEL = 'demo';

export interface DemoReady {
  /** KEY (admin), EDITOR_KEY, REVIEWER_KEY, VIEWER_KEY. */
  keys: Record<string, string>;
  banner: string;
  /** Everything before binding the port (the HTTP server's plugins booted), so the port is left free the least time. */
  ready(): Promise<unknown>;
  listen(): Promise<unknown>;
}

/**
 * Builds the app on the demo's (marked) database: loads the Bamako case into a new one, or continues
 * the one made before (`continuedFrom`), and makes this run's keys (the previous run's demo keys are
 * revoked, so only the printed ones work).
 */
export async function runDemo(environment: Environment, adminToken: string, continuedFrom: string | null, url: string, shown: string, keysFile: string): Promise<DemoReady> {
  const app = await createApp(environment);
  const actor = await app.get(AuthService).actorForKey(adminToken);
  if (!actor) throw new Error('the demo admin key was not made');
  const users = app.get(UsersService);
  const data = app.get(DataSource);
  if (!continuedFrom) await loadBamakoCase(app, actor);
  for (const key of await users.listKeys()) {
    if (key.label === DEMO_KEY_LABEL && !key.revokedAt) await users.revokeKeyById(key.id, actor);
  }
  const existing = await data.getRepository(User).find({ where: { name: In(DEMO_USERS.map(([name]) => name)) } });
  const keys: Record<string, string> = { KEY: adminToken };
  for (const [name, role, variable] of DEMO_USERS) {
    const user = existing.find((u) => u.name === name && u.role === role) ?? (await users.create({ name, role }, actor));
    keys[variable] = (await users.issueKey(user.id, { label: DEMO_KEY_LABEL }, actor)).key;
  }
  const event = await data.getRepository(Event).findOne({ where: {}, order: { id: 'ASC' } });
  const claims = event ? await data.getRepository(Claim).count({ where: { eventId: event.id } }) : 0;
  const sources = await data.getRepository(Source).count();
  const auth = `-H "Authorization: Bearer ${adminToken}"`;
  const banner = [
    '',
    continuedFrom
      ? `Crosscheck demo, continued from ${continuedFrom} (npm run demo -- --reset starts it afresh): ${claims} claims on the first event, ${sources} sources`
      : `Crosscheck demo: the attack on Bamako (${claims} claims from ${sources} sources)`,
    `  desk       ${url}/desk   (sign in with a key below)`,
    `  API        ${url}   (OpenAPI: ${url}/docs)`,
    `  admin key  ${adminToken}`,
    ...DEMO_USERS.map(([, role, variable]) => `  ${role.padEnd(9)}  ${keys[variable]}`),
    `  database   ${shown}   (the demo's own; DATABASE_URL is not used)`,
    '',
    `Try (the keys are also in ${keysFile}, for the shell: . ${keysFile}):`,
    ...(event ? [`  curl -s ${auth} ${url}/events/${event.id}/claims`] : []),
    `  curl -s ${auth} "${url}/claims?q=airport"`,
    '',
    'Ctrl-C stops it.',
    '',
  ].join('\n');
  return { keys, banner, ready: async () => { await app.getHttpAdapter().getInstance().ready(); }, listen: () => app.listen({ port: environment.port, host: environment.host }) };
}
