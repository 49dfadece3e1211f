/**
 * Draws the toolbar icons (public/icons/icon{16,32,48,128}.png): a lens over two stacked pages.
 * Run once with `npx tsx tests/tools/make-icons.ts`; the PNGs are committed. No image library:
 * a tiny PNG encoder over node:zlib, with 4x4 supersampling for smooth edges.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function encodePng(size: number, pixel: (x: number, y: number) => RGBA): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** The icon in unit coordinates (0..1): returns a colour or null for transparent. */
function shape(u: number, v: number): RGBA | null {
  const inRect = (x0: number, y0: number, x1: number, y1: number): boolean => u >= x0 && u <= x1 && v >= y0 && v <= y1;
  const dx = u - 0.6;
  const dy = v - 0.58;
  const d = Math.hypot(dx, dy);
  // Handle of the lens.
  const t = (u - 0.74 + (v - 0.72)) / 2;
  const along = Math.abs(u - 0.74 - t) + Math.abs(v - 0.72 - t);
  if (t > 0 && t < 0.17 && along < 0.09) return [31, 35, 40, 255];
  if (d < 0.26 && d > 0.19) return [31, 35, 40, 255];
  if (d <= 0.19) return [255, 224, 102, 255];
  if (inRect(0.1, 0.06, 0.58, 0.7)) return [194, 65, 12, 255];
  if (inRect(0.2, 0.16, 0.68, 0.8)) return [9, 105, 218, 255];
  return null;
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const png = encodePng(size, (x, y) => {
    let r = 0, g = 0, b = 0, a = 0;
    const n = 4;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const c = shape((x + (i + 0.5) / n) / size, (y + (j + 0.5) / n) / size);
        if (c) { r += c[0]; g += c[1]; b += c[2]; a += 255; }
      }
    }
    const count = n * n;
    return a === 0 ? [0, 0, 0, 0] : [Math.round(r / (a / 255)), Math.round(g / (a / 255)), Math.round(b / (a / 255)), Math.round(a / count)];
  });
  writeFileSync(`public/icons/icon${size}.png`, png);
}
console.log('icons written');
