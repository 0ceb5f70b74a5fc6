import { parentPort } from 'node:worker_threads';
import { extractStatements, ExtractionInput } from './extract';

/** Runs extraction off the server's event loop: one job at a time, answered by its id. */
parentPort?.on('message', (job: ExtractionInput & { id: number }) => {
  try {
    parentPort!.postMessage({ id: job.id, items: extractStatements(job.text, job.sources, job.publishedAt) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
