// End-to-end harness: a real Chromium (fake camera and microphone only), the built app served
// from dist/, and the local PBX from scripts/pbx.mjs. Pages are driven by roles and labels only.
import { type Browser, chromium } from 'playwright-core';
import { freePort, type Pbx, type PbxAccount } from '../../scripts/pbx.mjs';
import { PhonePage } from './phonePage';

export { type Pbx, type PbxAccount, startPbx } from '../../scripts/pbx.mjs';
export { type AppServer, startApp } from '../../scripts/serve.mjs';
export { type ConfigureOptions, PhonePage } from './phonePage';

export function account(pbx: Pbx, user: string): PbxAccount {
  const found = pbx.accounts.find((a) => a.user === user);
  if (!found) throw new Error(`The PBX has no account ${user}`);
  return found;
}

/** A port on 127.0.0.1 that nothing listens on: bound, then released. */
export const closedPort = (): Promise<number> => freePort(0);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
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
    ],
  });
}

// Test-side instrumentation only: records every peer connection the page creates, so that
// stats can be read without any hook in the app, and every media element asked to play, so a
// test can see the remote audio really playing. A string, so no transpiler helper leaks in.
const recordPeerConnections = `(() => {
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
})();`;

/** A fresh phone: its own context (storage, microphone permission) and page. */
export async function openPhone(
  browser: Browser,
  appUrl: string,
  name = 'phone',
): Promise<PhonePage> {
  const context = await browser.newContext({ permissions: ['microphone'] });
  await context.addInitScript({ content: recordPeerConnections });
  const page = await context.newPage();
  const phone = new PhonePage(name, context, page);
  page.on('console', (msg) => {
    if (msg.type() === 'error') phone.logs.push(`[console.error] ${msg.text()}`);
  });
  page.on('pageerror', (err) => phone.logs.push(`[pageerror] ${err.stack ?? err.message}`));
  await page.goto(appUrl, { waitUntil: 'load' });
  return phone;
}
