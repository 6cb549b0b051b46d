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
  type StorageState,
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
  const open = async (
    name: string,
    onTestFailed: TestContext['onTestFailed'],
    storageState?: StorageState,
  ) => {
    const phone = await openPhone(started().browser, started().app.url, name, storageState);
    opened.push(phone);
    onTestFailed(() => phone.printLogs());
    return phone;
  };
  // The file's first phone registers through the account form, as a user does; its storage is
  // then the template of the others, which start with their own account in it and register as
  // the app loads, a second or two sooner each.
  let template: StorageState | undefined;
  const registered = async (
    user: string,
    onTestFailed: TestContext['onTestFailed'],
    pbx = started().pbx,
  ) => {
    const seeded = template && withAccount(template, pbx, user);
    const phone = await open(user, onTestFailed, seeded);
    if (!seeded) await phone.configure(account(pbx, user), pbx.url, { domain: pbx.domain });
    expect(await phone.expectRegistered(15_000)).toMatch(new RegExp(`Registered as ${user}\\b`));
    template ??= await phone.context.storageState({ indexedDB: true });
    return phone;
  };
  return { started, open, registered };
}

/**
 * `template` (a phone's storage just after it registered) with the stored account made `user`'s
 * on `pbx`. Throws if the template holds no account record, so a changed schema fails here.
 */
export function withAccount(template: StorageState, pbx: Pbx, user: string): StorageState {
  const acc = account(pbx, user);
  const copy = structuredClone(template);
  // Playwright's type leaves out what storageState({ indexedDB: true }) adds to each origin.
  const origins = copy.origins as unknown as {
    indexedDB?: { stores: { name: string; records: { key?: unknown; value?: unknown }[] }[] }[];
  }[];
  let replaced = 0;
  for (const origin of origins) {
    for (const db of origin.indexedDB ?? []) {
      for (const store of db.stores) {
        if (store.name !== 'settings') continue;
        for (const record of store.records) {
          if (record.key !== 'account' || typeof record.value !== 'object') continue;
          // A template phone's own account, through the form: only the user's fields differ.
          record.value = {
            ...record.value,
            sipAddress: `${acc.user}@${pbx.domain}`,
            authorizationUser: acc.user,
            password: acc.password,
            extension: acc.extension,
            displayName: acc.displayName,
            url: pbx.url,
            url2: '',
          };
          replaced += 1;
        }
      }
    }
  }
  if (replaced !== 1) throw new Error(`the template has ${replaced} account records, not 1`);
  return copy;
}
