import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The built worker script. From dist it stands beside this file; under Jest the app runs from the
 * TypeScript sources, which a worker cannot load without a compiler, so the built file in dist is used.
 * Null when neither exists (not built yet): extraction then runs in the calling thread.
 */
export function workerFile(dir: string = __dirname): string | null {
  const beside = join(dir, 'extraction.worker.js');
  if (existsSync(beside)) return beside;
  const built = join(resolve(dir, '..', '..'), 'dist', 'src', 'extraction', 'extraction.worker.js');
  return existsSync(built) ? built : null;
}
