// The fixture every end-to-end file shares: the built app, a PBX and a browser for the file, a
// fresh browser context per phone, and every phone closed after each test.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, type TestContext } from 'vitest';
import {
  type AppServer,
  account,
  type BrowserOptions,
  launchBrowser,
  openPhone,
  type Pbx,
  type PhonePage,
  startApp,
  startPbx,
} from './harness';

export interface E2eSession {
  started(): { app: AppServer; pbx: Pbx; browser: Browser };
  /** Opens a phone whose browser errors are printed if the test fails. */
  open(name: string, onTestFailed: TestContext['onTestFailed']): Promise<PhonePage>;
  /** Opens a phone registered as `user` on the file's PBX, or on `pbx` (a test's own). */
  registered(
    user: string,
    onTestFailed: TestContext['onTestFailed'],
    pbx?: Pbx,
  ): Promise<PhonePage>;
}

export interface SessionOptions extends BrowserOptions {
  /** The file's PBX runs rtpengine for phones without WebRTC (startPbx's mediaRelay). */
  mediaRelay?: boolean;
}

export function e2eSession({ mediaRelay = false, ...options }: SessionOptions = {}): E2eSession {
  let app: AppServer | undefined;
  let pbx: Pbx | undefined;
  let browser: Browser | undefined;
  const opened: PhonePage[] = [];

  beforeAll(async () => {
    // E2E_APP_ROOT serves another build than dist/ (e.g. while a second build is being made).
    app = await startApp({ root: process.env.E2E_APP_ROOT || undefined });
    pbx = await startPbx({ mediaRelay });
    browser = await launchBrowser(options);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await pbx?.stop();
    await app?.stop();
  }, 60_000);

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((phone) => phone.close()));
  });

  const started = () => {
    if (!app || !pbx || !browser) throw new Error('beforeAll did not finish');
    return { app, pbx, browser };
  };
  const open = async (name: string, onTestFailed: TestContext['onTestFailed']) => {
    const phone = await openPhone(started().browser, started().app.url, name);
    opened.push(phone);
    onTestFailed(() => phone.printLogs());
    return phone;
  };
  const registered = async (
    user: string,
    onTestFailed: TestContext['onTestFailed'],
    pbx = started().pbx,
  ) => {
    const phone = await open(user, onTestFailed);
    await phone.configure(account(pbx, user), pbx.url, { domain: pbx.domain });
    expect(await phone.expectRegistered(15_000)).toMatch(new RegExp(`Registered as ${user}\\b`));
    return phone;
  };
  return { started, open, registered };
}
