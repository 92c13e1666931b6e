import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { invokeChannels } from '../../../shared/contract';
import {
  BundleRuleError,
  bundleMain,
  bundlePreload,
  buildRenderer,
  checkMainImports,
  checkPreloadImports,
} from '../../../scripts/build';

let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'enalysis-build-'));
});
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

/** A metafile whose one output imports `externals` at run time. */
function metafileImporting(...externals: string[]): Metafile {
  return {
    inputs: {},
    outputs: {
      'out.cjs': {
        bytes: 1,
        inputs: {},
        exports: [],
        imports: externals.map((name) => ({
          path: name,
          kind: 'require-call' as const,
          external: true,
        })),
      },
    },
  };
}

describe('bundle rules', () => {
  it.each([
    [['electron'], true],
    [[], true],
    [['electron', 'node:fs'], false],
    [['electron', 'zod'], false],
  ])('a preload importing %j is accepted: %s', (externals, ok) => {
    const check = () => checkPreloadImports(metafileImporting(...externals));
    if (ok) expect(check).not.toThrow();
    else expect(check).toThrow(BundleRuleError);
  });

  it.each([
    [['electron', 'node:sqlite', 'node:fs', 'path', 'child_process'], true],
    [['electron', 'electron-store'], false],
    [['conf'], false],
  ])('a main bundle importing %j is accepted: %s', (externals, ok) => {
    const check = () => checkMainImports(metafileImporting(...externals));
    if (ok) expect(check).not.toThrow();
    else expect(check).toThrow(BundleRuleError);
  });
});

describe('the preload bundle', () => {
  it('is one CommonJS file that works with nothing but electron to require', async () => {
    const bundles = await bundlePreload(outDir);
    expect(bundles.map((b) => path.basename(b.file))).toEqual(['preload.cjs']);
    const code = await readFile(path.join(outDir, 'preload.cjs'), 'utf8');

    // What a sandboxed preload gets: a require that knows electron, and no Node globals.
    const exposed = new Map<string, unknown>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: vi.fn(async () => ({ ok: true, value: null })),
        on: vi.fn(),
        removeListener: vi.fn(),
      },
    };
    const sandboxRequire = (name: string) => {
      if (name === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require ${name}`);
    };
    const module = { exports: {} };
    vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports });

    const api = exposed.get('enalysis') as Record<
      string,
      Record<string, (r?: unknown) => Promise<unknown>>
    >;
    expect(Object.keys(api).sort()).toEqual(
      [...new Set(invokeChannels.map((c) => c.split('.')[0]!)), 'on'].sort(),
    );
    await api.portfolio!.get!();
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('enalysis:portfolio.get', {});
  });
});

describe('the main bundle', () => {
  it('is one CommonJS file that leaves only electron and node built-ins outside', async () => {
    const bundles = await bundleMain(outDir);
    expect(bundles.map((b) => path.basename(b.file))).toEqual(['main.cjs']);
    const code = await readFile(path.join(outDir, 'main.cjs'), 'utf8');
    expect(code).toContain('require("electron")');
    expect(code).toContain('require("node:sqlite")');
    expect(code).not.toMatch(/require\("(electron-store|electron-log|conf|zod)[/"]/);
    expect(code).not.toContain('import.meta');
  });
});

describe('buildRenderer', () => {
  it('skips with a clear message while vite.config.ts does not exist', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(buildRenderer(path.join(outDir, 'no-such-vite.config.ts'))).resolves.toBe(
      'skipped',
    );
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/Skipping the renderer: .* does not exist yet/),
    );
    warn.mockRestore();
  });
});
