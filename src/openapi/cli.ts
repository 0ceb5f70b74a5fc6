import { writeFileSync } from 'node:fs';
import { createApp } from '../app';
import { loadEnvironment } from '../config/environment';
import { openApiDocument } from './openapi';

/**
 * Writes the OpenAPI document without a server or a database file: `npm run openapi -- <file>`
 * (default `openapi.json`). PUBLIC_BASE_URL sets its `servers` entry.
 */
async function main(): Promise<void> {
  const environment = loadEnvironment({ ...process.env, DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'error', CROSSCHECK_ADMIN_TOKEN: '' });
  const app = await createApp(environment);
  const file = process.argv[2] ?? 'openapi.json';
  writeFileSync(file, `${JSON.stringify(openApiDocument(app, environment), null, 2)}\n`);
  await app.close();
  process.stdout.write(`crosscheck: OpenAPI document written to ${file}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`crosscheck: ${error.message}\n`);
  process.exit(1);
});
