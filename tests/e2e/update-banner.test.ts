/**
 * "Restart to update" end to end: a real electron-updater reads a local feed and downloads the
 * new version (checksum verified), the core announces it, the renderer shows the banner, and the
 * click installs only once the sync is idle.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpdater, updateFeedFor } from '../../electron/platform/updater';
import type { FeedChoice } from '../../electron/update/feed';
import { launchApp, type AppHandle } from '../harness/launch';
import { MemoryLogger } from '../harness/memory-logger';
import {
  createUpdaterWorld,
  startUpdateFeed,
  type UpdateFeedServer,
  type UpdaterWorld,
} from '../harness/update-feed';
import { useColorScheme } from '../harness/color-scheme';

const shots = resolve('test-results/screenshots');
let app: AppHandle;
let feed: UpdateFeedServer;
let world: UpdaterWorld;
let installs = 0;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  feed = await startUpdateFeed('newer');
  world = await createUpdaterWorld();
  await world.writeAppUpdateYml(feed.url);
  const updater = world.updater('0.1.0');
  // The real quitAndInstall would run the downloaded installer and quit this test process.
  Object.assign(updater, { quitAndInstall: () => (installs += 1) });
  const choice = updateFeedFor({}, world.dir) as Extract<FeedChoice, { kind: 'on' }>;
  app = await launchApp({ updater: createUpdater(choice, new MemoryLogger(), updater) });
  await app.goto('#/');
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await feed?.close();
  await world?.dispose();
});

describe('update banner', () => {
  it('appears once the new version has downloaded', async () => {
    const banner = app.page.getByTestId('update-banner');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain('Enalysis 0.2.0 is ready.');
    expect(feed.requests).toContain('/Enalysis-Setup-0.2.0.exe');
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(app.page, scheme);
      const button = app.page.getByRole('button', { name: 'Restart to update' });
      await expect(button.isVisible()).resolves.toBe(true);
      await app.page.screenshot({ path: `${shots}/update-banner-${scheme}.png` });
    }
  });

  it('installs after the click, once the sync is idle, and says so', async () => {
    await app.page.getByRole('button', { name: 'Restart to update' }).click();
    await app.page.getByText('Restarting as soon as the current refresh has finished').waitFor();
    await expect.poll(() => installs, { timeout: 10_000 }).toBe(1);
    expect(app.core.scheduler.status().running).toBe(false);
    await expect(
      app.page.getByRole('button', { name: 'Restart to update' }).isDisabled(),
    ).resolves.toBe(true);
  });
});
