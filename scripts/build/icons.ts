/**
 * Draws the toolbar icon (a lens ring over a red dot) at each size the
 * manifest names and writes PNGs to assets/icons/. Run by hand when the
 * design changes: `npx tsx scripts/build/icons.ts`. Pure Node, no image libs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { crc32 } from './crc32';

const SIZES = [16, 32, 48, 128];

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function pixel(size: number, x: number, y: number): [number, number, number, number] {
  const c = size / 2;
  const distance = Math.hypot(x + 0.5 - c * 0.9, y + 0.5 - c * 0.9) / size;
  const handle = x > size * 0.62 && y > size * 0.62 && Math.abs(x - y) < size * 0.12;
  if (distance < 0.16) {
    return [200, 30, 45, 255]; // the mark: red
  }
  if ((distance > 0.26 && distance < 0.4) || handle) {
    return [20, 38, 74, 255]; // the lens: navy
  }
  return [0, 0, 0, 0];
}

function png(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      row.set(pixel(size, x, y), 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('assets/icons', { recursive: true });
for (const size of SIZES) {
  writeFileSync(`assets/icons/icon-${size}.png`, png(size));
}
console.log(`wrote ${SIZES.length} icons to assets/icons/`);
