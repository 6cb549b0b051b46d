// An administrator's config.json served beside the app: a new user finds the PBX URL filled in
// and locked, types only a user and a password, and the phone registers with the local PBX.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppServer,
  account,
  launchBrowser,
  openPhone,
  type Pbx,
  type PhonePage,
  startApp,
  startPbx,
} from './harness';

let app: AppServer | undefined;
let pbx: Pbx | undefined;
let browser: Browser | undefined;
let phone: PhonePage | undefined;
/** What the server serves from memory; a test may change it, as an administrator would. */
const files: Record<string, string | (() => Promise<string>)> = {};

function started(): { app: AppServer; pbx: Pbx; browser: Browser } {
  if (!app || !pbx || !browser) throw new Error('beforeAll did not finish');
  return { app, pbx, browser };
}

beforeAll(async () => {
  pbx = await startPbx();
  // The file is served from memory: the build folder may be shared with other test runs.
  const config = {
    v: 1,
    account: { pbxUrl: pbx.url, sipDomain: pbx.domain },
    locked: ['account.pbxUrl'],
  };
  files['/config.json'] = JSON.stringify(config);
  app = await startApp({ root: process.env.E2E_APP_ROOT || undefined, files });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await phone?.close();
  await browser?.close();
  await pbx?.stop();
  await app?.stop();
}, 60_000);

describe('a provisioned config.json', { timeout: 60_000 }, () => {
  it('prefills the PBX URL and locks it; a user and a password register', async ({
    onTestFailed,
  }) => {
    const { app, pbx, browser } = started();
    phone = await openPhone(browser, app.url, 'provisioned');
    onTestFailed(() => phone?.printLogs());
    const form = await phone.openSettings();
    const field = (label: string) => form.getByLabel(label, { exact: true });

    const url = field('PBX WebSocket URL');
    await expect.poll(() => url.inputValue()).toBe(pbx.url);
    expect(await url.getAttribute('readonly')).not.toBeNull();
    expect(await url.getAttribute('aria-describedby')).toBeTruthy();
    await expect.poll(() => form.getByText('Set by your administrator').count()).toBe(1);
    await url.press('End');
    await url.pressSequentially('/other');
    expect(await url.inputValue()).toBe(pbx.url);

    const demo = account(pbx, '100');
    await field('SIP address').fill(demo.user);
    await field('Password').fill(demo.password);
    await form.getByRole('button', { name: 'Save and register', exact: true }).click();
    expect(await phone.expectRegistered(15_000)).toMatch(/Registered as 100\b/);

    // After a reload the stored account still has the provisioned URL, and the field its lock.
    // The service worker has precached the app by then, so the reloaded page is its client.
    await phone.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await phone.reload();
    expect(await phone.expectRegistered(15_000)).toMatch(/Registered as 100\b/);
    const again = await phone.openSettings();
    expect(await again.getByLabel('SIP address', { exact: true }).inputValue()).toBe(
      `100@${pbx.domain}`,
    );
    const locked = again.getByLabel('PBX WebSocket URL', { exact: true });
    expect(await locked.getAttribute('readonly')).not.toBeNull();

    // The administrator changes the file: the next start has it, past the service worker.
    expect(await phone.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    files['/config.json'] = JSON.stringify({ v: 1, account: { sipDomain: 'office.test' } });
    await phone.reload();
    const changed = await phone.openSettings();
    await changed.getByText('@office.test is added').waitFor();
    expect(
      await changed.getByLabel('PBX WebSocket URL', { exact: true }).getAttribute('readonly'),
    ).toBeNull();
  });

  it('registers without waiting for config.json, and applies the file when it comes', async () => {
    const { pbx } = started();
    if (!phone) throw new Error('the first test did not set up the phone');
    // The server holds the file back until the test lets it go: a slow or hung server.
    let release: () => void = () => undefined;
    const later = JSON.stringify({
      v: 1,
      account: { pbxUrl: pbx.url, sipDomain: 'later.test' },
      locked: ['account.pbxUrl'],
    });
    const held = new Promise<string>((resolve) => {
      release = () => resolve(later);
    });
    let asked = 0;
    files['/config.json'] = () => {
      asked += 1;
      return held;
    };
    await phone.reload();
    // Registered under the copy kept from the last start, while the file is still held.
    expect(await phone.expectRegistered(15_000)).toMatch(/Registered as 100\b/);
    await expect.poll(() => asked).toBeGreaterThan(0);
    const form = await phone.openSettings();
    await form.getByText('@office.test is added').waitFor();

    release();
    await form.getByText('@later.test is added').waitFor();
    const url = form.getByLabel('PBX WebSocket URL', { exact: true });
    await expect.poll(() => url.getAttribute('readonly')).not.toBeNull();
    expect(await phone.expectRegistered(15_000)).toMatch(/Registered as 100\b/);
  });
});
