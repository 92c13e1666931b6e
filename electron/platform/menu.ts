/**
 * Installs the application menu and the About panel, and copies diagnostics to the clipboard
 * (Help → Copy diagnostics). What is in the menu is menu-template.ts; what is in the report is
 * diagnostics/report.ts.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { app, clipboard, Menu } from 'electron';
import log from 'electron-log/main';
import { buildDiagnostics, type DiagnosticsInput } from '../diagnostics/report';
import type { Logger } from '../ports';
import { menuTemplate } from './menu-template';

/** Sets the About panel (macOS app menu, Help → About elsewhere). */
export function setAboutPanel(): void {
  app.setAboutPanelOptions({
    applicationName: 'Enalysis',
    applicationVersion: app.getVersion(),
    version: `Electron ${process.versions.electron ?? ''}`.trim(),
    copyright: 'Copyright © Enalysis',
    credits: 'Rooftop solar across many buildings.',
  });
}

/** The log file electron-log writes, read whole (it rotates at 1 MB). */
async function readLogFile(): Promise<string | null> {
  try {
    return await readFile(log.transports.file.getFile().path, 'utf8');
  } catch {
    return null;
  }
}

/** Gathers the inputs and puts the report on the clipboard. */
export async function copyDiagnostics(
  state: Pick<DiagnosticsInput, 'appInfo' | 'settings'>,
  logger: Logger,
): Promise<void> {
  const report = buildDiagnostics({
    ...state,
    appVersion: app.getVersion(),
    versions: { ...process.versions },
    os: { platform: process.platform, release: os.release(), arch: process.arch },
    packaged: app.isPackaged,
    logText: await readLogFile(),
    homeDir: os.homedir(),
    at: new Date().toISOString(),
  });
  clipboard.writeText(report);
  logger.info('diagnostics copied to the clipboard', { characters: report.length });
}

/** Builds and installs the menu for this platform and build. */
export function installAppMenu(options: { kiosk: boolean; onCopyDiagnostics: () => void }): void {
  const template = menuTemplate({
    platform: process.platform,
    isPackaged: app.isPackaged,
    kiosk: options.kiosk,
    onCopyDiagnostics: options.onCopyDiagnostics,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
