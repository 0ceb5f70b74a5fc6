import { LoggerService, LogLevel as NestLogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { AuthService } from './auth/auth.service';
import { refuseUnauthenticatedBodies } from './auth/before-body';
import { RateLimits } from './auth/rate-limit.guard';
import { DESK_PATH } from './auth/session';
import { MAX_FACETS } from './claims/dto/create-claim.dto';
import { useBodyParsers } from './common/json-body';
import { ListLimits } from './common/json-shape';
import { MAX_IMPORT_RECORDS } from './imports/bundle';
import { Environment, LogLevel } from './config/environment';
import { openApiDocument } from './openapi/openapi';

/** Bodies above this are refused with 413 before they are parsed. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** A desk form: a pasted article of 200,000 characters, URL-encoded, fits even in a non-Latin script. */
export const FORM_LIMIT_BYTES = 4 * 1024 * 1024;
/** Bulk imports (`POST /imports`) may send up to this. */
export const IMPORT_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * How long lists in a JSON body may be, checked on the parsed body before it is converted into classes:
 * a claim's facets, a bundle's lists, and any other list.
 */
export const LIST_LIMITS: ListLimits = {
  any: 1000,
  deeper: 1000,
  named: { facets: MAX_FACETS, sources: MAX_IMPORT_RECORDS, documents: MAX_IMPORT_RECORDS, events: MAX_IMPORT_RECORDS, claims: MAX_IMPORT_RECORDS },
};

const NEST_LOG_LEVELS: Record<LogLevel, NestLogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/** Fastify's own request and connection timeouts, from REQUEST_TIMEOUT_MS and CONNECTION_TIMEOUT_MS. */
export interface Timeouts {
  requestTimeoutMs: number;
  connectionTimeoutMs: number;
}

export function createAdapter(trustProxy = false, timeouts: Timeouts = { requestTimeoutMs: 30_000, connectionTimeoutMs: 120_000 }): FastifyAdapter {
  return new FastifyAdapter({
    trustProxy,
    // A client that sends its request slowly (a byte every few seconds) is cut off when the whole request
    // has not arrived in time; an idle connection is closed too.
    requestTimeout: timeouts.requestTimeoutMs,
    connectionTimeout: timeouts.connectionTimeoutMs,
    // Node checks the request timeout every 30 s by default: a slow client would get up to 30 s more.
    http: { connectionsCheckingInterval: Math.min(1000, timeouts.requestTimeoutMs), headersTimeout: Math.min(10_000, timeouts.requestTimeoutMs) },
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

/**
 * The application as it runs in production; main.ts, the demo and the e2e tests all build it here.
 * A test that provokes failures on purpose passes a logger of its own, to read what was logged
 * instead of printing it; the e2e harness passes `beforeInit` to check every response against the
 * OpenAPI document.
 */
export async function createApp(environment: Environment, options: { logger?: LoggerService; beforeInit?: (app: NestFastifyApplication) => void } = {}): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(environment), createAdapter(environment.trustProxy, environment), {
    logger: options.logger ?? NEST_LOG_LEVELS[environment.logLevel],
    abortOnError: false,
    bodyParser: false,
  });
  useBodyParsers(app.getHttpAdapter().getInstance(), {
    default: BODY_LIMIT_BYTES,
    bulkPaths: ['/imports'],
    bulk: IMPORT_LIMIT_BYTES,
    bulkRecords: MAX_IMPORT_RECORDS,
    lists: LIST_LIMITS,
    formPath: DESK_PATH,
    form: FORM_LIMIT_BYTES,
  });
  refuseUnauthenticatedBodies(app.getHttpAdapter().getInstance(), app.get(AuthService), app.get(RateLimits));
  setUpOpenApi(app, environment);
  options.beforeInit?.(app);
  app.enableShutdownHooks();
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
