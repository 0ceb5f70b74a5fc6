import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { loadEnvironment } from '../config/environment';
import { exitOnStartupFailure, startupStep, checkDatabase } from '../startup/preflight';
import { KEYS_USAGE, parseKeysCommand } from './keys-command';
import { UsersService } from './users.service';
import { runCli } from '../common/cli';

/** `npm run keys`: make, list and revoke API keys from the shell, through the same UsersService as the API. */
async function main(argv: string[]): Promise<number> {
  const parsed = parseKeysCommand(argv);
  if (parsed.command === 'usage') {
    process.stderr.write(`${parsed.problem ? `crosscheck: ${parsed.problem}\n` : ''}${KEYS_USAGE}\n`);
    return parsed.problem ? 2 : 0;
  }
  // A configuration problem or a refusal (AppError) is one line from runCli, and exit code 1.
  const environment = loadEnvironment({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' });
  const app = await startupStep('database', environment, () => checkDatabase(environment.database, environment.databaseWaitSeconds))
    .then(() => NestFactory.createApplicationContext(AppModule.forRoot(environment), { logger: ['error'] }))
    .catch((error: unknown) => exitOnStartupFailure(error, environment, environment.logLevel === 'debug'));
  try {
    const users = app.get(UsersService);
    if (parsed.command === 'create') {
      const user = await users.create({ name: parsed.name, role: parsed.role }, null);
      const key = await users.issueKey(user.id, { label: parsed.label }, null);
      process.stdout.write(`${key.key}\n`);
      process.stderr.write(`made ${parsed.role} "${user.name}" (user ${user.id}) and key ${key.id} labelled "${key.label}": the key above is shown only now\n`);
      return 0;
    }
    if (parsed.command === 'list') {
      const keys = await users.listKeys();
      const rows = [['key id', 'holder', 'role', 'label', 'made', 'revoked'], ...keys.map((k) => [k.id, k.userName, k.role, k.label, k.createdAt, k.revokedAt ?? '-'])];
      const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
      process.stdout.write(`${rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()).join('\n')}\n`);
      if (!keys.length) process.stderr.write('no keys yet: npm run keys -- create --role admin --name <name>\n');
      return 0;
    }
    const revoked = await users.revokeKeyById(parsed.keyId, null);
    process.stdout.write(`revoked key ${revoked.id} of ${revoked.userName} (${revoked.role}, "${revoked.label}") at ${revoked.revokedAt}\n`);
    return 0;
  } finally {
    await app.close();
  }
}

runCli('crosscheck', main);
