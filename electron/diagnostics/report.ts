/**
 * The text Help → Copy diagnostics puts on the clipboard for a support request: versions,
 * settings and the last log lines, with every secret scrubbed by the logger's own redaction.
 * Pure: main gathers the inputs, this decides what is in the report.
 */
import { redact, redactText } from '../platform/redact';

/** How many log lines a report carries: enough for the last sync passes, short enough to paste. */
export const DIAGNOSTIC_LOG_LINES = 200;

/** What main gathers for the report. */
export interface DiagnosticsInput {
  appVersion: string;
  /** process.versions: electron, chrome, node. */
  versions: Record<string, string | undefined>;
  os: { platform: string; release: string; arch: string };
  packaged: boolean;
  /** The app.info answer (mode, kiosk, keyring, data folder). */
  appInfo: Record<string, unknown> | null;
  /** The settings.get answer. */
  settings: Record<string, unknown> | null;
  /** The whole log file, or null when it could not be read. */
  logText: string | null;
  /** The user's home folder, replaced by `~` so the report carries no user name. */
  homeDir: string;
  /** When the report was made (ISO 8601). */
  at: string;
}

/** The last `count` non-empty lines of `text`. */
export function lastLines(text: string, count = DIAGNOSTIC_LOG_LINES): string[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines.slice(Math.max(0, lines.length - count));
}

/** Builds the report as plain text. */
export function buildDiagnostics(input: DiagnosticsInput): string {
  const scrub = (text: string) =>
    input.homeDir ? redactText(text).split(input.homeDir).join('~') : redactText(text);
  const json = (value: unknown) => scrub(JSON.stringify(redact(value), null, 2));
  const log =
    input.logText === null ? ['(the log file could not be read)'] : lastLines(input.logText);
  return [
    `Enalysis diagnostics (${input.at})`,
    '',
    `App ${input.appVersion}${input.packaged ? '' : ' (development build)'}`,
    `Electron ${input.versions.electron ?? '?'} · Chromium ${input.versions.chrome ?? '?'} · Node ${input.versions.node ?? '?'}`,
    `OS ${input.os.platform} ${input.os.release} (${input.os.arch})`,
    '',
    'App state:',
    json(input.appInfo),
    '',
    'Settings:',
    json(input.settings),
    '',
    `Last ${log.length} log lines:`,
    ...log.map(scrub),
    '',
  ].join('\n');
}
