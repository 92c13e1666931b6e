import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../scripts/build';
import { LINUX_ICON_SIZES } from '../../../scripts/icons';

// The committed icon set (npm run icons renders build/icon.svg) is what the installers use.
const build = (file: string) => readFileSync(path.join(projectRoot, 'build', file));

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('icon set in build/', () => {
  it('has a 1024 px PNG and every Linux size, each as large as its name says', () => {
    expect(pngSize(build('icon.png'))).toEqual({ width: 1024, height: 1024 });
    const names = readdirSync(path.join(projectRoot, 'build', 'icons')).sort();
    expect(names).toEqual(LINUX_ICON_SIZES.map((s) => `${s}x${s}.png`).sort());
    for (const size of LINUX_ICON_SIZES) {
      expect(pngSize(build(`icons/${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it('has a macOS ICNS whose length matches its header', () => {
    const icns = build('icon.icns');
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });

  it('has a Windows ICO with a 256 px image', () => {
    const ico = build('icon.ico');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    // Width 0 in a directory entry means 256 px.
    const widths = Array.from({ length: count }, (_, i) => ico[6 + i * 16]);
    expect(widths).toContain(0);
  });

  it('is what electron-builder packs, and installers register enalysis://', async () => {
    const config = await getConfig(projectRoot, 'electron-builder.yml', null);
    expect(config.mac?.icon).toBe('build/icon.icns');
    expect(config.win?.icon).toBe('build/icon.ico');
    expect(config.linux?.icon).toBe('build/icons');
    expect(config.protocols).toEqual([{ name: 'Enalysis', schemes: ['enalysis'] }]);
  });
});
