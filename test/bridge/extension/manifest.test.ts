import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EXTENSION_ID,
  extensionIdFromDigest,
  FIREFOX_ID,
} from '../../../bridge/extension/identity';

const manifest = JSON.parse(
  readFileSync(new URL('../../../bridge/extension/manifest.json', import.meta.url), 'utf8'),
);
const messages = (locale: string) =>
  JSON.parse(
    readFileSync(
      new URL(`../../../bridge/extension/_locales/${locale}/messages.json`, import.meta.url),
      'utf8',
    ),
  );

describe('the manifest', () => {
  it('has the key EXTENSION_ID is derived from', () => {
    const der = Buffer.from(manifest.key, 'base64');
    // A SubjectPublicKeyInfo for RSA starts with this algorithm identifier; a private key does not.
    expect(der.includes(Buffer.from('06092a864886f70d0101010500', 'hex'))).toBe(true);
    expect(der.length).toBeLessThan(300);
    const digest = createHash('sha256').update(der).digest('hex');
    expect(extensionIdFromDigest(digest)).toBe(EXTENSION_ID);
    expect(EXTENSION_ID).toMatch(/^[a-p]{32}$/);
  });

  it('spells the id as Chromium does', () => {
    expect(extensionIdFromDigest('0123456789abcdef0123456789ABCDEF00')).toBe(
      'abcdefghijklmnopabcdefghijklmnop',
    );
  });

  it('names the Firefox id', () => {
    expect(manifest.browser_specific_settings.gecko.id).toBe(FIREFOX_ID);
  });

  it('loads the same worker as a Firefox background script', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({
      service_worker: 'background.js',
      type: 'module',
      scripts: ['background.js'],
    });
  });

  it('asks for the permissions the bridge uses and no more', () => {
    expect([...manifest.permissions].sort()).toEqual(
      ['activeTab', 'contextMenus', 'nativeMessaging', 'scripting', 'storage', 'tabs'].sort(),
    );
    expect(manifest.host_permissions).toBeUndefined();
  });

  it('runs the content script early, in top frames only', () => {
    expect(manifest.content_scripts).toEqual([
      { matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_start', all_frames: false },
    ]);
  });

  it('makes global only the commands Chromium allows: Ctrl+Shift+0-9', () => {
    const commands = Object.entries(manifest.commands) as [
      string,
      { global?: boolean; suggested_key?: Record<string, string> },
    ][];
    expect(commands.map(([name]) => name).sort()).toEqual(['dial-selection', 'show-phone']);
    for (const [name, command] of commands) {
      if (!command.global) continue;
      const keys = Object.values(command.suggested_key ?? {});
      expect(keys.length, name).toBeGreaterThan(0);
      for (const key of keys) expect(key, name).toMatch(/^Ctrl\+Shift\+[0-9]$/);
    }
  });

  it('has every __MSG_ name in both locales, and the same names in both', () => {
    const en = messages('en');
    const it = messages('it');
    expect(Object.keys(it).sort()).toEqual(Object.keys(en).sort());
    const used = JSON.stringify(manifest).match(/__MSG_(\w+)__/g) ?? [];
    for (const name of used) expect(en, name).toHaveProperty(name.slice(6, -2));
    expect(en.callSelection.message).toBe('Call "%s"');
    expect(it.callSelection.message).toBe('Chiama "%s"');
    expect(it.appUrlLabel.message).toBe("Indirizzo dell'app telefono");
  });

  it('declares appUrl for policy', () => {
    const schema = JSON.parse(
      readFileSync(
        new URL('../../../bridge/extension/managed_schema.json', import.meta.url),
        'utf8',
      ),
    );
    expect(manifest.storage.managed_schema).toBe('managed_schema.json');
    expect(schema.properties.appUrl.type).toBe('string');
  });
});
