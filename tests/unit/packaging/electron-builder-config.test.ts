import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../scripts/build';

// The loader and the validator electron-builder itself runs for `--config electron-builder.yml`:
// YAML parsing, defaults, then its own JSON schema (app-builder-lib/scheme.json) through ajv.
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(projectRoot, 'electron-builder.yml', null);
});

const validate = (candidate: Configuration) =>
  validateConfiguration(candidate, new DebugLogger(false));

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('is a real schema check: a misplaced option is refused', async () => {
    const broken = {
      ...config,
      nsis: { ...config.nsis, notarize: true },
    } as unknown as Configuration;
    await expect(validate(broken)).rejects.toThrow(/Invalid configuration object/);
  });

  it('names the app and packs only the built output into an asar', () => {
    expect(config.appId).toBe('com.enalysis.desktop');
    expect(config.productName).toBe('Enalysis');
    expect(config.asar).toBe(true);
    expect(config.files).toEqual([
      { filter: expect.arrayContaining(['dist/**/*', 'package.json', '!node_modules/**/*']) },
    ]);
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('builds a per-user assisted NSIS installer on Windows', () => {
    expect(config.win?.target).toEqual([expect.objectContaining({ target: 'nsis' })]);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false });
  });

  it('builds a signed, hardened, notarized dmg and zip on macOS', () => {
    const targets = (config.mac?.target as { target: string }[]).map((t) => t.target);
    expect(targets).toEqual(['dmg', 'zip']);
    expect(config.mac).toMatchObject({
      hardenedRuntime: true,
      entitlements: 'build/entitlements.mac.plist',
      entitlementsInherit: 'build/entitlements.mac.plist',
      notarize: true,
    });
  });

  it('builds an AppImage on Linux', () => {
    expect(config.linux?.target).toEqual([expect.objectContaining({ target: 'AppImage' })]);
  });

  it('registers the enalysis:// scheme', () => {
    expect(config.protocols).toEqual([{ name: 'Enalysis', schemes: ['enalysis'] }]);
  });

  it('tells electron-updater where to look (generic provider over https)', () => {
    expect(config.publish).toMatchObject({
      provider: 'generic',
      url: expect.stringMatching(/^https:\/\//),
    });
  });

  it('points at the main bundle the build writes', () => {
    const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
      main: string;
    };
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });
});

describe('build/entitlements.mac.plist', () => {
  it('grants only the JIT entitlement V8 needs', () => {
    // `plist` is the parser electron-builder uses for Apple property lists.
    const plist = createRequire(import.meta.url)('plist') as { parse(xml: string): unknown };
    const xml = readFileSync(path.join(projectRoot, 'build', 'entitlements.mac.plist'), 'utf8');
    expect(plist.parse(xml)).toEqual({ 'com.apple.security.cs.allow-jit': true });
  });
});
