import { Role, ROLES } from './user.entity';

/** A `npm run keys` command line, read. */
export type KeysCommand =
  | { command: 'create'; role: Role; name: string; label: string }
  | { command: 'list' }
  | { command: 'revoke'; keyId: string }
  | { command: 'usage'; problem: string | null };

export const KEYS_USAGE = `usage:
  npm run keys -- create --role <${ROLES.join('|')}> --name <name> [--label <label>]
                                    a user with that role and a key for them (the key is shown once)
  npm run keys -- list              every key: its id, holder, role, label, made and revoked
  npm run keys -- revoke <key id>   the key stops working at once
Works on the database of DATABASE_URL, with no server running and no key needed (shell access is enough).`;

/** Reads the arguments after `npm run keys --`; anything it cannot read comes back as usage with the problem named. */
export function parseKeysCommand(argv: string[]): KeysCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'usage', problem: null };
  if (command === 'list') return rest.length ? { command: 'usage', problem: `list takes no arguments (got ${rest.join(' ')})` } : { command: 'list' };
  if (command === 'revoke') {
    if (rest.length !== 1 || rest[0].startsWith('-')) return { command: 'usage', problem: 'revoke takes one key id (npm run keys -- list shows them)' };
    return { command: 'revoke', keyId: rest[0] };
  }
  if (command !== 'create') return { command: 'usage', problem: `unknown command "${command}": create, list or revoke` };
  const options = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if (!['--role', '--name', '--label'].includes(flag)) return { command: 'usage', problem: `unknown option "${flag}" for create: --role, --name, --label` };
    if (value === undefined || value.startsWith('--')) return { command: 'usage', problem: `${flag} needs a value` };
    options.set(flag, value);
  }
  const role = options.get('--role');
  if (!role || !(ROLES as readonly string[]).includes(role)) return { command: 'usage', problem: `create needs --role ${ROLES.join(', ')} (got ${role ?? 'none'})` };
  const name = (options.get('--name') ?? '').trim();
  if (!name || name.length > 200) return { command: 'usage', problem: 'create needs --name, 1 to 200 characters' };
  const label = (options.get('--label') ?? 'shell').trim();
  if (!label || label.length > 100) return { command: 'usage', problem: '--label must be 1 to 100 characters' };
  return { command: 'create', role: role as Role, name, label };
}
