import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * A Crosscheck server in a child process, started from the build as production starts it: a second
 * API process on a test's database (the review race), or a server to kill and restart (reliability).
 */
export interface ChildServer {
  url: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** How long a child may take to answer /health: a bound on the wait, not a measure (a loaded machine starts slowly). */
const START_BOUND_MS = 180_000;

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `dist/src/main.js` with the environment given (logging errors only, no rate limit) and waits until it answers. */
export async function startServer(env: Record<string, string>): Promise<ChildServer> {
  const main = join(__dirname, '..', 'dist', 'src', 'main.js');
  if (!existsSync(main)) throw new Error('dist/src/main.js is missing: run npm run build first');
  const port = await freePort();
  const child = spawn(process.execPath, [main], { env: { ...process.env, LOG_LEVEL: 'error', RATE_LIMIT_PER_MINUTE: '0', ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  const stop = (signal: NodeJS.Signals = 'SIGTERM') =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  for (const deadline = Date.now() + START_BOUND_MS; ;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}: ${stderr}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, child, stop };
    } catch {
      // not yet listening
    }
    if (Date.now() > deadline) {
      await stop('SIGKILL');
      throw new Error(`the server did not answer /health within ${START_BOUND_MS / 1000} s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function api(url: string, key: string) {
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json: any = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: response.status, body: json, headers: response.headers };
  };
}
