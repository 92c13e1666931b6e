import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { trayIconPng } from '../../../../electron/desktop/tray-icon';

/** The RGBA pixel at (x, y) of one of our PNGs (filter byte 0 on every row). */
function pixel(png: Buffer, size: number, x: number, y: number): number[] {
  const idatLength = png.readUInt32BE(33);
  const raw = inflateSync(png.subarray(41, 41 + idatLength));
  const at = y * (1 + size * 4) + 1 + x * 4;
  return [...raw.subarray(at, at + 4)];
}

describe('tray icon', () => {
  it.each([
    ['fine', [242, 163, 15, 255], 255],
    ['warning', [230, 179, 64, 0], 255],
    ['fault', [210, 50, 43, 255], 255],
  ] as const)(
    '%s: a PNG of the right size and colour (a ring for a warning)',
    (state, centre, edge) => {
      const png = trayIconPng(state, 32);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([32, 32]);
      expect(pixel(png, 32, 16, 16)).toEqual(centre);
      expect(pixel(png, 32, 16, 4)[3]).toBe(edge);
      expect(pixel(png, 32, 0, 0)[3]).toBe(0);
    },
  );
});
