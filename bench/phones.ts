// Where the call benchmarks start: the built app, a PBX and Chromium for the run, and phones
// registered on it, each in its own browser context.
import type { Browser } from 'playwright-core';
import {
  type AppServer,
  account,
  launchBrowser,
  openPhone,
  type Pbx,
  type PhonePage,
  startApp,
  startPbx,
} from '../test/e2e/harness';
import { appRoot, buildIfStale } from './common';

export interface BenchServers {
  app: AppServer;
  pbx: Pbx;
  browser: Browser;
  /** A phone registered as `user` on the run's PBX. */
  phone(user: string): Promise<PhonePage>;
}

export async function registeredPhone(
  browser: Browser,
  appUrl: string,
  pbx: Pbx,
  user: string,
): Promise<PhonePage> {
  const phone = await openPhone(browser, appUrl, user);
  await phone.configure(account(pbx, user), pbx.url, { domain: pbx.domain });
  await phone.expectRegistered(15_000);
  return phone;
}

export async function registeredPair(
  browser: Browser,
  appUrl: string,
  pbx: Pbx,
): Promise<{ caller: PhonePage; callee: PhonePage }> {
  const [caller, callee] = await Promise.all(
    ['100', '101'].map((user) => registeredPhone(browser, appUrl, pbx, user)),
  );
  if (!caller || !callee) throw new Error('no phones');
  return { caller, callee };
}

/** Builds the app if its sources changed, runs `run` with the servers, and stops them after. */
export async function withBenchServers(run: (servers: BenchServers) => Promise<void>) {
  buildIfStale();
  const [app, pbx, browser] = await Promise.all([
    startApp({ root: appRoot }),
    startPbx(),
    launchBrowser(),
  ]);
  try {
    await run({
      app,
      pbx,
      browser,
      phone: (user) => registeredPhone(browser, app.url, pbx, user),
    });
  } finally {
    await browser.close();
    await Promise.all([pbx.stop(), app.stop()]);
  }
}
