// Draws the Teams app icons (a speech bubble with a check mark) as PNGs with node:zlib alone,
// so the committed icons can be regenerated: `node dist/adapters/teams/draw-icons.js`.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { crc32, deflateSync } from "node:zlib";

type Rgba = [number, number, number, number];
/** Coverage of a point by the shape, 0 or 1; sampled several times per pixel for smooth edges. */
type Shape = (x: number, y: number) => boolean;

/** Encodes RGBA pixels (row-major, 4 bytes each) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, "ascii");
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function paint(size: number, background: Rgba, layers: { shape: Shape; color: Rgba }[]): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const n = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = background.map((v) => v / 255) as Rgba;
      for (const { shape, color } of layers) {
        let hits = 0;
        for (let sy = 0; sy < n; sy++) for (let sx = 0; sx < n; sx++) if (shape((x + (sx + 0.5) / n) / size, (y + (sy + 0.5) / n) / size)) hits++;
        const cov = (hits / (n * n)) * (color[3] / 255);
        const outA = cov + a * (1 - cov);
        const mix = (c: number, base: number) => (outA ? (c / 255) * cov + base * a * (1 - cov) : 0) / (outA || 1);
        [r, g, b, a] = [mix(color[0], r), mix(color[1], g), mix(color[2], b), outA];
      }
      px.set([r, g, b, a].map((v) => Math.round(v * 255)), (y * size + x) * 4);
    }
  }
  return px;
}

// Shapes in unit coordinates (0..1), so both icons share one design.
const roundedRect = (x0: number, y0: number, x1: number, y1: number, r: number): Shape => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const triangle = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape => (x, y) => {
  const s = (px: number, py: number, qx: number, qy: number) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = s(ax, ay, bx, by), d2 = s(bx, by, cx, cy), d3 = s(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
const segment = (ax: number, ay: number, bx: number, by: number, w: number): Shape => (x, y) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= (w / 2) ** 2;
};
const union = (...shapes: Shape[]): Shape => (x, y) => shapes.some((s) => s(x, y));
const minus = (a: Shape, b: Shape): Shape => (x, y) => a(x, y) && !b(x, y);

const bubble = (inset: number) =>
  union(roundedRect(0.2 + inset, 0.24 + inset, 0.8 - inset, 0.68 - inset, 0.1), triangle(0.3 + inset, 0.6, 0.46, 0.6, 0.28 + inset, 0.8 - inset * 2));
const check = (w: number) => union(segment(0.38, 0.46, 0.47, 0.54, w), segment(0.47, 0.54, 0.62, 0.38, w));

const BLUE: Rgba = [0x2f, 0x5d, 0x8a, 255];
const WHITE: Rgba = [255, 255, 255, 255];

/** The 192×192 full-colour icon: a white bubble with a blue check on Afterword blue. */
export function drawColorIcon(): Buffer {
  return encodePng(192, 192, paint(192, BLUE, [{ shape: minus(bubble(0), check(0.07)), color: WHITE }]));
}

/** The 32×32 outline icon: white strokes on transparent, as Teams requires. */
export function drawOutlineIcon(): Buffer {
  const outline = minus(bubble(0), bubble(0.07));
  return encodePng(32, 32, paint(32, [255, 255, 255, 0], [{ shape: union(outline, check(0.08)), color: WHITE }]));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = new URL("../../../adapters/teams/appPackage/", import.meta.url);
  writeFileSync(new URL("color.png", dir), drawColorIcon());
  writeFileSync(new URL("outline.png", dir), drawOutlineIcon());
  console.log(`Wrote color.png and outline.png to ${fileURLToPath(dir)}`);
}
