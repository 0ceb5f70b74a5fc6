import { LogLevel as NestLogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { DESK_PATH } from './auth/session';
import { useBodyParsers } from './common/json-body';
import { Environment, LogLevel } from './config/environment';
import { openApiDocument } from './openapi/openapi';

/** Bodies above this are refused with 413 before they are parsed. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** A desk form: a pasted article of 200,000 characters, URL-encoded, fits even in a non-Latin script. */
export const FORM_LIMIT_BYTES = 4 * 1024 * 1024;
/** Bulk imports (`POST /imports`) may send up to this. */
export const IMPORT_LIMIT_BYTES = 64 * 1024 * 1024;

const NEST_LOG_LEVELS: Record<LogLevel, NestLogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

export function createAdapter(trustProxy = false): FastifyAdapter {
  return new FastifyAdapter({
    trustProxy,
    // JSON, NDJSON and forms are read by json-body.ts, with a limit per route and poisoned keys refused
    // there; this limit reaches only the parser Fastify keeps for text/plain.
    bodyLimit: BODY_LIMIT_BYTES,
    logger: false,
  });
}

/** OpenAPI at /docs (page) and /docs-json, built from the controllers and DTOs. */
export function setUpOpenApi(app: NestFastifyApplication, environment: Environment): void {
  SwaggerModule.setup('docs', app, () => openApiDocument(app, environment), { jsonDocumentUrl: 'docs-json' });
}

/** The application as it runs in production; main.ts, the demo and the e2e tests all build it here. */
export async function createApp(environment: Environment, options: { beforeInit?: (app: NestFastifyApplication) => void } = {}): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(environment), createAdapter(environment.trustProxy), {
    logger: NEST_LOG_LEVELS[environment.logLevel],
    abortOnError: false,
    bodyParser: false,
  });
  useBodyParsers(app.getHttpAdapter().getInstance(), { default: BODY_LIMIT_BYTES, bulkPaths: ['/imports'], bulk: IMPORT_LIMIT_BYTES, formPath: DESK_PATH, form: FORM_LIMIT_BYTES });
  setUpOpenApi(app, environment);
  // The e2e harness checks every response against the OpenAPI document from here.
  options.beforeInit?.(app);
  app.enableShutdownHooks();
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
