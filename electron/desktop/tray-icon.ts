/**
 * The tray icon drawn in code: a sun-coloured disc for a fine fleet, amber with a dot for a
 * warning, red for a fault, encoded as a PNG so no image file has to ship or be found at run
 * time. Pure (node:zlib only).
 */
import { deflateSync } from 'node:zlib';
import type { TrayState } from '../ports';

const COLOURS: Record<TrayState, [number, number, number]> = {
  fine: [242, 163, 15],
  warning: [230, 179, 64],
  fault: [210, 50, 43],
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A `size`×`size` RGBA PNG of the state's disc (a ring for warnings, solid for faults). */
export function trayIconPng(state: TrayState, size = 32): Buffer {
  const [r, g, b] = COLOURS[state];
  const rows: Buffer[] = [];
  const centre = (size - 1) / 2;
  const outer = size / 2 - 1;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - centre, y - centre);
      const inside = d <= outer && (state !== 'warning' || d >= outer * 0.45);
      const alpha = inside ? Math.round(255 * Math.min(1, outer - d + 0.5)) : 0;
      row.set([r, g, b, alpha], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
