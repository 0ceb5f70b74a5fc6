import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app';
import { EnvironmentError, loadEnvironment } from './config/environment';

async function main(): Promise<void> {
  let environment;
  try {
    environment = loadEnvironment();
  } catch (error) {
    if (error instanceof EnvironmentError) {
      process.stderr.write(`crosscheck: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(environment);
  await app.listen({ port: environment.port, host: '0.0.0.0' });
  new Logger('Crosscheck').log(`Listening on ${await app.getUrl()}`);
}

void main();
