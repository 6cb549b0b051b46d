// The static server of `npm start` and the tests: a hostile request target gets a 400, and the
// server goes on serving; the hashed assets are kept, the rest revalidated.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, requestPath, startApp } from '../../scripts/serve.mjs';

describe('requestPath', () => {
  it.each([
    ['/', '/'],
    ['/assets/a.js?v=1', '/assets/a.js'],
    ['/a%20b', '/a b'],
    ['//', '//'],
    ['//evil.example/x', '//evil.example/x'],
  ])('reads %s as %s', (target, path) => {
    expect(requestPath(target)).toBe(path);
  });

  it('refuses a bad percent-encoding', () => {
    expect(requestPath('/%E0%A4%A')).toBeUndefined();
  });
});

/** The status and headers of a raw GET of `target`, sent as written (no client normalising). */
function get(server: AppServer, target: string) {
  return new Promise<{ status: number; cacheControl: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: target }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, cacheControl: res.headers['cache-control'] ?? '' });
    });
    req.on('error', reject);
    req.end();
  });
}

const statusOf = async (server: AppServer, target: string) => (await get(server, target)).status;

describe('startApp', () => {
  let dir: string;
  let server: AppServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'voispeed-serve-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'index-AbCd1234.js'), 'export {};');
    server = await startApp({ root: dir, files: { '/config.json': async () => '{"v":1}' } });
  });
  afterAll(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers hostile targets with 400 or the shell, and keeps serving', async () => {
    expect(await statusOf(server, '/%E0%A4%A')).toBe(400);
    expect(await statusOf(server, '//')).toBe(200);
    expect(await statusOf(server, '/../../etc/passwd')).not.toBe(500);
    expect(await statusOf(server, '/')).toBe(200);
  });

  it('keeps the hashed assets for a year and revalidates the rest', async () => {
    expect(await get(server, '/assets/index-AbCd1234.js')).toEqual({
      status: 200,
      cacheControl: 'public, max-age=31536000, immutable',
    });
    expect(await get(server, '/')).toMatchObject({ status: 200, cacheControl: 'no-cache' });
    expect(await get(server, '/assets/missing-AbCd1234.js')).toMatchObject({ status: 404 });
    expect(await get(server, '/config.json')).toEqual({ status: 200, cacheControl: 'no-cache' });
  });
});
