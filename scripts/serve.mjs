// Serves the built app (dist/) over plain HTTP on 127.0.0.1, as any static host would: used by
// `npm start`, the end-to-end tests and the benchmarks. Production deploys put dist/ behind HTTPS.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));

/** @type {Record<string, string>} */
const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` (dist/ by default) with fallback to index.html for page routes. `files` are
 * served from memory ahead of `root`, by path (`/config.json`): a provisioning file for one run,
 * without writing into a build folder others may be serving. A file given as a function is asked
 * for its text at each request, and answered when that settles (a test holds it back so).
 * @param {{ root?: string, port?: number, files?: Record<string, string | (() => string | Promise<string>)> }} [options] port 0 picks a free one
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void> }>}
 */
export async function startApp({ root = DIST, port = 0, files = {} } = {}) {
  const base = resolve(root);
  const index = join(base, 'index.html');
  if (!existsSync(index)) throw new Error(`${index} is missing: run \`npx vite build\` first.`);
  const server = createServer((req, res) => {
    const path = requestPath(req.url ?? '/');
    if (path === undefined) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    if (Object.hasOwn(files, path)) {
      const file = files[path];
      Promise.resolve(typeof file === 'function' ? file() : file).then(
        (text) => {
          res.writeHead(200, {
            'content-type': MIME_TYPES[extname(path)] ?? 'application/octet-stream',
            'cache-control': 'no-cache',
          });
          res.end(req.method === 'HEAD' ? undefined : text);
        },
        () => res.writeHead(500).end(),
      );
      return;
    }
    serveFile(base, index, path, req.method === 'HEAD', res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    port: actualPort,
    stop: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done(undefined));
      }),
  };
}

/**
 * The request's path, decoded; undefined for a target that is none ('//x' would be read as a
 * host, a bad percent-encoding cannot be decoded), which once stopped the server.
 * @param {string} target
 * @returns {string | undefined}
 */
export function requestPath(target) {
  try {
    const relative = target.startsWith('/') ? target : `/${target}`;
    return decodeURIComponent(new URL(`http://x${relative}`).pathname);
  } catch {
    return undefined;
  }
}

/**
 * As the README asks of a deployment: the build's `assets/` have content-hashed names, so they
 * never change and are kept for a year, with no revalidation. That is also what lets Chromium
 * keep their compiled code between starts (it keeps none for a `no-cache` response, even from
 * the service worker's cache), so the start does not compile 680 kB of script again. Everything
 * else (index.html, sw.js, the manifest) is revalidated at each load.
 * @param {string} path
 */
function cacheControl(path) {
  return path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * @param {string} base
 * @param {string} index
 * @param {string} path decoded, from requestPath
 * @param {boolean} headOnly
 * @param {import('node:http').ServerResponse} res
 */
async function serveFile(base, index, path, headOnly, res) {
  let file = normalize(join(base, path));
  if (file !== base && !file.startsWith(base + sep)) {
    res.writeHead(403).end();
    return;
  }
  const isFile = await stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!isFile) {
    // Only page routes fall back to the app shell; a missing asset stays a 404.
    if (extname(path) !== '' && extname(path) !== '.html') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    file = index;
  }
  const body = await readFile(file);
  res.writeHead(200, {
    'content-type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': cacheControl(path),
  });
  res.end(headOnly ? undefined : body);
}
