import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appLinkUrl, checkLink } from '../../../bridge/host/link';
import { opener, openLink, sendLink } from '../../../bridge/host/openLink';
import { listenForLinks, readLinkLine } from '../../../bridge/host/socket';
import { linkFromLocation } from '../../../src/browser/locationLink';

const LINKS = [
  'voispeed:C 101',
  'voispeed:C +39 02 1234',
  'web+voispeed:C%20101',
  'tel:+39-02-1234&x=1#y',
  'callto:+390212345678?a=b&c=%20d',
  'sip:101@pbx.example.com;transport=wss',
  `voispeed:${'ä😀%+&=#?'.repeat(3)}`,
];

describe('appLinkUrl', () => {
  it('carries each link back to the app exactly, as linkFromLocation reads it', () => {
    for (const base of [
      'https://phone.example.com/',
      'https://p.example.com/app/?lang=it',
      'https://p.example.com/?',
      'https://p.example.com/#/x',
    ]) {
      for (const link of LINKS) {
        const url = appLinkUrl(base, link);
        expect(linkFromLocation(url)).toBe(link);
        expect(url.startsWith(base.split('#')[0] ?? '')).toBe(true);
      }
    }
  });

  it('encodes + so no reader takes it for a space', () => {
    expect(appLinkUrl('https://p.example.com/', 'voispeed:C +39')).toBe(
      'https://p.example.com/?uri=voispeed%3AC%20%2B39',
    );
    expect(appLinkUrl('https://p.example.com/?lang=it#top', 'tel:1')).toBe(
      'https://p.example.com/?lang=it&uri=tel%3A1#top',
    );
  });
});

describe('checkLink', () => {
  it('takes the five schemes in any case', () => {
    for (const link of [...LINKS, 'VOISPEED:C 1', 'CallTo:1'])
      expect(checkLink(link)).toEqual({ ok: true, link });
  });

  it('refuses other schemes, control characters, empty and overlong links', () => {
    for (const link of [
      'https://x',
      'javascript:alert(1)',
      'voispeed',
      'voispeed:1\n2',
      'tel:1\0',
      '',
      `tel:${'1'.repeat(4093)}`,
    ]) {
      expect(checkLink(link).ok).toBe(false);
    }
    expect(checkLink(42).ok).toBe(false);
  });
});

describe('readLinkLine', () => {
  it('takes exactly {v, type, link}', () => {
    expect(readLinkLine('{"v":1,"type":"link","link":"tel:1"}')).toEqual({
      ok: true,
      link: 'tel:1',
    });
    expect(readLinkLine('{"v":1,"type":"link","link":"tel:1","run":"x"}')).toEqual({
      ok: false,
      problem: 'run is not a known field',
    });
    expect(readLinkLine('{"v":1,"type":"link","link":"file:/etc"}').ok).toBe(false);
    expect(readLinkLine('nope').ok).toBe(false);
  });
});

describe('the running host’s socket and open', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bridge-sock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('listens 0600 over a stale file, forwards a link, refuses a bad one, goes on close', async () => {
    const path = join(dir, 'a.sock');
    writeFileSync(path, 'stale');
    const links: string[] = [];
    const listener = await listenForLinks(path, process.platform, (link) => links.push(link));
    expect(listener).toBeDefined();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    // A second host finds the first and does not take its socket.
    expect(await listenForLinks(path, process.platform, () => {})).toBeUndefined();

    expect(await sendLink(path, 'voispeed:C +39 02')).toEqual({ ok: true });
    expect(await sendLink(path, 'file:///etc/passwd')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^refused: /),
    });
    expect(links).toEqual(['voispeed:C +39 02']);

    const opened: string[] = [];
    const deps = {
      socketPath: path,
      appUrl: async () => 'https://p.example.com/',
      platform: process.platform,
      open: async (url: string) => {
        opened.push(url);
        return { ok: true as const };
      },
    };
    expect(await openLink('callto:101', deps)).toEqual({ ok: true, how: 'host' });
    await listener?.close();
    expect(() => statSync(path)).toThrow();

    // No host now: the app's address, in the default browser.
    expect(await openLink('callto:+39 101', deps)).toEqual({
      ok: true,
      how: 'app',
      url: 'https://p.example.com/?uri=callto%3A%2B39%20101',
    });
    expect(opened).toEqual(['https://p.example.com/?uri=callto%3A%2B39%20101']);
    expect(links).toEqual(['voispeed:C +39 02', 'callto:101']);
    expect(await openLink('callto:1', { ...deps, appUrl: async () => '' })).toMatchObject({
      ok: false,
    });
    expect(await openLink('https://evil.example', deps)).toMatchObject({ ok: false });
    expect(opened).toHaveLength(1);
  });
});

describe('opener', () => {
  it('passes the address as one argument, never through cmd.exe', () => {
    const url = 'https://p.example.com/?a=1&uri=tel%3A1';
    expect(opener('linux', url)).toEqual({ file: 'xdg-open', args: [url] });
    expect(opener('darwin', url)).toEqual({ file: 'open', args: [url] });
    expect(opener('win32', url)).toEqual({
      file: 'rundll32.exe',
      args: ['url.dll,FileProtocolHandler', url],
    });
  });
});
