/** The database the server talks to, read from `DATABASE_URL`. */
export type DatabaseTarget =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string };

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

export interface Environment {
  port: number;
  database: DatabaseTarget;
  adminToken: string | null;
  logLevel: LogLevel;
  /** Requests per minute a single API key may make before answering 429; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Named as the author of exported ClaimReview records. */
  organizationName: string;
  organizationUrl: string;
  /** Where this server is reached from outside, without a trailing slash: the OpenAPI `servers` entry and the home of published fact-checks. */
  publicBaseUrl: string;
  /** Behind a reverse proxy that terminates TLS: read the client's protocol and host from X-Forwarded-Proto and -Host. */
  trustProxy: boolean;
  /** Whether the desk's session cookie is marked Secure: always, never, or when the request came over HTTPS. */
  deskSecureCookie: 'auto' | 'always' | 'never';
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
  return bad('DATABASE_URL', 'sqlite:<path>, sqlite::memory: or postgres://user@host:port/database', raw);
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
    database: parseDatabaseUrl(env.DATABASE_URL ?? 'sqlite:data/crosscheck.sqlite'),
    adminToken: adminToken === '' ? null : adminToken,
    logLevel: logLevel as LogLevel,
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 6000, 0, 10_000_000),
    organizationName: env.CROSSCHECK_ORGANIZATION_NAME ?? 'Crosscheck',
    organizationUrl,
    publicBaseUrl,
    trustProxy: choice(env, 'TRUST_PROXY', ['true', 'false'] as const, 'false') === 'true',
    deskSecureCookie: choice(env, 'DESK_SECURE_COOKIE', ['auto', 'always', 'never'] as const, 'auto'),
  };
}
