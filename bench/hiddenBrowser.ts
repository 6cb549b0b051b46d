// A Chromium whose pages can be hidden as a background tab on a desk is: a page behind another
// tab of its window reports visibilityState 'hidden', and Chromium throttles its timers, after
// IntensiveWakeUpThrottling's grace period (10 s here, 5 min by default) to one wake-up a minute.
// Playwright's own launch keeps every page visible (its focus emulation, and flags that turn
// background throttling off), so this one starts Chromium itself and attaches without those
// defaults; its pages live in the browser's default context (one phone per browser).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { spawnOwned, stopOwned } from '../scripts/ownedProcess.mjs';
import { CHROMIUM_ARGS, type PhonePage, phoneInContext } from '../test/e2e/harness';

export const HIDDEN_GRACE_S = 10;

export interface HideablePhone {
  phone: PhonePage;
  /** Opens a blank tab in front of the phone's; rejects unless the phone's page is then hidden. */
  hide(): Promise<void>;
  close(): Promise<void>;
}

/** A phone in a Chromium of its own, not yet configured; `initScripts` run before the app. */
export async function hideablePhone(
  name: string,
  appUrl: string,
  initScripts: string[] = [],
): Promise<HideablePhone> {
  const profile = await mkdtemp(join(tmpdir(), 'voispeed-hidden-'));
  const owned = spawnOwned('/usr/bin/chromium', [
    ...CHROMIUM_ARGS,
    '--headless',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    `--enable-features=IntensiveWakeUpThrottling:grace_period_seconds/${HIDDEN_GRACE_S}`,
    'about:blank',
  ]);
  const stop = async () => {
    await stopOwned(owned);
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const endpoint = await devToolsEndpoint(owned.stderr, owned.done);
    const browser = await chromium.connectOverCDP(endpoint, { noDefaults: true });
    const context = browser.contexts()[0];
    if (!context) throw new Error('Chromium has no default context');
    const phone = await phoneInContext(context, appUrl, name, initScripts);
    const { page } = phone;
    return {
      phone,
      async hide() {
        await context.newPage();
        const deadline = Date.now() + 5_000;
        while ((await page.evaluate('document.visibilityState')) !== 'hidden') {
          if (Date.now() > deadline) throw new Error(`${name}'s page did not turn hidden`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      },
      async close() {
        await browser.close().catch(() => {});
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The DevTools WebSocket Chromium prints on stderr once it listens. */
async function devToolsEndpoint(stderr: () => string, done: () => boolean): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = /DevTools listening on (ws:\S+)/.exec(stderr());
    if (found?.[1]) return found[1];
    if (done() || Date.now() > deadline) {
      throw new Error(`Chromium gave no DevTools endpoint:\n${stderr().slice(-2_000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
