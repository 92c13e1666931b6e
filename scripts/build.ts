/**
 * `npm run build`: the renderer through Vite (vite.config.ts → dist/renderer) and the two
 * Electron bundles through esbuild (dist/electron/main.cjs, dist/electron/preload.cjs).
 *
 * Both Electron entries become single CommonJS files: the main process because electron-store is
 * ESM-only while Electron loads `main` as CommonJS here, the preload because a sandboxed preload
 * cannot load modules at all. `electron` and Node's built-ins (node:sqlite) stay external.
 */
import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build as esbuild, type Metafile } from 'esbuild';

/** The repository root (this file lives in scripts/). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A bundle breaks a rule the running app depends on. */
export class BundleRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BundleRuleError';
  }
}

/** What one build produced, for the console and the tests. */
export interface BuildReport {
  renderer: 'built' | 'skipped';
  bundles: { file: string; bytes: number }[];
}

/** Every module a bundle still imports at run time (everything esbuild left external). */
export function externalImports(metafile: Metafile): string[] {
  const names = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const imported of output.imports) if (imported.external) names.add(imported.path);
  }
  return [...names].sort();
}

/**
 * A sandboxed preload gets a `require` that knows only `electron` and a few polyfills, so a
 * bundle that still needs anything else would fail in the window with a blank page.
 */
export function checkPreloadImports(metafile: Metafile): void {
  const others = externalImports(metafile).filter((name) => name !== 'electron');
  if (others.length > 0) {
    throw new BundleRuleError(
      `The sandboxed preload may import only electron, but it needs: ${others.join(', ')}.`,
    );
  }
}

/**
 * The packaged app ships no node_modules (electron-builder.yml), so the main bundle may leave
 * only Electron and Node's own modules to be loaded at run time.
 */
export function checkMainImports(metafile: Metafile): void {
  const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
  const others = externalImports(metafile).filter(
    (name) => name !== 'electron' && !builtins.has(name) && !name.startsWith('node:'),
  );
  if (others.length > 0) {
    throw new BundleRuleError(
      `The main bundle must be self-contained, but it still needs: ${others.join(', ')}.`,
    );
  }
}

const defaultOutDir = path.join(projectRoot, 'dist', 'electron');

const commonOptions = {
  bundle: true,
  platform: 'node' as const,
  format: 'cjs' as const,
  external: ['electron'],
  sourcemap: 'linked' as const,
  metafile: true as const,
  logLevel: 'warning' as const,
  absWorkingDir: projectRoot,
  legalComments: 'none' as const,
};

function outputsOf(metafile: Metafile): BuildReport['bundles'] {
  return Object.entries(metafile.outputs)
    .filter(([file]) => file.endsWith('.cjs'))
    .map(([file, output]) => ({ file, bytes: output.bytes }));
}

/** Bundles electron/main.ts into `<outDir>/main.cjs`: everything inlined but Electron and Node. */
export async function bundleMain(outDir = defaultOutDir): Promise<BuildReport['bundles']> {
  const result = await esbuild({
    ...commonOptions,
    entryPoints: [path.join(projectRoot, 'electron', 'main.ts')],
    outfile: path.join(outDir, 'main.cjs'),
    target: 'node24',
  });
  checkMainImports(result.metafile);
  return outputsOf(result.metafile);
}

/** Bundles electron/preload.ts into `<outDir>/preload.cjs`, one file needing only electron. */
export async function bundlePreload(outDir = defaultOutDir): Promise<BuildReport['bundles']> {
  const result = await esbuild({
    ...commonOptions,
    entryPoints: [path.join(projectRoot, 'electron', 'preload.ts')],
    outfile: path.join(outDir, 'preload.cjs'),
    // The preload runs in the renderer's Chromium and loads on every page: keep it small
    // (zod, pulled in by the shared contract, is most of it).
    target: ['node24', 'chrome140'],
    minify: true,
  });
  checkPreloadImports(result.metafile);
  return outputsOf(result.metafile);
}

/** Bundles both Electron entries into `outDir` (dist/electron by default). */
export async function buildElectron(outDir = defaultOutDir): Promise<BuildReport['bundles']> {
  const [main, preload] = await Promise.all([bundleMain(outDir), bundlePreload(outDir)]);
  return [...main, ...preload];
}

/** Builds the renderer with Vite's JS API; skipped (with a reason) while vite.config.ts is absent. */
export async function buildRenderer(
  configFile = path.join(projectRoot, 'vite.config.ts'),
): Promise<'built' | 'skipped'> {
  if (!existsSync(configFile)) {
    console.warn(
      `Skipping the renderer: ${path.relative(projectRoot, configFile)} does not exist yet.`,
    );
    return 'skipped';
  }
  const { build } = await import('vite');
  await build({ configFile, logLevel: 'warn' });
  return 'built';
}

/** The whole build: renderer and Electron bundles. */
export async function buildAll(options: { renderer?: boolean } = {}): Promise<BuildReport> {
  const bundles = await buildElectron();
  const renderer = options.renderer === false ? 'skipped' : await buildRenderer();
  return { renderer, bundles };
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const started = performance.now();
  buildAll({ renderer: !process.argv.includes('--no-renderer') })
    .then((report) => {
      for (const bundle of report.bundles)
        console.info(`${bundle.file}  ${(bundle.bytes / 1024).toFixed(0)} kB`);
      console.info(
        `Build finished in ${((performance.now() - started) / 1000).toFixed(1)} s (renderer ${report.renderer}).`,
      );
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
