/**
 * The release smoke checks (tests/smoke/checks.ts) that need no Electron binary, run here on
 * every `npm test`: the BUILT renderer, served through main's own app:// handler (so the
 * headers are main's), the real core in Node, the bridge as the preload builds it. The same
 * checks run against the packaged app in real Electron on the release runners (npm run smoke).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build as viteBuild } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { projectRoot } from '../../scripts/build';
import { launchApp, type AppHandle } from '../harness/launch';
import { MemoryLogger } from '../harness/memory-logger';
import {
  checkBridgeSurface,
  checkContentSecurityPolicy,
  checkForeignFrameRefused,
  checkNoNodeInPage,
  checkPortfolioVisible,
} from '../smoke/checks';

vi.mock('electron', () => import('../unit/electron/platform/electron-mock'));
const { serveRendererFile } = await import('../../electron/platform/protocol');

let app: AppHandle;
let stopped = false;
let builtDir: string;
let foreignServer: Server;
const protocolLog = new MemoryLogger();

beforeAll(async () => {
  builtDir = await mkdtemp(path.join(tmpdir(), 'enalysis-smoke-renderer-'));
  await viteBuild({
    configFile: path.join(projectRoot, 'vite.config.ts'),
    build: { outDir: builtDir, emptyOutDir: true },
    logLevel: 'error',
  });
  app = await launchApp();
  // Every request of the app's origin is answered by main's app:// handler from the build.
  await app.context.route(`${app.origin}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const response = await serveRendererFile(builtDir, `app://enalysis${pathname}`, protocolLog);
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
  foreignServer = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>another site</p>');
  });
  await new Promise<void>((resolve) => foreignServer.listen(0, '127.0.0.1', resolve));
  await app.goto('#/');
}, 180_000);

afterAll(async () => {
  if (!stopped) await app?.stop();
  await new Promise((resolve) => foreignServer?.close(resolve));
  await rm(builtDir, { recursive: true, force: true });
});

describe('release smoke checks in Chromium', () => {
  it('shows the portfolio', async () => {
    await checkPortfolioVisible(app.page);
  });

  it('gives the page no Node', async () => {
    await checkNoNodeInPage(app.page);
  });

  it("serves the page with main's Content-Security-Policy header", async () => {
    await checkContentSecurityPolicy(app.page);
  });

  it("exposes exactly the contract's channels on window.enalysis", async () => {
    await checkBridgeSurface(app.page);
  });

  it('refuses a call from a page of another origin', async () => {
    const foreign = await app.context.newPage();
    const { port } = foreignServer.address() as AddressInfo;
    await foreign.goto(`http://127.0.0.1:${port}/`);
    await checkForeignFrameRefused(foreign);
    await foreign.close();
  });

  it('stops cleanly, with nothing logged as an error', async () => {
    await app.stop();
    stopped = true;
    expect(app.log.lines.filter((line) => line.level === 'error')).toEqual([]);
    expect(protocolLog.lines).toEqual([]);
  });
});
