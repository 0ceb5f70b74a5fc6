import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A built entry point run as a user runs it (`node dist/src/...`), for tests of what a shell sees. */
export function builtScript(path: string): string {
  const file = join(__dirname, '..', 'dist', 'src', path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  return file;
}

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** How long a command may take to finish: a bound on the wait, not a measure. */
const RUN_BOUND_MS = 90_000;

/** Runs a built script to its end, with this environment on top of the test's own (minus DATABASE_URL unless given). */
export function runScript(path: string, args: string[], env: Record<string, string>, cwd?: string): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [builtScript(path), ...args], { env: cleanEnv(env), cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk) => (stdout += chunk));
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${path} ${args.join(' ')} did not finish within ${RUN_BOUND_MS / 1000} s: ${stderr}`));
    }, RUN_BOUND_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      // let the pipes drain
      setImmediate(() => resolve({ code, stdout, stderr }));
    });
  });
}

/** The environment a child gets: the test's own without the settings a test must choose itself. */
export function cleanEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const name of ['DATABASE_URL', 'DEMO_DATABASE_URL', 'CROSSCHECK_ADMIN_TOKEN', 'PORT', 'HOST', 'LOG_LEVEL', 'DATABASE_WAIT_SECONDS']) delete base[name];
  return { ...base, ...env };
}

export interface Running {
  child: ChildProcess;
  output(): { stdout: string; stderr: string };
  /** Waits until the output holds this text (bounded), and answers the output so far. */
  waitFor(text: string | RegExp): Promise<string>;
  stop(): Promise<void>;
}

/** Starts a built script that keeps running (a server, the demo). */
export function startScript(path: string, args: string[], env: Record<string, string>, cwd?: string): Running {
  const child = spawn(process.execPath, [builtScript(path), ...args], { env: cleanEnv(env), cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return {
    child,
    output: () => ({ stdout, stderr }),
    async waitFor(text) {
      for (const deadline = Date.now() + RUN_BOUND_MS; ;) {
        const all = stdout + stderr;
        if (typeof text === 'string' ? all.includes(text) : text.test(all)) return stdout;
        if (child.exitCode !== null) throw new Error(`${path} exited with ${child.exitCode} before printing ${text}: ${all}`);
        if (Date.now() > deadline) throw new Error(`${path} did not print ${text} within ${RUN_BOUND_MS / 1000} s: ${all}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
