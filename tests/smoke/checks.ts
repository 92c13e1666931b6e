/**
 * The smoke checks, written once and run twice: in real Electron against the PACKAGED app
 * (tests/smoke/electron.smoke.ts, `npm run smoke` on the release runners) and, for everything
 * that does not need the Electron binary, in Chromium through the harness
 * (tests/e2e/smoke-chromium.test.ts, part of `npm test`).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { invokeChannels } from '../../shared/contract';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

/**
 * The webPreferences every app window must have (Electron's checklist, DevTools off), as the
 * running app reports them. Written here as the test's own expectation of what
 * electron/platform/secure-window.ts sets: that module imports Electron, which this file (also
 * run in plain Node) cannot, and a check that imported its subject would pass whatever it said.
 */
export const HARDENED_PREFERENCES = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
} as const;

/** The portfolio is on screen with the demo fleet. */
export async function checkPortfolioVisible(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="site-row"]', { timeout: 60_000 });
  await expect(page.getByRole('heading', { name: 'Portfolio' }).isVisible()).resolves.toBe(true);
  expect(await page.locator('[data-testid="site-row"]').count()).toBeGreaterThan(0);
  await expect(page.getByTestId('demo-label').isVisible()).resolves.toBe(true);
}

/** The page's own document comes with the app's Content-Security-Policy header. */
export async function checkContentSecurityPolicy(page: Page): Promise<void> {
  const header = await page.evaluate(async () => {
    const response = await fetch(location.href, { cache: 'no-store' });
    return response.headers.get('content-security-policy');
  });
  expect(header).toBe(CONTENT_SECURITY_POLICY);
}

/** `window.enalysis` has exactly the contract's channels (as namespace.method) plus `on`. */
export async function checkBridgeSurface(page: Page): Promise<void> {
  const surface = await page.evaluate(() => {
    const api = (window as unknown as { enalysis?: Record<string, unknown> }).enalysis ?? {};
    return Object.entries(api).flatMap(([key, value]) =>
      typeof value === 'function'
        ? [key]
        : Object.entries(value as Record<string, unknown>).map(([method, fn]) =>
            typeof fn === 'function' ? `${key}.${method}` : `${key}.${method} (not a function)`,
          ),
    );
  });
  expect(surface.sort()).toEqual([...invokeChannels, 'on'].sort());
}

/** A page of another origin, given the same bridge, is refused by the sender check. */
export async function checkForeignFrameRefused(foreign: Page): Promise<void> {
  const answer = await foreign.evaluate(async () => {
    const api = (window as unknown as { enalysis?: { app: { info(): Promise<unknown> } } })
      .enalysis;
    return api ? api.app.info() : { bridge: 'missing' };
  });
  expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
}

/** The page's main world has no Node: no require, process, module or Buffer. */
export async function checkNoNodeInPage(page: Page): Promise<void> {
  const globals = await page.evaluate(() =>
    ['require', 'process', 'module', 'Buffer', 'global'].filter(
      (name) => typeof (window as unknown as Record<string, unknown>)[name] !== 'undefined',
    ),
  );
  expect(globals).toEqual([]);
}

/** What main reports for one window: its preferences (where Electron exposes them) and DevTools. */
export interface WindowReport {
  url: string;
  /** webContents.getLastWebPreferences(), or null where this Electron does not offer it. */
  preferences: Record<string, unknown> | null;
  /** Whether DevTools opened when asked to (they must not in a packaged app). */
  devToolsOpened: boolean;
}

/** Every window is hardened: the preferences where readable, and DevTools refused. */
export function checkHardenedWindows(reports: WindowReport[]): void {
  expect(reports.length).toBeGreaterThan(0);
  for (const report of reports) {
    if (report.preferences)
      expect(report.preferences, report.url).toMatchObject(HARDENED_PREFERENCES);
    if (report.preferences) expect(report.preferences.devTools, report.url).toBe(false);
    expect(report.devToolsOpened, report.url).toBe(false);
  }
}
