import 'reflect-metadata';
import { Environment, EnvironmentError, loadEnvironment } from './config/environment';
import { exitOnStartupFailure, preflight, startupStep } from './startup/preflight';

async function main(): Promise<void> {
  let environment: Environment;
  try {
    environment = loadEnvironment();
  } catch (error) {
    if (!(error instanceof EnvironmentError)) throw error;
    process.stderr.write(`crosscheck: ${error.message}\n`);
    process.exit(1);
  }
  try {
    const note = await preflight(environment);
    // Loaded only now: a start that fails its checks says so in a moment, not after loading the whole app.
    const [{ Logger }, { createApp }, { listeningLine }, { issueBootstrapKey }] = await Promise.all([
      import('@nestjs/common'), import('./app'), import('./startup/banner'), import('./startup/bootstrap-key'),
    ]);
    const logger = new Logger('Crosscheck');
    if (note) logger.log(note);
    const app = await createApp(environment);
    const bootstrapKey = await issueBootstrapKey(app, environment);
    await startupStep('listen', environment, () => app.listen({ port: environment.port, host: environment.host }));
    logger.log(listeningLine(environment.host, environment.port));
    if (bootstrapKey) process.stdout.write(bootstrapKey);
  } catch (error) {
    exitOnStartupFailure(error, environment, environment.logLevel === 'debug');
  }
}

void main();
