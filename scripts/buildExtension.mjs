// Builds the bridge's browser extension: bridge/dist/extension/ (a folder a browser loads
// unpacked) and bridge/dist/voispeed-bridge-extension.zip (what the Chrome Web Store and, as an
// .xpi, Firefox take). `node scripts/buildExtension.mjs [--out DIR]` writes DIR/extension and
// DIR/voispeed-bridge-extension.zip instead. No .crx: that needs the private key, which is not
// kept (bridge/extension/identity.ts).
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { inflateSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { png } from './png.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'bridge/extension');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const dist = resolve(values.out ?? join(root, 'bridge/dist'));
const outDir = join(dist, 'extension');
const zipPath = join(dist, 'voispeed-bridge-extension.zip');

// Content scripts cannot be modules, so content.js is one classic script; the worker is
// declared `type: module` and the options page loads its script as a module.
const bundles = [
  { name: 'content', format: 'iife' },
  { name: 'background', format: 'es' },
  { name: 'options', format: 'es' },
];
const copied = ['manifest.json', 'options.html', 'managed_schema.json', '_locales'];
const ICON_SIZES = [16, 48, 128];

const started = Date.now();
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

// Plain Vite builds, one self-contained file each, without the app's config (its React and PWA
// plugins have nothing to do here).
await Promise.all(
  bundles.map(({ name, format }) =>
    build({
      configFile: false,
      root,
      publicDir: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: false,
        minify: false,
        sourcemap: false,
        target: 'es2022',
        lib: {
          entry: join(source, `${name}.ts`),
          formats: [format],
          name: 'voispeedBridge',
          fileName: () => `${name}.js`,
        },
      },
    }),
  ),
);

for (const name of copied) cpSync(join(source, name), join(outDir, name), { recursive: true });

mkdirSync(join(outDir, 'icons'), { recursive: true });
const appIcon = readPng(join(root, 'public/icons/icon-512.png'));
for (const size of ICON_SIZES) {
  writeFileSync(join(outDir, `icons/icon-${size}.png`), png(size, resized(appIcon, size)));
}

// A fixed time in the zip, so the same sources give the same bytes.
const mtime = new Date('2026-01-01T00:00:00Z');
const files = {};
for (const path of walk(outDir)) {
  files[relative(outDir, path).split('\\').join('/')] = [readFileSync(path), { mtime }];
}
writeFileSync(zipPath, zipSync(files, { level: 9 }));
console.log(
  `${relative(root, outDir)}/ and ${relative(root, zipPath)} in ${Date.now() - started} ms`,
);

function walk(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

// ---- The app's own icon, scaled down: scripts/icons.mjs writes it as 8-bit RGBA, unfiltered
// rows, which is all this reader takes.

function readPng(path) {
  const bytes = readFileSync(path);
  let offset = 8;
  let width = 0;
  let height = 0;
  const data = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[9] !== 6 || body[12] !== 0)
        throw new Error(`${path}: not 8-bit RGBA`);
    } else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 4 + 1);
    if (raw[row] !== 0) throw new Error(`${path}: filtered rows are not supported here`);
    rgba.set(raw.subarray(row + 1, row + 1 + width * 4), y * width * 4);
  }
  return { width, height, rgba };
}

/** Box filter over premultiplied colour: each output pixel averages the source pixels it covers. */
function resized({ width, height, rgba }, size) {
  const out = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    const y0 = Math.floor((y * height) / size);
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * height) / size));
    for (let x = 0; x < size; x++) {
      const x0 = Math.floor((x * width) / size);
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * width) / size));
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = y0; sy < y1; sy++) {
        for (let sx = x0; sx < x1; sx++) {
          const i = (sy * width + sx) * 4;
          const alpha = rgba[i + 3];
          r += rgba[i] * alpha;
          g += rgba[i + 1] * alpha;
          b += rgba[i + 2] * alpha;
          a += alpha;
        }
      }
      const o = (y * size + x) * 4;
      const count = (y1 - y0) * (x1 - x0);
      if (a > 0) out.set([r / a, g / a, b / a, a / count].map(Math.round), o);
    }
  }
  return out;
}
