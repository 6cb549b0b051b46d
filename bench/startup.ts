// `npm run bench:startup`: how long a reload takes from navigation to "Registered", the app
// against a bare JsSIP page on the same local Kamailio and Chromium. The app's account is stored
// (set once through its form), as on any day after the first; the bare page (bench/bare/) gets
// its account in the address and starts JsSIP as its script runs. Warm: the app's service worker
// serves the shell, the usual start, against the bare page from the HTTP cache. Cold: the
// browser cache is emptied before each reload and service workers are blocked, as at a first
// visit (so no compiled code is kept either), for the app and the bare page alike, in a Chromium
// of their own, so the emptying does not reach the warm pages. Each page's own clock:
// performance.now() at registered, from navigation start. The four reload in turn, so each round
// meets the machine in the same state. BENCH_RELOADS (10) rounds; figures: median and worst, and
// the ratios of the medians (target ≤ 1). BENCH_STARTUP_RTT_MS (0) puts the harness's fault
// proxy between every page and Kamailio, delaying each way by half of it: a PBX across a WAN.
import type { Browser, Page } from 'playwright-core';
import { startFaultProxy } from '../test/e2e/faultProxy';
import { account, launchBrowser, type Pbx, phoneInContext, startApp } from '../test/e2e/harness';
import { buildBare } from './callSetup';
import { median, worst } from './common';
import { withBenchServers } from './phones';

const reloads = Number(process.env.BENCH_RELOADS ?? 10);
/** A round trip to the PBX as across an office's WAN: the fault proxy delays each way by half. */
const rttMs = Number(process.env.BENCH_STARTUP_RTT_MS ?? 0);

/** Records in the page when the registration status first says "Registered as". */
const watchRegistered = `(() => {
  const seen = () => {
    const status = document.querySelector('[role="status"][aria-label="Registration"]');
    if (status && /Registered as/.test(status.textContent || '')) {
      window.__registeredAt = performance.now();
      return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})();`;

/** Where the app's start-up time went, ms from navigation start. */
const stagesScript = `(() => {
  const [nav] = performance.getEntriesByType('navigation');
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const opens = window.__socketOpens || [];
  const open = opens.length ? opens[opens.length - 1].at - performance.timeOrigin : undefined;
  const out = {
    'shell response end': nav && nav.responseEnd,
    'DOMContentLoaded': nav && nav.domContentLoadedEventEnd,
    'first paint': paint && paint.startTime,
    'WebSocket open': open,
  };
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
})()`;

interface Measured {
  name: string;
  page: Page;
  /** Emptied browser cache before each reload. */
  cold: boolean;
  times: number[];
  stages: Record<string, number[]>;
}

async function registeredAt(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as { __registeredAt?: number }).__registeredAt, null, {
    timeout: 15_000,
  });
  return (await page.evaluate(() => (window as { __registeredAt?: number }).__registeredAt)) ?? 0;
}

/** The app in a context of its own, its account stored through the form, registered. */
async function appPage(
  browser: Browser,
  appUrl: string,
  pbx: Pbx,
  pbxUrl: string,
  user: string,
  warm: boolean,
) {
  const context = await browser.newContext({
    permissions: ['microphone'],
    serviceWorkers: warm ? 'allow' : 'block',
  });
  const phone = await phoneInContext(context, appUrl, user, [watchRegistered]);
  await phone.configure(account(pbx, user), pbxUrl, { domain: pbx.domain });
  await phone.expectRegistered(15_000);
  if (warm) {
    // The next loads are the service worker's: it has precached the app by then.
    await phone.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  }
  return phone.page;
}

async function barePage(browser: Browser, bareUrl: string, pbx: Pbx, pbxUrl: string, user: string) {
  const acc = account(pbx, user);
  const config = {
    url: pbxUrl,
    uri: `sip:${acc.user}@${pbx.domain}`,
    password: acc.password,
    iceServers: [],
    autoAnswer: false,
  };
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${bareUrl}#${encodeURIComponent(JSON.stringify(config))}`, {
    waitUntil: 'load',
  });
  await registeredAt(page);
  return page;
}

async function reload(measured: Measured, withStages: boolean): Promise<void> {
  if (measured.cold) {
    const cdp = await measured.page.context().newCDPSession(measured.page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
  }
  await measured.page.reload({ waitUntil: 'commit' });
  measured.times.push(await registeredAt(measured.page));
  if (withStages) {
    const marks = (await measured.page.evaluate(stagesScript)) as Record<string, number>;
    for (const [name, at] of Object.entries(marks)) {
      measured.stages[name] = [...(measured.stages[name] ?? []), at];
    }
  }
  // The old registration's un-REGISTER and the new one's settle before the next reload.
  await measured.page.waitForTimeout(300);
}

async function main(): Promise<void> {
  const bareRoot = await buildBare();
  const bare = await startApp({ root: bareRoot });
  const coldBrowser = await launchBrowser();
  try {
    await withBenchServers(async ({ app, pbx, browser }) => {
      const proxy = rttMs > 0 ? await startFaultProxy(pbx.url) : undefined;
      try {
        proxy?.setAll({ delayMs: rttMs / 2 });
        await measure(app.url, bare.url, pbx, proxy?.url ?? pbx.url, browser, coldBrowser);
      } finally {
        await proxy?.stop();
      }
    });
  } finally {
    await coldBrowser.close();
    await bare.stop();
  }
}

async function measure(
  appUrl: string,
  bareUrl: string,
  pbx: Pbx,
  via: string,
  browser: Browser,
  coldBrowser: Browser,
): Promise<void> {
  const pages = [
    {
      name: 'app, warm (service worker)',
      cold: false,
      page: await appPage(browser, appUrl, pbx, via, '100', true),
    },
    {
      name: 'bare JsSIP page, warm',
      cold: false,
      page: await barePage(browser, bareUrl, pbx, via, '102'),
    },
    {
      name: 'app, cold (no cache, no service worker)',
      cold: true,
      page: await appPage(coldBrowser, appUrl, pbx, via, '101', false),
    },
    {
      name: 'bare JsSIP page, cold',
      cold: true,
      page: await barePage(coldBrowser, bareUrl, pbx, via, '102'),
    },
  ];
  const measured: Measured[] = pages.map((p) => ({ ...p, times: [], stages: {} }));
  for (let i = 0; i < reloads; i++) {
    for (const each of measured) await reload(each, each.name.startsWith('app'));
  }

  const show = (values: number[]) =>
    `median ${median(values).toFixed(0)} ms, worst ${worst(values).toFixed(0)} ms`;
  const path = rttMs > 0 ? `, ${rttMs} ms round trip to the PBX` : '';
  console.log(
    `\n== Start-up: navigation to Registered, ${reloads} reloads each, in turn${path} ==`,
  );
  for (const each of measured) {
    console.log(`  ${each.name}: ${show(each.times)}`);
    for (const [name, values] of Object.entries(each.stages)) {
      console.log(`    ${name}: median ${median(values).toFixed(0)} ms`);
    }
  }
  const [warm, bareWarm, cold, bareCold] = measured.map((each) => median(each.times));
  if (!warm || !bareWarm || !cold || !bareCold) return;
  console.log(`  warm, app / bare: ${(warm / bareWarm).toFixed(2)} (target ≤ 1)`);
  console.log(`  cold, app / bare: ${(cold / bareCold).toFixed(2)} (target ≤ 1)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
