/**
 * The packaged app in real Electron (release runners, `npm run smoke`): demo mode, the shared
 * checks of tests/smoke/checks.ts plus what only Electron can show (every window's
 * webPreferences, a clean quit). Screenshots go to test-results/smoke/ for the artifacts.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkBridgeSurface,
  checkContentSecurityPolicy,
  checkForeignFrameRefused,
  checkHardenedWindows,
  checkNoNodeInPage,
  checkPortfolioVisible,
  type WindowReport,
} from './checks';

const executablePath = process.env.ENALYSIS_SMOKE_EXECUTABLE ?? '';
const shots = path.resolve('test-results', 'smoke');
let app: ElectronApplication;
let window: Page;

beforeAll(async () => {
  if (!executablePath) throw new Error('Run the smoke test through `npm run smoke`.');
  mkdirSync(shots, { recursive: true });
  app = await _electron.launch({
    executablePath,
    args: ['--demo'],
    env: {
      ...process.env,
      ENALYSIS_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'enalysis-smoke-')),
      // A newer published release must not be downloaded and installed by the smoke run's quit.
      ENALYSIS_UPDATES: 'off',
    },
  });
  window = await app.firstWindow();
});

afterAll(async () => {
  if (app && app.process().exitCode === null) await app.close();
});

describe('packaged app', () => {
  it('shows the portfolio', async () => {
    await checkPortfolioVisible(window);
    await window.screenshot({ path: path.join(shots, `${process.platform}-portfolio.png`) });
  });

  it('gives every window the hardened webPreferences, without Node or DevTools', async () => {
    for (const page of app.windows()) await checkNoNodeInPage(page);
    const reports = await app.evaluate(async ({ BrowserWindow }) => {
      const out: WindowReport[] = [];
      for (const w of BrowserWindow.getAllWindows()) {
        const contents = w.webContents as unknown as {
          getLastWebPreferences?: () => unknown;
        } & typeof w.webContents;
        const prefs = contents.getLastWebPreferences?.() ?? null;
        contents.openDevTools({ mode: 'detach' });
        await new Promise((resolve) => setTimeout(resolve, 500));
        out.push({
          url: contents.getURL(),
          // Only plain values cross back to the test.
          preferences: prefs
            ? (JSON.parse(JSON.stringify(prefs)) as Record<string, unknown>)
            : null,
          devToolsOpened: contents.isDevToolsOpened(),
        });
      }
      return out;
    });
    checkHardenedWindows(reports);
  });

  it('sends the Content-Security-Policy header', async () => {
    await checkContentSecurityPolicy(window);
  });

  it("exposes exactly the contract's channels on window.enalysis", async () => {
    await checkBridgeSurface(window);
  });

  it('refuses a call from a window of another origin that has the same preload', async () => {
    await app.evaluate(async ({ BrowserWindow }) => {
      // The app's own preload, as packaged (dist/electron/ inside app.asar).
      const preload = `${process.resourcesPath}/app.asar/dist/electron/preload.cjs`;
      const foreign = new BrowserWindow({
        show: false,
        webPreferences: { preload, sandbox: true, contextIsolation: true },
      });
      await foreign.loadURL('data:text/html,<p>another site</p>');
    });
    const foreign = app.windows().find((page) => page.url().startsWith('data:'));
    expect(foreign).toBeDefined();
    await checkForeignFrameRefused(foreign!);
  });

  it('quits cleanly', async () => {
    const exited = new Promise<number | null>((resolve) =>
      app.process().once('exit', (code) => resolve(code)),
    );
    await app.evaluate(({ app: electronApp }) => electronApp.quit());
    await expect(exited).resolves.toBe(0);
  });
});
