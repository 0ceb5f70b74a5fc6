import { INestApplicationContext } from '@nestjs/common';
import { Environment } from '../config/environment';
import { UsersService } from '../users/users.service';
import { localUrl } from './banner';

/** What the first start of an empty database prints, once: the key, and how to use it. */
export function bootstrapKeyNotice(key: string, url: string): string {
  return [
    '',
    'The database has no user yet, so an admin was made with this key. It is shown only now: keep it.',
    '',
    `  admin key  ${key}`,
    '',
    `  API    curl -H "Authorization: Bearer ${key}" ${url}/events`,
    `  desk   ${url}/desk (sign in with the key)`,
    '  more   npm run keys -- create --role editor --name "Ana"   (also: list, revoke <key id>)',
    '',
    'Lost it? npm run keys -- create --role admin --name "admin 2" makes another (the server may keep running).',
    '',
  ].join('\n');
}

/**
 * Without CROSSCHECK_ADMIN_TOKEN, an empty database would leave no way in: the first start makes an
 * admin and a key and answers the notice to print (null when any user exists, so it happens once).
 */
export async function issueBootstrapKey(app: INestApplicationContext, environment: Environment): Promise<string | null> {
  if (environment.adminToken) return null;
  const issued = await app.get(UsersService).bootstrapAdmin();
  return issued ? bootstrapKeyNotice(issued.key, localUrl(environment.host, environment.port)) : null;
}
