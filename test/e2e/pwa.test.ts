// The installed app: Chromium's own installability check and manifest, the app opening with its
// server stopped, and a new version that waits for the call to end (docs/architecture.md).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { afterEach, describe, expect, it, type TestContext } from 'vitest';
import { type AppServer, account, openPhone, type PhonePage, startApp } from './harness';
import { e2eSession } from './session';

const { started, registered } = e2eSession();

/** The build under test: dist/, or the one E2E_APP_ROOT names (as the shared server serves). */
const BUILD = process.env.E2E_APP_ROOT || fileURLToPath(new URL('../../dist', import.meta.url));

// Each test below serves the app on its own server (its own origin, so its own service worker)
// and stops that server itself; the shared one stays up for the other files.
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function ownApp(root = BUILD): Promise<AppServer> {
  const app = await startApp({ root });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await app.stop();
  };
  cleanups.push(stop);
  return { ...app, stop };
}

/** A phone on `app`, registered as 100. */
async function phoneOn(app: AppServer, onTestFailed: TestContext['onTestFailed']) {
  const { browser, pbx } = started();
  const phone = await openPhone(browser, app.url, 'pwa-100');
  cleanups.push(() => phone.close());
  onTestFailed(() => phone.printLogs());
  await phone.configure(account(pbx, '100'), pbx.url, { domain: pbx.domain });
  expect(await phone.expectRegistered(15_000)).toMatch(/Registered as 100\b/);
  return phone;
}

/**
 * Reloads until the service worker the page installed controls it, and returns that worker's
 * URL. Chromium sends navigations through a new worker only a moment after it is 'activated'.
 */
async function reloadUntilControlled(phone: PhonePage): Promise<string> {
  const { page } = phone;
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
    undefined,
    { timeout: 15_000, polling: 100 },
  );
  for (let attempt = 0; attempt < 20; attempt++) {
    await phone.reload();
    const url = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
    if (url !== '') return url;
    await page.waitForTimeout(250);
  }
  throw new Error('the service worker never took control of the page');
}

describe('the installable app', { timeout: 60_000 }, () => {
  it('is installable, with its manifest and protocol handlers', async () => {
    // Chromium installs nothing from an incognito context, which is what browser.newContext()
    // makes: this test uses a browser with a real (temporary) profile.
    const profile = mkdtempSync(join(tmpdir(), 'voispeed-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-component-update'],
    });
    cleanups.push(async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(started().app.url, { waitUntil: 'load' });
    const origin = new URL(started().app.url).origin;
    // http://127.0.0.1 is a potentially trustworthy origin, so a secure context like HTTPS.
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    const cdp = await context.newCDPSession(page);

    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);

    const { url, errors, manifest } = await cdp.send('Page.getAppManifest');
    expect(url).toBe(`${origin}/manifest.webmanifest`);
    expect(errors).toEqual([]);
    expect(manifest).toMatchObject({
      id: `${origin}/`,
      name: 'VOIspeed Web Phone',
      // Chromium reports some values by its enum names: kStandalone, kFocusExisting.
      display: expect.stringMatching(/standalone/i),
      startUrl: `${origin}/`,
      scope: `${origin}/`,
    });
    expect(manifest.protocolHandlers).toEqual([
      { protocol: 'web+voispeed', url: `${origin}/?uri=%s` },
      { protocol: 'tel', url: `${origin}/?uri=%s` },
      { protocol: 'sip', url: `${origin}/?uri=%s` },
    ]);
    expect(manifest.launchHandler?.clientMode).toMatch(/focus-?existing/i);
    expect(manifest.shortcuts).toEqual([
      { name: 'Dial pad', url: `${origin}/?view=dial` },
      { name: 'Call history', url: `${origin}/?view=history` },
    ]);
    expect(manifest.icons?.map((i) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
  });

  it('opens with its server stopped and shows the history and settings', async ({
    onTestFailed,
  }) => {
    const app = await ownApp();
    const phone = await phoneOn(app, onTestFailed);
    // Once a reload went through the worker, the app shell is cached.
    expect(await reloadUntilControlled(phone)).toBe(`${app.url}sw.js`);
    await phone.expectRegistered(15_000);
    // The hashed files came by the worker's static route, straight from its cache.
    const sources = await phone.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.startsWith('/assets/'))
        // Chromium's name for where a controlled page's response came from (not in lib.dom yet).
        .map((entry) => (entry as { workerMatchedSourceType?: string }).workerMatchedSourceType),
    );
    expect(sources.length).toBeGreaterThan(2);
    expect(new Set(sources)).toEqual(new Set(['cache']));
    // 199 is no account on the PBX: the call fails at once and leaves a history entry.
    await phone.dial('199');
    const entry = [/Outgoing/, /\b199\b/, /Number not found/];
    await phone.waitForHistoryEntry(entry);

    await app.stop();
    await expect(fetch(app.url)).rejects.toThrow();
    await phone.reload();

    expect(await phone.waitForHistoryEntry(entry)).toMatch(/199/);
    // The shell came from the cache and the PBX is still up, so the phone registers again.
    expect(await phone.expectRegistered(15_000)).toMatch(/Registered as 100\b/);
    const form = await phone.openSettings();
    expect(await form.getByLabel('SIP address', { exact: true }).inputValue()).toMatch(/^100@/);
  });
});

