import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeFailure,
  downloadBase,
  ElectronUnavailableError,
  installedBinary,
  resolveElectronBinary,
} from '../../../scripts/start';

let base: string;
let closedPort: number;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'enalysis-start-'));
  // A port nothing listens on: connections to it are refused at once.
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closedPort = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

/** A stand-in for node_modules/electron with the given install.js. */
async function fakeElectronPackage(
  name: string,
  installJs: string,
  binary?: string,
): Promise<string> {
  const dir = path.join(base, name);
  await mkdir(path.join(dir, 'dist'), { recursive: true });
  await writeFile(path.join(dir, 'install.js'), installJs);
  if (binary) {
    await writeFile(path.join(dir, 'path.txt'), binary);
    await writeFile(path.join(dir, 'dist', binary), '#!/bin/sh\n');
    await chmod(path.join(dir, 'dist', binary), 0o755);
  }
  return dir;
}

const failingInstaller = "console.error('TypeError: fetch failed'); process.exit(1);";

describe('installedBinary mirrors electron/index.js', () => {
  it('finds dist/<path.txt>', async () => {
    const dir = await fakeElectronPackage('present', failingInstaller, 'electron');
    expect(installedBinary(dir, {})).toBe(path.join(dir, 'dist', 'electron'));
  });

  it('is null when path.txt names a binary that is not there', async () => {
    const dir = await fakeElectronPackage('dangling', failingInstaller);
    await writeFile(path.join(dir, 'path.txt'), 'electron');
    expect(installedBinary(dir, {})).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', async () => {
    const dir = await fakeElectronPackage('override-target', failingInstaller, 'electron');
    const empty = await fakeElectronPackage('override-empty', failingInstaller);
    expect(installedBinary(empty, { ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'dist') })).toBe(
      path.join(dir, 'dist', 'electron'),
    );
  });
});

describe('resolveElectronBinary', () => {
  it('uses a binary already on disk without running the installer', async () => {
    const dir = await fakeElectronPackage('ready', 'process.exit(42);', 'electron');
    await expect(resolveElectronBinary({ electronDir: dir, env: {} })).resolves.toBe(
      path.join(dir, 'dist', 'electron'),
    );
  });

  it('runs the installer when the binary is missing and uses what it wrote', async () => {
    const installs = `
      const fs = require('fs'); const path = require('path');
      fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '');
      fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');`;
    const dir = await fakeElectronPackage('downloads', installs);
    await expect(resolveElectronBinary({ electronDir: dir, env: {} })).resolves.toBe(
      path.join(dir, 'dist', 'electron'),
    );
  });

  it('explains a failed download with the network cause, quickly', async () => {
    const dir = await fakeElectronPackage('offline', failingInstaller);
    const started = Date.now();
    const failure = await resolveElectronBinary({
      electronDir: dir,
      env: { ELECTRON_MIRROR: `http://127.0.0.1:${closedPort}/` },
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ElectronUnavailableError);
    expect((failure as Error).message).toBe(
      `Electron could not be downloaded on this machine (127.0.0.1:${closedPort} is unreachable: ECONNREFUSED); run \`npm run preview\` to open the same app in Chromium instead.`,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('gives up on a download that hangs once the time limit passes', async () => {
    const dir = await fakeElectronPackage('hangs', 'setInterval(() => {}, 1000);');
    const started = Date.now();
    const failure = await resolveElectronBinary({
      electronDir: dir,
      env: {},
      timeoutMs: 300,
    }).catch((e: unknown) => e);
    expect((failure as ElectronUnavailableError).reason).toBe(
      'the download from github.com did not finish within 0.3 s',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('describeFailure', () => {
  const base = {
    timedOut: false,
    timeoutMs: 30_000,
    installerOutput: '',
    host: 'github.com',
    probeError: null,
  };
  it.each([
    [{ timedOut: true }, 'the download from github.com did not finish within 30 s'],
    [
      { probeError: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND github.com' } },
      'github.com cannot be resolved: ENOTFOUND',
    ],
    [
      { probeError: { code: 'EAI_AGAIN', message: 'x' } },
      'github.com cannot be resolved: EAI_AGAIN',
    ],
    [{ probeError: { code: 'ECONNRESET', message: 'x' } }, 'github.com is unreachable: ECONNRESET'],
    [
      { probeError: { message: 'The operation was aborted due to timeout' } },
      'github.com is unreachable: The operation was aborted due to timeout',
    ],
    [
      { installerOutput: 'HTTPError: 404\n    at foo (x.js:1)\n' },
      'the installer said "HTTPError: 404"',
    ],
    [{}, 'the installer failed without saying why'],
  ])('%j -> %s', (overrides, reason) => {
    expect(describeFailure({ ...base, ...overrides })).toBe(reason);
  });
});

describe('downloadBase', () => {
  it.each([
    [{}, 'https://github.com/electron/electron/releases/download/'],
    [{ ELECTRON_MIRROR: 'https://mirror.example/electron/' }, 'https://mirror.example/electron/'],
    [{ npm_config_electron_mirror: 'https://npm-mirror.example/' }, 'https://npm-mirror.example/'],
  ])('%j -> %s', (env, url) => {
    expect(downloadBase(env)).toBe(url);
  });
});
