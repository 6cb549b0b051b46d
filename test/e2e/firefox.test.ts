// The phone in a second browser engine: Firefox ESR (puppeteer-core over WebDriver BiDi) against
// the same Kamailio, with the same page objects as the Chromium tests, calling Chromium phones
// both ways. Each test covers several features, to keep Firefox's share of `npm test` short.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import {
  buildBridge,
  EXTENSION_DIR,
  installHost,
  startPlainSite,
  throwawayUser,
} from './bridgeHarness';
import {
  connect,
  hold,
  inboundAudioGrowth,
  pressKeys,
  receivedDigits,
  resume,
  transfer,
} from './callPage';
import { type CrmStandIn, startCrmStandIn } from './crmStandIn';
import { launchFirefox, openFirefoxPhone } from './firefoxDriver';
import { type AppServer, account, startApp } from './harness';
import { configureIntegra, integraLog } from './integraPage';
import type { PhonePage } from './phonePage';
import { e2eSession } from './session';

const chromium = e2eSession();
let firefox: Browser | undefined;
let crm: CrmStandIn | undefined;
const opened: PhonePage[] = [];
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  [firefox, crm] = await Promise.all([launchFirefox(), startCrmStandIn()]);
}, 60_000);
afterAll(async () => {
  await firefox?.close();
  await crm?.stop();
}, 60_000);
afterEach(async () => {
  // What differs between engines shows as a console error first: none is allowed here.
  const errors = opened.flatMap((phone) => phone.logs.map((line) => `${phone.name}: ${line}`));
  await Promise.all(opened.splice(0).map((phone) => phone.close()));
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  expect(errors).toEqual([]);
});

/** A Firefox phone registered as `user`, on the shared app server or on `app`. */
async function firefoxPhone(
  user: string,
  onTestFailed: TestContext['onTestFailed'],
  app: AppServer = chromium.started().app,
): Promise<PhonePage> {
  const { pbx } = chromium.started();
  if (!firefox) throw new Error('beforeAll did not finish');
  const phone = await openFirefoxPhone(firefox, app.url, `firefox-${user}`);
  opened.push(phone);
  onTestFailed(() => phone.printLogs());
  await phone.configure(account(pbx, user), pbx.url, { domain: pbx.domain });
  expect(await phone.expectRegistered(15_000)).toMatch(new RegExp(`Registered as ${user}\\b`));
  return phone;
}

const SILENT_BYTES = 200;
const WINDOW_MS = 1_000;

/** `holder` holds the call with `held`: no audio reaches either side; resume brings it back. */
async function holdAndResume(holder: PhonePage, held: PhonePage, heldNo: string, holderNo: string) {
  await hold(holder, heldNo);
  await holder.waitForCallStatus(heldNo, /· On hold/);
  await held.waitForCallStatus(holderNo, /· Held by the other party/);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await inboundAudioGrowth(held, WINDOW_MS)).toBeLessThan(SILENT_BYTES);
  expect(await inboundAudioGrowth(holder, WINDOW_MS)).toBeLessThan(SILENT_BYTES);
  await resume(holder, heldNo);
  await holder.waitForCallStatus(heldNo, /^In call [0-9:]+$/);
  await held.waitForCallStatus(holderNo, /^In call [0-9:]+$/);
  expect(await held.waitForAudioFlow()).toBeGreaterThan(1000);
  expect(await holder.waitForAudioFlow()).toBeGreaterThan(1000);
}

