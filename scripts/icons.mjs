// Draws the PNG icons the manifest names (192, 512, maskable 512, two shortcut icons) from the
// design in public/icon.svg, with Node built-ins only: `node scripts/icons.mjs` rewrites public/icons/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { png } from './png.mjs';

const publicDir = new URL('../public/', import.meta.url);
const svg = readFileSync(new URL('icon.svg', publicDir), 'utf8');

/** @param {RegExp} pattern @param {string} what */
function pick(pattern, what) {
  const found = pattern.exec(svg)?.[1];
  if (found === undefined) throw new Error(`public/icon.svg has no ${what}`);
  return found;
}

const background = hexColor(pick(/<rect[^>]*fill="(#[0-9a-f]{6})"/i, 'background fill'));
const radius = Number(pick(/<rect[^>]*rx="([\d.]+)"/i, 'corner radius'));
const glyphColor = hexColor(pick(/<path[^>]*fill="(#[0-9a-f]{3,6})"/i, 'glyph fill'));
const [dx, dy] = pick(/<path[^>]*transform="translate\(([^)]*)\)"/i, 'glyph transform')
  .split(/[\s,]+/)
  .map(Number);
const glyph = flattenPath(pick(/<path[^>]*\sd="([^"]+)"/i, 'glyph path')).map((ring) =>
  ring.map(([x, y]) => [x + dx, y + dy]),
);

/** @param {string} hex @returns {number[]} RGBA, 0..255 */
function hexColor(hex) {
  const h = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c) : hex;
  return [1, 3, 5].map((i) => Number.parseInt(h.slice(i, i + 2), 16)).concat(255);
}

