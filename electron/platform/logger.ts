/**
 * The Logger port on electron-log (a rotating file in the OS log folder plus the console), with
 * a hook that redacts every message, whoever wrote it, before any transport sees it.
 */
import log from 'electron-log/main';
import type { Logger } from '../ports';
import { redact } from '../../shared/redact';

/** Sets up electron-log once and returns the port the core logs through. */
export function createElectronLogger(): Logger {
  log.hooks.push((message) => ({ ...message, data: message.data.map((item) => redact(item)) }));
  log.transports.file.level = 'info';
  log.errorHandler.startCatching({ showDialog: false });
  const write =
    (level: 'info' | 'warn' | 'error') =>
    (message: string, fields?: Record<string, unknown>): void => {
      if (fields === undefined) log[level](message);
      else log[level](message, fields);
    };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}