describe('Firefox', { timeout: 60_000 }, () => {
  it('registers and says in the settings what Firefox cannot do', async ({ onTestFailed }) => {
    const fox = await firefoxPhone('100', onTestFailed);
    await fox.openSection('This browser');
    const limits = fox.page.getByRole('list', { name: 'What this browser cannot do' });
    const items = await limits.getByRole('listitem').allInnerTexts();
    expect(items.join('\n')).toMatch(/cannot install the phone as an app/);
    expect(items.join('\n')).toMatch(/ringtone always plays on the default output/);
    // What Firefox has is not listed as missing.
    expect(items.join('\n')).not.toMatch(/offline|notification|one window hold/);
    await fox.openSection('Audio and notifications');
    expect(await fox.page.getByRole('button', { name: 'Choose a speaker' }).count()).toBe(1);
    // Firefox takes registerProtocolHandler for all three schemes.
    await fox.openSection('Phone links');
    await fox.page.getByRole('button', { name: 'Open phone links with this app' }).click();
    const asked = fox.page.getByRole('status').filter({ hasText: 'web+voispeed:' });
    expect(await asked.textContent()).toMatch(/^web\+voispeed: asked.*; tel: asked.*; sip: asked/);
  });

  it('calls Chromium: audio both ways, hold, DTMF, and history after a reload', async ({
    onTestFailed,
  }) => {
    const fox = await firefoxPhone('100', onTestFailed);
    const chrome = await chromium.registered('101', onTestFailed);
    await connect(fox, chrome, '100', '101');
    await fox.waitForRemoteAudioPlaying();

    await holdAndResume(fox, chrome, '101', '100');
    await pressKeys(fox, '101', '12#');
    await expect.poll(() => receivedDigits(chrome, '100'), { timeout: 5_000 }).toBe('12#');

    await fox.hangUp('101');
    await chrome.waitForCallStatus('100', /Ended/i, 5_000);
    const outgoing = [/Outgoing/, /\b101\b/, /\b0:0\d\b/];
    await fox.waitForHistoryEntry(outgoing);
    await fox.reload();
    expect(await fox.waitForHistoryEntry(outgoing)).toMatch(/Outgoing/);
  });

  it('is called by Chromium: audio both ways, held by Chromium, then transfers blind', async ({
    onTestFailed,
  }) => {
    const fox = await firefoxPhone('100', onTestFailed);
    const chrome = await chromium.registered('101', onTestFailed);
    const carol = await chromium.registered('102', onTestFailed);
    await connect(chrome, fox, '101', '100');
    await fox.waitForRemoteAudioPlaying();
    // Chromium offers the re-INVITE to the answering Firefox, which keeps its DTLS role.
    await holdAndResume(chrome, fox, '100', '101');
    // And the answering Firefox offers one to Chromium, taking its track off the sender.
    await holdAndResume(fox, chrome, '101', '100');
    await pressKeys(chrome, '100', '9*');
    await expect.poll(() => receivedDigits(fox, '101'), { timeout: 5_000 }).toBe('9*');

    await transfer(fox, '101', '102');
    await carol.waitForCallStatus('101', /Incoming call/);
    await carol.answer('101');
    await chrome.waitForCallStatus('102', /In call/);
    expect(await fox.waitForCallStatus('101', /Transferred/, 5_000)).toMatch(/Transferred/);
    expect(await carol.waitForAudioFlow()).toBeGreaterThan(1000);
    await fox.waitForHistoryEntry([/Incoming/, /\b101\b/, /Transferred/]);
  });

  it('carries out a ?uri= link from a second tab in the phone’s window', async ({
    onTestFailed,
  }) => {
    const fox = await firefoxPhone('100', onTestFailed);
    const chrome = await chromium.registered('101', onTestFailed);
    const second = await fox.openLink('web+voispeed:C 101');
    await chrome.waitForCallStatus('100', /Incoming call/);
    await fox.waitForCallStatus('101', /Calling|Ringing/);
    // The second tab handed the link over (Web Locks + BroadcastChannel) and registered nothing.
    if (!second.isClosed()) {
      const registration = second.getByRole('status', { name: 'Registration', exact: true });
      expect(await registration.textContent()).not.toMatch(/Registered as/);
      const delivery = second.getByRole('status').filter({ hasText: 'Sent to the phone window' });
      expect(await delivery.textContent()).toMatch(/Calling 101\./);
    }
    await fox.hangUp('101');
  });

  it('pops the CRM on an incoming call', async ({ onTestFailed }) => {
    if (!crm || !firefox) throw new Error('beforeAll did not finish');
    const fox = await firefoxPhone('101', onTestFailed);
    await configureIntegra(fox, {
      action: 'Open in the browser (CRM pop)',
      command: `${crm.url}record?number=!01`,
      events: ['On call in'],
    });
    const chrome = await chromium.registered('100', onTestFailed);
    await chrome.dial('101');
    await fox.waitForCallStatus('100', /Incoming call/);
    // Firefox's pop-up blocker is on, but puppeteer's every evaluate counts as a user gesture
    // (BiDi userActivation), so the pop goes through here; blocked pops are integraPop.test.ts's.
    const [request] = await crm.waitFor(1);
    expect(request?.query.get('number')).toBe('100');
    const record = `${crm.url}record?number=100`;
    await expect
      .poll(async () => (await firefox?.pages())?.some((p) => p.url() === record))
      .toBe(true);
    expect((await integraLog(fox))[0]).toMatch(/CALL_IN.*opened/);
    // Firefox spins a nested event loop inside window.open; the history write at the same
    // moment must not fail (src/storage/history.ts): afterEach checks the log.
  });

  it('opens offline from its service worker, with history and settings', async ({
    onTestFailed,
  }) => {
    const app = await startApp({ root: process.env.E2E_APP_ROOT || undefined });
    let stopped = false;
    cleanups.push(async () => {
      if (!stopped) await app.stop();
    });
    const fox = await firefoxPhone('100', onTestFailed, app);
    await fox.page.waitForFunction(
      async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
      undefined,
      { timeout: 15_000, polling: 100 },
    );
    await fox.dial('199');
    const entry = [/Outgoing/, /\b199\b/, /Number not found/];
    await fox.waitForHistoryEntry(entry);

    stopped = true;
    await app.stop();
    await expect(fetch(app.url)).rejects.toThrow();
    await fox.reload();
    expect(await fox.page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
      `${app.url}sw.js`,
    );
    expect(await fox.waitForHistoryEntry(entry)).toMatch(/199/);
    expect(await fox.expectRegistered(15_000)).toMatch(/Registered as 100\b/);
    const form = await fox.openSettings();
    expect(await form.getByLabel('SIP address', { exact: true }).inputValue()).toMatch(/^100@/);
  });
});

