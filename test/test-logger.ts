import { LoggerService } from '@nestjs/common';

export interface LogEntry {
  level: 'log' | 'error' | 'warn' | 'debug' | 'verbose' | 'fatal';
  text: string;
}

/**
 * A logger that keeps what the app logs instead of printing it: for tests that provoke failures on
 * purpose, so a passing run prints no red stacks, and the test can check what was logged.
 */
export class TestLogger implements LoggerService {
  readonly entries: LogEntry[] = [];

  private keep(level: LogEntry['level'], message: unknown, rest: unknown[]): void {
    this.entries.push({ level, text: [message, ...rest].map((part) => (part instanceof Error ? part.stack ?? part.message : String(part))).join(' ') });
  }

  log(message: unknown, ...rest: unknown[]) { this.keep('log', message, rest); }
  error(message: unknown, ...rest: unknown[]) { this.keep('error', message, rest); }
  warn(message: unknown, ...rest: unknown[]) { this.keep('warn', message, rest); }
  debug(message: unknown, ...rest: unknown[]) { this.keep('debug', message, rest); }
  verbose(message: unknown, ...rest: unknown[]) { this.keep('verbose', message, rest); }
  fatal(message: unknown, ...rest: unknown[]) { this.keep('fatal', message, rest); }

  /** Errors logged so far. */
  errors(): string[] {
    return this.entries.filter((entry) => entry.level === 'error' || entry.level === 'fatal').map((entry) => entry.text);
  }
}
