import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../scripts/build';
import { missingAppMessage, packagedExecutable } from '../../../scripts/smoke';

describe('packagedExecutable', () => {
  it.each([
    ['darwin', 'release/mac-universal/Enalysis.app/Contents/MacOS/Enalysis'],
    ['win32', 'release/win-unpacked/Enalysis.exe'],
    ['linux', 'release/linux-unpacked/enalysis'],
  ] as const)('finds the unpacked app electron-builder leaves on %s', (platform, expected) => {
    expect(packagedExecutable(platform, 'release').split(path.sep).join('/')).toBe(expected);
  });
});

describe('npm run smoke without a packaged app', () => {
  it('fails with one clear sentence', () => {
    const missing = path.join(projectRoot, 'release', 'nothing-here', 'Enalysis');
    const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
    const run = spawnSync(tsx, [path.join(projectRoot, 'scripts', 'smoke.ts')], {
      env: { ...process.env, ENALYSIS_SMOKE_EXECUTABLE: missing },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(missingAppMessage(missing));
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
