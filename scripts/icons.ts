/**
 * `npm run icons`: renders build/icon.svg into the icon set electron-builder packs
 * (build/icon.png 1024 px, build/icons/<size>x<size>.png for Linux, build/icon.icns for macOS,
 * build/icon.ico for Windows). Chromium (the one the tests use) draws the SVG; png2icons packs
 * ICNS and ICO. The generated files are committed; run this again after editing the SVG.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import png2icons from 'png2icons';
import { projectRoot } from './build';

const buildDir = path.join(projectRoot, 'build');
/** png2icons returned nothing: the 1024 px rendering is not a PNG it can read. */
export class IconPackError extends Error {
  constructor() {
    super('png2icons could not pack the icon set from build/icon.png.');
    this.name = 'IconPackError';
  }
}

/** The Linux sizes desktop environments look for. */
export const LINUX_ICON_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024] as const;

/** Renders the SVG at `size` px square with a transparent background. */
async function renderAll(svg: string, sizes: readonly number[]): Promise<Map<number, Buffer>> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage();
    const out = new Map<number, Buffer>();
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${svg.replace(
          '<svg ',
          `<svg style="display:block;width:${size}px;height:${size}px" `,
        )}</body></html>`,
      );
      out.set(size, await page.screenshot({ omitBackground: true, type: 'png' }));
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** Writes every icon file; returns the paths written. */
export async function generateIcons(): Promise<string[]> {
  const svg = await readFile(path.join(buildDir, 'icon.svg'), 'utf8');
  const pngs = await renderAll(svg, LINUX_ICON_SIZES);
  const large = pngs.get(1024)!;
  await mkdir(path.join(buildDir, 'icons'), { recursive: true });
  const written: [string, Buffer][] = [[path.join(buildDir, 'icon.png'), large]];
  for (const [size, png] of pngs)
    written.push([path.join(buildDir, 'icons', `${size}x${size}.png`), png]);
  const icns = png2icons.createICNS(large, png2icons.BICUBIC, 0);
  const ico = png2icons.createICO(large, png2icons.BICUBIC, 0, false, true);
  if (!icns || !ico) throw new IconPackError();
  written.push([path.join(buildDir, 'icon.icns'), icns], [path.join(buildDir, 'icon.ico'), ico]);
  for (const [file, bytes] of written) await writeFile(file, bytes);
  return written.map(([file]) => path.relative(projectRoot, file));
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  generateIcons()
    .then((files) => console.info(`Wrote ${files.length} icon files:\n${files.join('\n')}`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