describe('Firefox with the bridge', { timeout: 60_000 }, () => {
  it('loads the same extension build, which reaches the native host and dials a tel: link', async ({
    onTestFailed,
  }) => {
    buildBridge();
    const { app } = chromium.started();
    const user = throwawayUser();
    cleanups.push(async () => user.remove());
    // Firefox reads the host's manifest from ~/.mozilla, written only where that folder exists.
    const managed = join(user.home, '.mozilla', 'managed-storage');
    mkdirSync(managed, { recursive: true });
    installHost(user, app.url);
    // The phone's address as an administrator sets it for Firefox: a managed-storage manifest.
    const id = 'bridge@voispeed.example';
    writeFileSync(
      join(managed, `${id}.json`),
      JSON.stringify({
        name: id,
        description: 'VOIspeed',
        type: 'storage',
        data: { appUrl: app.url },
      }),
    );
    const bridged = await launchFirefox({ env: user.env });
    cleanups.push(() => bridged.close());
    expect(await bridged.installExtension(EXTENSION_DIR)).toBe(id);
    const phone = await openFirefoxPhone(bridged, app.url, 'firefox-bridge');
    opened.push(phone);
    onTestFailed(() => phone.printLogs());
    await phone.openSection('Bridge');
    const bridge = phone.page.getByRole('region', { name: 'Bridge', exact: true });
    await expect
      .poll(() => bridge.getByRole('status').textContent(), { timeout: 10_000 })
      .toBe('Bridge ready: extension 0.1.0, native host 0.1.0.');

    // A tel: link on a page of another site reaches the phone's tab through the extension.
    const { pbx } = chromium.started();
    await phone.configure(account(pbx, '101'), pbx.url, { domain: pbx.domain });
    await phone.expectRegistered(15_000);
    const chrome = await chromium.registered('100', onTestFailed);
    const site = await startPlainSite('<!doctype html><p><a href="tel:100">Call the desk</a></p>');
    cleanups.push(() => site.stop());
    const other = await phone.context.newPage();
    await other.goto(site.url);
    await other.getByRole('link', { name: 'Call the desk', exact: true }).click();
    await chrome.waitForCallStatus('101', /Incoming call/, 15_000);
    await phone.hangUp('100');
  });
});
