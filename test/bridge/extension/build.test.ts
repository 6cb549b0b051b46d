import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = new URL('../../../scripts/buildExtension.mjs', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'bridge-extension-'));
const folder = join(out, 'extension');

beforeAll(async () => {
  await run(process.execPath, [script, '--out', out], { timeout: 30_000 });
}, 30_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the extension build', () => {
  it('writes a loadable folder', () => {
    for (const file of [
      'manifest.json',
      'background.js',
      'content.js',
      'options.html',
      'options.js',
      'managed_schema.json',
      '_locales/en/messages.json',
      '_locales/it/messages.json',
      'icons/icon-16.png',
      'icons/icon-48.png',
      'icons/icon-128.png',
    ]) {
      expect(existsSync(join(folder, file)), file).toBe(true);
    }
  });

  it('makes content.js one classic script: no import or export', () => {
    const content = readFileSync(join(folder, 'content.js'), 'utf8');
    expect(content).not.toMatch(/^\s*(?:import|export)\b/m);
    expect(content).not.toMatch(/\bimport\s*\(/);
    // It does carry the relay and the click handler.
    expect(content).toContain('voispeedBridge');
    expect(content).toContain('page-link');
  });

  it('bundles the worker and the options page whole: no imports left to resolve', () => {
    for (const file of ['background.js', 'options.js']) {
      expect(readFileSync(join(folder, file), 'utf8'), file).not.toMatch(/^\s*import\b/m);
    }
  });

  it('puts the same files in the zip, manifest at its root', () => {
    const zip = unzipSync(readFileSync(join(out, 'voispeed-bridge-extension.zip')));
    const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json']));
    expect(manifest.name).toBe('VOIspeed Web Phone bridge');
    expect(Object.keys(zip)).toEqual(
      expect.arrayContaining(['background.js', 'content.js', 'options.html', 'icons/icon-128.png']),
    );
  });

  it('draws icons of the declared sizes', () => {
    for (const size of [16, 48, 128]) {
      const png = readFileSync(join(folder, `icons/icon-${size}.png`));
      expect(png.readUInt32BE(16), `${size}`).toBe(size);
      expect(png.readUInt32BE(20), `${size}`).toBe(size);
    }
  });
});
