// End-to-end harness: a real Chromium (fake camera and microphone only), the built app served
// from dist/, and the local PBX from scripts/pbx.mjs. Pages are driven by roles and labels only.
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { freePort, type Pbx, type PbxAccount } from '../../scripts/pbx.mjs';
import { PhonePage } from './phonePage';

export { type Pbx, type PbxAccount, startPbx } from '../../scripts/pbx.mjs';
export { type AppServer, startApp } from '../../scripts/serve.mjs';
export { PhonePage } from './phonePage';

export function account(pbx: Pbx, user: string): PbxAccount {
  const found = pbx.accounts.find((a) => a.user === user);
  if (!found) throw new Error(`The PBX has no account ${user}`);
  return found;
}

/** A port on 127.0.0.1 that nothing listens on: bound, then released. */
/** A context's cookies, local storage and IndexedDB, as Playwright saves and restores them. */
export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export const closedPort = (): Promise<number> => freePort(0);

export interface BrowserOptions {
  /** Keep Chromium's pop-up blocker on (Playwright turns it off by default), as users have it. */
  blockPopups?: boolean;
  /**
   * Offer loopback ICE candidates (--allow-loopback-in-peer-connection), as every file but one
   * does: test/e2e/baresip.test.ts says why it does not.
   */
  loopbackCandidates?: boolean;
}

/** Fake media devices, and none of Chromium's own traffic, which this machine's network refuses. */
export const CHROMIUM_ARGS = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
  '--autoplay-policy=no-user-gesture-required',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser({
  blockPopups = false,
  loopbackCandidates = true,
}: BrowserOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: blockPopups ? ['--disable-popup-blocking'] : undefined,
    args: CHROMIUM_ARGS.filter(
      (arg) => loopbackCandidates || arg !== '--allow-loopback-in-peer-connection',
    ),
  });
}

// Test-side instrumentation only: records every peer connection the page creates, so that
// stats can be read without any hook in the app, every media element asked to play, so a test
// can see the remote audio really playing, the Call-ID of every INVITE the page receives, the
// text of every INVITE it sends, and when each WebSocket opened (the recovery benchmark).
// A string, so no transpiler helper leaks in.
export const recordPeerConnections = `(() => {
  const Original = window.RTCPeerConnection;
  if (!Original) return;
  const list = [];
  Object.defineProperty(window, '__peerConnections', { value: list });
  class RecordedPeerConnection extends Original {
    constructor(...args) {
      super(...args);
      list.push(this);
    }
  }
  window.RTCPeerConnection = RecordedPeerConnection;
  const players = new Set();
  Object.defineProperty(window, '__mediaPlayers', { value: players });
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (...args) {
    players.add(this);
    return play.apply(this, args);
  };
  const invites = [];
  Object.defineProperty(window, '__receivedInvites', { value: invites });
  const opens = [];
  Object.defineProperty(window, '__socketOpens', { value: opens });
  const sent = [];
  Object.defineProperty(window, '__sentInvites', { value: sent });
  const sentAt = [];
  Object.defineProperty(window, '__sentInviteTimes', { value: sentAt });
  const OriginalSocket = window.WebSocket;
  class RecordedSocket extends OriginalSocket {
    send(data) {
      if (typeof data === 'string' && data.startsWith('INVITE ')) {
        if (sent.length < 50) sent.push(data);
        if (sentAt.length < 500) sentAt.push(performance.timeOrigin + performance.now());
      }
      return super.send(data);
    }
    constructor(...args) {
      super(...args);
      this.addEventListener('open', () => {
        if (opens.length < 500) opens.push({ url: this.url, at: performance.timeOrigin + performance.now() });
      });
      this.addEventListener('message', (e) => {
        if (typeof e.data !== 'string' || !e.data.startsWith('INVITE ')) return;
        const m = /\\r\\n(?:Call-ID|i)\\s*:\\s*([^\\r]*)/i.exec(e.data);
        if (m && invites.length < 500) {
          invites.push({ callId: m[1].trim(), at: performance.timeOrigin + performance.now() });
        }
      });
    }
  }
  window.WebSocket = RecordedSocket;
})();`;

/** A fresh phone: its own context (storage, microphone permission) and page. */
export async function openPhone(
  browser: Browser,
  appUrl: string,
  name = 'phone',
  /** Storage to start from (a phone's, with its account): the app registers as it loads. */
  storageState?: StorageState,
): Promise<PhonePage> {
  const context = await browser.newContext({ permissions: ['microphone'], storageState });
  return phoneInContext(context, appUrl, name);
}

/**
 * The app loaded as a phone in `context` (its first page, else a new one), with the test's
 * records on, and `initScripts` of the caller's own before the app runs.
 */
export async function phoneInContext(
  context: BrowserContext,
  appUrl: string,
  name: string,
  initScripts: string[] = [],
): Promise<PhonePage> {
  for (const content of [recordPeerConnections, ...initScripts]) {
    await context.addInitScript({ content });
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const phone = new PhonePage(name, context, page);
  phone.collectLogs(page, '');
  await page.goto(appUrl, { waitUntil: 'load' });
  return phone;
}
