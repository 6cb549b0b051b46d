import { describe, expect, it } from 'vitest';
import {
  acceptAppPort,
  appUrlWithLink,
  HeldDelivery,
  isExtensionPage,
  latestAppPort,
  pickAppTab,
  routeToApp,
} from '../../../bridge/extension/routing';
import { linkFromLocation } from '../../../src/browser/locationLink';
import { parseCommand } from '../../../src/commands/parseCommand';

const APP = 'https://phone.example.com';
const ID = 'fhfkpgilldaenfbobfpehcccnggfkhmo';
const sender = {
  id: ID,
  origin: APP,
  url: `${APP}/`,
  frameId: 0,
  tab: { id: 7, windowId: 1 },
};

describe('acceptAppPort', () => {
  it('accepts this extension’s relay in the top frame of an app tab', () => {
    expect(acceptAppPort(sender, ID, APP)).toBe(true);
    // Firefox gives no origin, only the address.
    expect(acceptAppPort({ ...sender, origin: undefined, url: `${APP}/x?y` }, ID, APP)).toBe(true);
  });

  it('refuses another extension, a frame, no tab, another origin, or no configuration', () => {
    expect(acceptAppPort({ ...sender, id: 'other' }, ID, APP)).toBe(false);
    expect(acceptAppPort({ ...sender, frameId: 3 }, ID, APP)).toBe(false);
    expect(acceptAppPort({ ...sender, tab: undefined }, ID, APP)).toBe(false);
    expect(acceptAppPort({ ...sender, origin: 'https://evil.example' }, ID, APP)).toBe(false);
    expect(acceptAppPort({ ...sender, origin: `${APP}:8443` }, ID, APP)).toBe(false);
    // The document's origin wins over an address that says otherwise.
    expect(acceptAppPort({ ...sender, origin: 'null', url: `${APP}/` }, ID, APP)).toBe(false);
    expect(acceptAppPort(sender, ID, '')).toBe(false);
  });
});

describe('isExtensionPage', () => {
  const own = `chrome-extension://${ID}/`;
  it('tells the options page from a content script', () => {
    expect(isExtensionPage({ id: ID, url: `${own}options.html` }, ID, own)).toBe(true);
    expect(isExtensionPage({ id: ID, url: `${APP}/` }, ID, own)).toBe(false);
    expect(isExtensionPage({ id: 'x', url: `${own}options.html` }, ID, own)).toBe(false);
    expect(isExtensionPage({ id: ID, url: `${own.slice(0, -1)}.evil/` }, ID, own)).toBe(false);
  });
});

describe('latestAppPort and pickAppTab', () => {
  it('picks the most recently connected port', () => {
    const ports = [
      { order: 2, tabId: 20 },
      { order: 5, tabId: 50 },
      { order: 1, tabId: 10 },
    ];
    expect(latestAppPort(ports)?.tabId).toBe(50);
    expect(latestAppPort([])).toBeUndefined();
  });

  it('picks the app tab used last, only on the origin', () => {
    const tabs = [
      { id: 1, windowId: 1, url: 'https://other.example/', lastAccessed: 900 },
      { id: 2, windowId: 1, url: `${APP}/`, lastAccessed: 100 },
      { id: 3, windowId: 2, url: `${APP}/?x`, lastAccessed: 300 },
      { id: 4, windowId: 2, url: 'http://phone.example.com/', lastAccessed: 999 },
      { windowId: 2, url: `${APP}/`, lastAccessed: 1000 },
    ];
    expect(pickAppTab(tabs, APP)?.id).toBe(3);
    expect(pickAppTab(tabs, '')).toBeUndefined();
  });
});

describe('appUrlWithLink', () => {
  it('encodes once with encodeURIComponent and round-trips through the app', () => {
    for (const link of [
      'tel:+390212345678',
      'tel:+39%2002%201234',
      'web+voispeed:C%20101',
      'voispeed:C 101&x=1#frag',
      'sip:101@pbx.example.com;transport=tls?subject=a%26b',
      'callto:+39 02 1234',
    ]) {
      const url = appUrlWithLink(`${APP}/`, link);
      expect(linkFromLocation(url), link).toBe(link);
    }
  });

  it('keeps +39 a plus, not a space', () => {
    const url = appUrlWithLink(`${APP}/`, 'tel:+390212345');
    expect(url).toBe(`${APP}/?uri=tel%3A%2B390212345`);
    const result = parseCommand(linkFromLocation(url) ?? '');
    expect(JSON.stringify(result)).toContain('+390212345');
  });

  it('joins an existing query with & and keeps a hash after the query', () => {
    expect(appUrlWithLink(`${APP}/app/?lang=it`, 'tel:1')).toBe(`${APP}/app/?lang=it&uri=tel%3A1`);
    expect(appUrlWithLink(`${APP}/?`, 'tel:1')).toBe(`${APP}/?uri=tel%3A1`);
    expect(appUrlWithLink(`${APP}/#main`, 'tel:1')).toBe(`${APP}/?uri=tel%3A1#main`);
    expect(linkFromLocation(appUrlWithLink(`${APP}/app/?lang=it`, 'tel:+1'))).toBe('tel:+1');
  });
});

describe('routeToApp', () => {
  const link = { v: 1, type: 'link', link: 'tel:+39 1' } as const;
  const text = { v: 1, type: 'dial-text', text: '+39 02 1234' } as const;
  const ports = [
    { order: 1, tabId: 1 },
    { order: 3, tabId: 3 },
  ];

  it('posts to the latest port when the app is connected', () => {
    expect(routeToApp(link, ports, `${APP}/`)).toEqual({ kind: 'post', port: ports[1] });
    expect(routeToApp(text, ports, `${APP}/`)).toEqual({ kind: 'post', port: ports[1] });
  });

  it('opens the app with the link in its address, or holds a text for it', () => {
    expect(routeToApp(link, [], `${APP}/`)).toEqual({
      kind: 'open',
      url: `${APP}/?uri=tel%3A%2B39%201`,
    });
    expect(routeToApp(text, [], `${APP}/`)).toEqual({ kind: 'show-and-hold', url: `${APP}/` });
  });

  it('opens the options page when no address is configured', () => {
    expect(routeToApp(link, [], undefined)).toEqual({ kind: 'options' });
    expect(routeToApp(text, [], undefined)).toEqual({ kind: 'options' });
  });
});

describe('HeldDelivery', () => {
  const message = { v: 1, type: 'dial-text', text: '101' } as const;

  it('gives the held message once, within the limit', () => {
    const held = new HeldDelivery(20_000);
    held.hold(message, 1_000);
    expect(held.take(21_000)).toEqual(message);
    expect(held.take(21_000)).toBeUndefined();
  });

  it('forgets it after the limit, and keeps only the latest', () => {
    const held = new HeldDelivery(20_000);
    held.hold(message, 1_000);
    expect(held.take(21_001)).toBeUndefined();
    held.hold(message, 0);
    held.hold({ ...message, text: '102' }, 0);
    expect(held.take(1)).toEqual({ ...message, text: '102' });
  });
});
