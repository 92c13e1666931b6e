import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUpdater, updateFeedFor } from '../../../../electron/platform/updater';
import type { FeedChoice } from '../../../../electron/update/feed';
import {
  createUpdaterWorld,
  startUpdateFeed,
  type FeedCase,
  type UpdateFeedServer,
  type UpdaterWorld,
} from '../../../harness/update-feed';
import { MemoryLogger } from '../../../harness/memory-logger';

// The adapter over a REAL electron-updater (NsisUpdater: feed parsing, version comparison,
// download with sha512 verification) reading a local feed over real HTTP. Only its HTTP client
// is Node's instead of Electron's net module, which needs the Electron binary.
let world: UpdaterWorld;
let feed: UpdateFeedServer | null = null;

beforeEach(async () => {
  world = await createUpdaterWorld();
});
afterEach(async () => {
  await feed?.close();
  feed = null;
  await world.dispose();
});

async function portFor(feedCase: FeedCase, version = '0.1.0', platform?: NodeJS.Platform) {
  feed = await startUpdateFeed(feedCase);
  await world.writeAppUpdateYml(feed.url);
  const choice = updateFeedFor({}, world.dir);
  expect(choice).toMatchObject({ kind: 'on', source: 'app-update.yml' });
  const log = new MemoryLogger();
  const updater = world.updater(version, platform);
  const port = createUpdater(choice as Extract<FeedChoice, { kind: 'on' }>, log, updater);
  return { port, log, updater };
}

const downloaded = () => {
  const dir = path.join(world.dir, 'cache', 'enalysis-updater', 'pending');
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.exe')) : [];
};

describe('createUpdater over electron-updater and a local feed', () => {
  it('downloads a newer version in the background and reports it ready', async () => {
    const { port } = await portFor('newer');
    await expect(port.checkAndDownload()).resolves.toBe('0.2.0');
    expect(feed!.requests).toEqual(['/latest.yml', '/Enalysis-Setup-0.2.0.exe']);
    expect(downloaded()).toHaveLength(1);
  });

  it('stays quiet when the feed offers the same version', async () => {
    const { port } = await portFor('same');
    await expect(port.checkAndDownload()).resolves.toBeNull();
    expect(feed!.requests).toEqual(['/latest.yml']);
  });

  it('never downgrades to an older version', async () => {
    const { port } = await portFor('older');
    await expect(port.checkAndDownload()).resolves.toBeNull();
    expect(downloaded()).toEqual([]);
  });

  it('rejects a malformed latest.yml', async () => {
    const { port } = await portFor('malformed');
    await expect(port.checkAndDownload()).rejects.toThrow(/latest\.yml/);
    expect(downloaded()).toEqual([]);
  });

  it('rejects when the feed cannot be reached', async () => {
    const { port } = await portFor('unreachable');
    await expect(port.checkAndDownload()).rejects.toThrow();
  });

  it('refuses an installer whose sha512 does not match the feed', async () => {
    const { port } = await portFor('bad-sha512');
    await expect(port.checkAndDownload()).rejects.toThrow(/sha512 checksum mismatch/);
    expect(downloaded()).toEqual([]);
  });

  it('reads latest-mac.yml on macOS', async () => {
    const { updater } = await portFor('mac-newer', '0.1.0', 'darwin');
    updater.autoDownload = false;
    const result = await updater.checkForUpdates();
    expect(result).toMatchObject({ isUpdateAvailable: true, updateInfo: { version: '0.2.0' } });
    expect(feed!.requests).toEqual(['/latest-mac.yml']);
  });

  it('uses an environment override instead of app-update.yml', async () => {
    feed = await startUpdateFeed('newer');
    await world.writeAppUpdateYml('https://updates.enalysis.invalid/desktop');
    const choice = updateFeedFor({ ENALYSIS_UPDATE_URL: feed.url }, world.dir);
    expect(choice).toMatchObject({ kind: 'on', source: 'environment' });
    const port = createUpdater(
      choice as Extract<FeedChoice, { kind: 'on' }>,
      new MemoryLogger(),
      world.updater('0.1.0'),
    );
    await expect(port.checkAndDownload()).resolves.toBe('0.2.0');
  });

  it('quitAndInstall hands over to electron-updater', async () => {
    const { port, updater } = await portFor('newer');
    await port.checkAndDownload();
    let called = 0;
    Object.assign(updater, { quitAndInstall: () => (called += 1) });
    port.quitAndInstall();
    expect(called).toBe(1);
  });
});
