import { maskUrl } from '../startup/mask-url';

/** The database the server talks to, read from `DATABASE_URL`. */
export type DatabaseTarget =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string };

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

export interface Environment {
  port: number;
  /** The address the server binds: 0.0.0.0 (every interface) by default, 127.0.0.1 for this machine only. */
  host: string;
  database: DatabaseTarget;
  /** How long the start waits for an unreachable database before giving up, in seconds. */
  databaseWaitSeconds: number;
  adminToken: string | null;
  logLevel: LogLevel;
  /** Requests per minute (sliding window) a single API key, or an address without a valid key, may make before answering 429; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** The whole request (headers and body) must arrive within this many ms, or the connection is closed (408). */
  requestTimeoutMs: number;
  /** A connection with no traffic for this many ms is closed. */
  connectionTimeoutMs: number;
  /** Named as the author of exported ClaimReview records. */
  organizationName: string;
  organizationUrl: string;
  /** Where this server is reached from outside, without a trailing slash: the OpenAPI `servers` entry and the home of published fact-checks. */
  publicBaseUrl: string;
  /** Behind a reverse proxy that terminates TLS: read the client's protocol and host from X-Forwarded-Proto and -Host. */
  trustProxy: boolean;
  /** Whether the desk's session cookie is marked Secure: always, never, or when the request came over HTTPS. */
  deskSecureCookie: 'auto' | 'always' | 'never';
  /** How long one document's extraction may run in its worker before it is stopped with 503. */
  extractionTimeLimitMs: number;
  /** How long building one event's report may take (REPORT_TIME_LIMIT_MS); past it the request answers 503. */
  reportTimeLimitMs: number;
  /** The bound on the memory the cached analysis of events may take (ANALYSIS_CACHE_MB), in bytes; 0 keeps none. */
  analysisCacheBytes: number;
}

/** A bad environment value: the message names the variable and what it accepts, in one line. */
export class EnvironmentError extends Error {}

const LOG_LEVELS: LogLevel[] = ['error', 'warn', 'info', 'debug'];
export const MIN_ADMIN_TOKEN_LENGTH = 16;

function bad(name: string, accepts: string, got: string): never {
  throw new EnvironmentError(`${name} must be ${accepts} (got ${JSON.stringify(got)})`);
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) bad(name, `a whole number from ${min} to ${max}`, raw);
  return value;
}

function choice<T extends string>(env: NodeJS.ProcessEnv, name: string, options: readonly T[], fallback: T): T {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '') return fallback;
  if (!options.includes(raw as T)) bad(name, options.join(', '), env[name]!);
  return raw as T;
}

function host(env: NodeJS.ProcessEnv): string {
  const raw = (env.HOST ?? '').trim();
  if (raw === '') return '0.0.0.0';
  // A name or an address, as net.Server.listen takes it; no scheme, port or path.
  if (raw.length > 253 || !/^[\w.:-]+$/.test(raw)) bad('HOST', 'an address or host name to bind, such as 0.0.0.0 or 127.0.0.1', raw);
  return raw;
}

export function parseDatabaseUrl(raw: string): DatabaseTarget {
  if (raw === 'sqlite::memory:') return { kind: 'sqlite', path: ':memory:' };
  if (raw.startsWith('sqlite:')) {
    const path = raw.slice('sqlite:'.length);
    if (path.length > 0 && !path.includes('\0')) return { kind: 'sqlite', path };
  }
  if (/^postgres(ql)?:\/\/[^\s]+$/.test(raw)) {
    try {
      new URL(raw);
      return { kind: 'postgres', url: raw };
    } catch {
      // falls through to the message below
    }
  }
  return bad('DATABASE_URL', 'sqlite:<path>, sqlite::memory: or postgres://user@host:port/database', maskUrl(raw));
}

/** Reads and checks the whole environment once; a bad value stops the start. */
export function loadEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  const logLevel = (env.LOG_LEVEL ?? 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevel as LogLevel)) bad('LOG_LEVEL', LOG_LEVELS.join(', '), env.LOG_LEVEL ?? '');
  const adminToken = env.CROSSCHECK_ADMIN_TOKEN ?? '';
  if (adminToken !== '' && (adminToken.length < MIN_ADMIN_TOKEN_LENGTH || /\s/.test(adminToken))) {
    bad('CROSSCHECK_ADMIN_TOKEN', `at least ${MIN_ADMIN_TOKEN_LENGTH} characters without spaces`, '<hidden>');
  }
  const organizationUrl = env.CROSSCHECK_ORGANIZATION_URL ?? 'https://crosscheck.example.org';
  if (!/^https?:\/\/\S+$/.test(organizationUrl)) bad('CROSSCHECK_ORGANIZATION_URL', 'an http(s) URL', organizationUrl);
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const publicBaseUrl = (env.PUBLIC_BASE_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  if (!/^https?:\/\/\S+$/.test(publicBaseUrl)) bad('PUBLIC_BASE_URL', 'an http(s) URL', publicBaseUrl);
  return {
    port,
    host: host(env),
    database: parseDatabaseUrl(env.DATABASE_URL ?? 'sqlite:data/crosscheck.sqlite'),
    databaseWaitSeconds: integer(env, 'DATABASE_WAIT_SECONDS', 10, 0, 600),
    adminToken: adminToken === '' ? null : adminToken,
    logLevel: logLevel as LogLevel,
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 6000, 0, 10_000_000),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 30_000, 1000, 3_600_000),
    connectionTimeoutMs: integer(env, 'CONNECTION_TIMEOUT_MS', 120_000, 1000, 3_600_000),
    organizationName: env.CROSSCHECK_ORGANIZATION_NAME ?? 'Crosscheck',
    organizationUrl,
    publicBaseUrl,
    trustProxy: choice(env, 'TRUST_PROXY', ['true', 'false'] as const, 'false') === 'true',
    deskSecureCookie: choice(env, 'DESK_SECURE_COOKIE', ['auto', 'always', 'never'] as const, 'auto'),
    extractionTimeLimitMs: integer(env, 'EXTRACTION_TIME_LIMIT_MS', 10_000, 1, 600_000),
    reportTimeLimitMs: integer(env, 'REPORT_TIME_LIMIT_MS', 60_000, 1, 3_600_000),
    analysisCacheBytes: integer(env, 'ANALYSIS_CACHE_MB', 128, 0, 1_000_000) * 1024 * 1024,
  };
}