/** The path as closed polygons: M, L, H, V, C and Z, absolute or relative (all icon.svg uses). */
function flattenPath(d) {
  const tokens = d.match(/[a-z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/gi) ?? [];
  const rings = [];
  let ring = [];
  let [x, y] = [0, 0];
  let command = '';
  for (let i = 0; i < tokens.length; ) {
    if (/[a-z]/i.test(tokens[i])) command = tokens[i++];
    const rel = command === command.toLowerCase();
    const num = () => Number(tokens[i++]);
    const [ox, oy] = rel ? [x, y] : [0, 0];
    switch (command.toUpperCase()) {
      case 'M':
        if (ring.length) rings.push(ring);
        [x, y] = [ox + num(), oy + num()];
        ring = [[x, y]];
        command = rel ? 'l' : 'L';
        break;
      case 'L':
        [x, y] = [ox + num(), oy + num()];
        ring.push([x, y]);
        break;
      case 'H':
        x = (rel ? x : 0) + num();
        ring.push([x, y]);
        break;
      case 'V':
        y = (rel ? y : 0) + num();
        ring.push([x, y]);
        break;
      case 'C': {
        const [x1, y1, x2, y2, x3, y3] = [num(), num(), num(), num(), num(), num()];
        const p = [
          [x, y],
          [ox + x1, oy + y1],
          [ox + x2, oy + y2],
          [ox + x3, oy + y3],
        ];
        for (let s = 1; s <= 24; s++) ring.push(cubic(p, s / 24));
        [x, y] = [ox + x3, oy + y3];
        break;
      }
      case 'Z':
        if (ring.length) rings.push(ring);
        ring = [];
        break;
      default:
        throw new Error(`public/icon.svg: path command ${command} is not supported here`);
    }
  }
  if (ring.length) rings.push(ring);
  return rings;
}

function cubic([p0, p1, p2, p3], t) {
  const u = 1 - t;
  const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return [0, 1].map((k) => w[0] * p0[k] + w[1] * p1[k] + w[2] * p2[k] + w[3] * p3[k]);
}

function circle(cx, cy, r, steps = 96) {
  return Array.from({ length: steps }, (_, i) => {
    const a = (2 * Math.PI * i) / steps;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
}

function roundedSquare(size, r) {
  const corners = [
    [size - r, r, -Math.PI / 2],
    [size - r, size - r, 0],
    [r, size - r, Math.PI / 2],
    [r, r, Math.PI],
  ];
  return corners.flatMap(([cx, cy, start]) =>
    Array.from({ length: 17 }, (_, i) => {
      const a = start + (Math.PI / 2) * (i / 16);
      return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
    }),
  );
}

const rect = (x0, y0, x1, y1) => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

/** Moves and scales rings so that their bounding box is centred on (256, 256) at `scale`. */
function centred(rings, scale) {
  const xs = rings.flat().map((p) => p[0]);
  const ys = rings.flat().map((p) => p[1]);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  return rings.map((ring) =>
    ring.map(([x, y]) => [256 + (x - cx) * scale, 256 + (y - cy) * scale]),
  );
}

/**
 * Even-odd coverage of the rings on a size×size canvas (rings drawn in a 512 box): 16 scanlines
 * per pixel row, exact coverage along each scanline, so edges come out smooth.
 */
function coverage(rings, size) {
  const k = size / 512;
  const edges = rings.flatMap((ring) =>
    ring.map((p, i) => {
      const q = ring[(i + 1) % ring.length];
      return [p[0] * k, p[1] * k, q[0] * k, q[1] * k];
    }),
  );
  const out = new Float32Array(size * size);
  const sub = 16;
  for (let row = 0; row < size; row++) {
    for (let s = 0; s < sub; s++) {
      const y = row + (s + 0.5) / sub;
      const xs = [];
      for (const [x0, y0, x1, y1] of edges) {
        if (y0 <= y !== y1 <= y) xs.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
      }
      xs.sort((a, b) => a - b);
      for (let i = 0; i + 1 < xs.length; i += 2) {
        const from = Math.max(0, xs[i]);
        const to = Math.min(size, xs[i + 1]);
        for (let px = Math.floor(from); px < to; px++) {
          const covered = Math.min(px + 1, to) - Math.max(px, from);
          if (covered > 0) out[row * size + px] += covered / sub;
        }
      }
    }
  }
  return out;
}

/** Paints layers (rings and an RGBA colour) over a transparent canvas; returns RGBA bytes. */
function paint(size, layers) {
  const pixels = new Float32Array(size * size * 4);
  for (const { rings, color } of layers) {
    const cover = coverage(rings, size);
    for (let i = 0; i < cover.length; i++) {
      const a = (Math.min(1, cover[i]) * color[3]) / 255;
      if (a === 0) continue;
      const below = pixels[i * 4 + 3];
      const alpha = a + below * (1 - a);
      for (let c = 0; c < 3; c++) {
        const mixed = color[c] * a + pixels[i * 4 + c] * below * (1 - a);
        pixels[i * 4 + c] = mixed / alpha;
      }
      pixels[i * 4 + 3] = alpha;
    }
  }
  return Uint8Array.from(pixels, (v, i) => Math.round(i % 4 === 3 ? v * 255 : v));
}

const card = { rings: [roundedSquare(512, radius)], color: background };
const white = glyphColor;
// Maskable: full-bleed background, glyph inside the safe circle (radius 40% of the icon).
const maskable = [
  { rings: [rect(0, 0, 512, 512)], color: background },
  { rings: centred(glyph, 0.7), color: white },
];
const dialPad = [0, 1, 2, 3].flatMap((r) =>
  [0, 1, 2].map((c) => circle(156 + c * 100, 106 + r * 100, 34)),
);
const clock = [
  { rings: [circle(256, 256, 170), circle(256, 256, 130)], color: white },
  // The hands are separate layers: where they overlap, even-odd would cut a hole.
  { rings: [rect(241, 140, 271, 271)], color: white },
  { rings: [rect(241, 241, 356, 271)], color: white },
];

const icons = {
  'icon-192.png': [192, [card, { rings: glyph, color: white }]],
  'icon-512.png': [512, [card, { rings: glyph, color: white }]],
  'icon-maskable-512.png': [512, maskable],
  'shortcut-dial-192.png': [192, [card, { rings: dialPad, color: white }]],
  'shortcut-history-192.png': [192, [card, ...clock]],
};

const outDir = new URL('icons/', publicDir);
mkdirSync(outDir, { recursive: true });
for (const [name, [size, layers]] of Object.entries(icons)) {
  writeFileSync(new URL(name, outDir), png(size, paint(size, layers)));
  console.log(`public/icons/${name} (${size}×${size})`);
}
