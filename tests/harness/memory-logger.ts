/** A Logger that keeps every line in memory, so tests can read exactly what would be logged. */
import type { Logger } from '../../electron/ports';

/** One captured log line. */
export interface LogLine {
  level: 'info' | 'warn' | 'error';
  message: string;
  fields?: Record<string, unknown>;
}

/** Captures log lines; echoes warnings and errors to stderr when `echo` is set. */
export class MemoryLogger implements Logger {
  readonly lines: LogLine[] = [];
  constructor(private readonly echo = false) {}

  info(message: string, fields?: Record<string, unknown>): void {
    this.push({ level: 'info', message, fields });
  }
  warn(message: string, fields?: Record<string, unknown>): void {
    this.push({ level: 'warn', message, fields });
  }
  error(message: string, fields?: Record<string, unknown>): void {
    this.push({ level: 'error', message, fields });
  }

  /** Everything logged, as one string (what a log file would contain). */
  text(): string {
    return this.lines
      .map((l) => `${l.level} ${l.message} ${JSON.stringify(l.fields ?? {})}`)
      .join('\n');
  }

  private push(line: LogLine): void {
    this.lines.push(line);
    if (this.echo && line.level !== 'info')
      console.error(`[core ${line.level}] ${line.message}`, line.fields ?? '');
  }
}
