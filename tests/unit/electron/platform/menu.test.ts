import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../../electron/ports';
import { electronMock, resetElectronMock } from './electron-mock';

// electron-log loads electron at import time: only the file path is needed here.
const logFile = vi.hoisted(() => ({ path: '' }));
vi.mock('electron-log/main', () => ({
  default: { transports: { file: { getFile: () => ({ path: logFile.path }) } } },
}));
vi.mock('electron', () => import('./electron-mock'));

const { copyDiagnostics, installAppMenu, setAboutPanel } =
  await import('../../../../electron/platform/menu');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'enalysis-menu-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => resetElectronMock());

describe('installAppMenu', () => {
  it('installs the menu built from the template, without DevTools when packaged', () => {
    electronMock.app.isPackaged = true;
    installAppMenu({ kiosk: false, onCopyDiagnostics: () => {} });
    expect(electronMock.menuInstalled).toBe(true);
    expect(JSON.stringify(electronMock.menuTemplate)).not.toContain('toggleDevTools');
    expect(JSON.stringify(electronMock.menuTemplate)).toContain('Copy diagnostics');
  });
});

describe('setAboutPanel', () => {
  it('names the app and its version', () => {
    setAboutPanel();
    expect(electronMock.app.setAboutPanelOptions).toHaveBeenCalledWith(
      expect.objectContaining({ applicationName: 'Enalysis', applicationVersion: '0.0.0-test' }),
    );
  });
});

describe('copyDiagnostics', () => {
  it('puts the redacted report with the log tail on the clipboard', async () => {
    logFile.path = path.join(dir, 'main.log');
    await writeFile(
      logFile.path,
      '[info] started\n[warn] refused https://relay.example.com/cb?refresh_token=abc123\n',
    );
    await copyDiagnostics({ appInfo: { mode: 'demo' }, settings: { theme: 'dark' } }, silentLogger);
    const text = electronMock.clipboardText ?? '';
    expect(text).toContain('Enalysis diagnostics');
    expect(text).toContain('[info] started');
    expect(text).toContain('"theme": "dark"');
    expect(text).not.toContain('abc123');
  });

  it('still copies a report when the log file is missing', async () => {
    logFile.path = path.join(dir, 'missing.log');
    await copyDiagnostics({ appInfo: null, settings: null }, silentLogger);
    expect(electronMock.clipboardText).toContain('(the log file could not be read)');
  });
});
