/**
 * `npm run smoke`: the release smoke test against the PACKAGED app in real Electron
 * (tests/smoke/electron.smoke.ts, with the checks shared with the Chromium run in npm test).
 * Finds the unpacked app electron-builder left in release/, switches on the one fuse Playwright
 * needs to drive it (Node's --inspect; the installers were built before and keep it off), then
 * runs the smoke test. Without a packaged app it fails with one sentence.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';
import { projectRoot } from './build';

/** Where electron-builder leaves the unpacked app on each platform. */
export function packagedExecutable(platform: NodeJS.Platform, releaseDir: string): string {
  switch (platform) {
    case 'darwin':
      return path.join(
        releaseDir,
        'mac-universal',
        'Enalysis.app',
        'Contents',
        'MacOS',
        'Enalysis',
      );
    case 'win32':
      return path.join(releaseDir, 'win-unpacked', 'Enalysis.exe');
    default:
      return path.join(releaseDir, 'linux-unpacked', 'enalysis');
  }
}

/** The one sentence `npm run smoke` prints on a machine without a packaged app. */
export function missingAppMessage(executable: string): string {
  return `No packaged Enalysis at ${executable}: run "npm run dist" first on a machine that can run Electron (or set ENALYSIS_SMOKE_EXECUTABLE).`;
}

/** Runs the smoke test; resolves the exit code. */
export async function runSmoke(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const executable =
    env.ENALYSIS_SMOKE_EXECUTABLE ??
    packagedExecutable(process.platform, path.join(projectRoot, 'release'));
  if (!existsSync(executable)) {
    console.error(missingAppMessage(executable));
    return 1;
  }
  // On macOS the fuses live in the framework, found from the .app bundle.
  const fuseTarget =
    process.platform === 'darwin' ? path.resolve(executable, '..', '..', '..') : executable;
  await flipFuses(fuseTarget, {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: process.platform === 'darwin',
    [FuseV1Options.EnableNodeCliInspectArguments]: true,
  });
  const vitest = path.join(projectRoot, 'node_modules', 'vitest', 'vitest.mjs');
  const child = spawn(
    process.execPath,
    [vitest, 'run', '--config', path.join(projectRoot, 'tests', 'smoke', 'vitest.config.ts')],
    { stdio: 'inherit', env: { ...env, ENALYSIS_SMOKE_EXECUTABLE: executable } },
  );
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  runSmoke()
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