describe('a new version', { timeout: 60_000 }, () => {
  it('is announced, waits for the call to end, and is applied when asked', async ({
    onTestFailed,
  }) => {
    // A copy of the build whose sw.js the test changes, as a deploy of a new version would.
    const root = mkdtempSync(join(tmpdir(), 'voispeed-pwa-'));
    cleanups.push(async () => rmSync(root, { recursive: true, force: true }));
    cpSync(BUILD, root, { recursive: true });
    const app = await ownApp(root);
    const alice = await phoneOn(app, onTestFailed);
    // The first load is not controlled by the worker it installed; a later one is.
    expect(await reloadUntilControlled(alice)).toBe(`${app.url}sw.js`);
    await alice.expectRegistered(15_000);

    const bob = await registered('101', onTestFailed);
    await alice.dial('101');
    await bob.waitForCallStatus('100', /Incoming call/);

    await appendFile(join(root, 'sw.js'), '\n// the next version\n');
    await alice.page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const banner = alice.page.getByRole('status', { name: 'App update', exact: true });
    const updateNow = banner.getByRole('button', { name: 'Update now', exact: true });
    await banner.getByText('It waits until your calls have ended.').waitFor({ timeout: 15_000 });
    expect(await updateNow.getAttribute('aria-disabled')).toBe('true');

    // Pressed during the call (by keyboard: it stays focusable), the button does nothing: same
    // page, worker still waiting.
    await alice.page.evaluate(() => Object.assign(window, { __beforeUpdate: true }));
    await updateNow.focus();
    await alice.page.keyboard.press('Enter');
    await alice.page.waitForTimeout(500);
    expect(await alice.page.evaluate(() => '__beforeUpdate' in window)).toBe(true);
    expect(
      await alice.page.evaluate(
        async () => !!(await navigator.serviceWorker.getRegistration())?.waiting,
      ),
    ).toBe(true);
    expect(await alice.callStatus('101')).toMatch(/Ringing|Calling/);

    await alice.hangUp('101');
    await banner.getByText('A new version is ready.', { exact: true }).waitFor();
    expect(await updateNow.getAttribute('aria-disabled')).toBe('false');
    const reloaded = alice.page.waitForEvent('load');
    await updateNow.click();
    await reloaded;

    expect(await alice.page.evaluate(() => '__beforeUpdate' in window)).toBe(false);
    await alice.expectRegistered(15_000);
    expect(
      await alice.page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          waiting: !!registration?.waiting,
          controlled: !!navigator.serviceWorker.controller,
        };
      }),
    ).toEqual({ waiting: false, controlled: true });
    expect(await banner.count()).toBe(0);
  });
});
