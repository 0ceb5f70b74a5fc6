import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Worker } from 'node:worker_threads';
import { AppError, ErrorCode } from '../common/app-error';
import { ENVIRONMENT } from '../config/config.module';
import { Environment } from '../config/environment';
import { Candidate, extractStatements, ExtractionInput } from './extract';
import { workerFile } from './worker-file';

interface Job {
  id: number;
  input: ExtractionInput;
  resolve: (items: Candidate[]) => void;
  reject: (error: Error) => void;
}

/**
 * Extraction in a worker thread, one job at a time, each within the configured time limit: the event
 * loop stays free (GET /health answers meanwhile), and a job over the limit ends its worker and answers
 * 503 with a message saying so. The next job starts a fresh worker.
 */
@Injectable()
export class ExtractionRunner implements OnModuleDestroy {
  private readonly logger = new Logger('Extraction');
  private readonly file = workerFile();
  private worker: Worker | null = null;
  private running: Job | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly queue: Job[] = [];
  private nextId = 1;

  constructor(@Inject(ENVIRONMENT) private readonly environment: Environment) {
    if (!this.file) this.logger.warn('the built extraction worker is missing (run npm run build): extraction runs in the request thread');
  }

  run(input: ExtractionInput): Promise<Candidate[]> {
    if (!this.file) return Promise.resolve(extractStatements(input.text, input.sources, input.publishedAt));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running || !this.queue.length) return;
    const job = this.queue.shift()!;
    this.running = job;
    const worker = this.ensureWorker();
    this.timer = setTimeout(() => {
      const limit = this.environment.extractionTimeLimitMs;
      this.finish(job, null, new AppError(ErrorCode.Unavailable,
        `Extraction took longer than its limit of ${limit} ms and was stopped; split the text into shorter documents or try again later`,
        [{ path: 'text', message: `not read within ${limit} ms` }]));
      this.stopWorker();
    }, this.environment.extractionTimeLimitMs);
    worker.postMessage({ id: job.id, ...job.input });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.file!);
    worker.unref();
    worker.on('message', (message: { id: number; items?: Candidate[]; error?: string }) => {
      const job = this.running;
      if (!job || job.id !== message.id) return;
      this.finish(job, message.items ?? null, message.error ? new Error(message.error) : null);
    });
    worker.on('error', (error) => {
      if (this.worker === worker) this.worker = null;
      if (this.running) this.finish(this.running, null, error);
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      if (this.running) this.finish(this.running, null, new AppError(ErrorCode.Unavailable, 'Extraction stopped unexpectedly; try again'));
    });
    this.worker = worker;
    return worker;
  }

  private finish(job: Job, items: Candidate[] | null, error: Error | null): void {
    if (this.running !== job) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = null;
    if (error || !items) job.reject(error ?? new Error('no result'));
    else job.resolve(items);
    setImmediate(() => this.pump());
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = null;
    if (worker) void worker.terminate();
  }

  async onModuleDestroy(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new AppError(ErrorCode.Unavailable, 'The server is stopping'));
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
