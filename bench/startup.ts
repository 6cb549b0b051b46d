// `npm run bench:startup`: how long a reload takes from navigation to "Registered", the app
// against a bare JsSIP page on the same local Kamailio and Chromium. The app's account is stored
// (set once through its form) and its service worker serves the shell, as on any day after the
// first; the bare page (bench/bare/) gets its account in the address and starts JsSIP as its
// script runs. Each page's own clock: performance.now() at registered, from navigation start.
// BENCH_RELOADS (10) reloads each; figures: median and worst, and their ratio (target ≤ 1).
import type { Page } from 'playwright-core';
import { account, startApp } from '../test/e2e/harness';
import { buildBare } from './callSetup';
import { median, worst } from './common';
import { withBenchServers } from './phones';

const reloads = Number(process.env.BENCH_RELOADS ?? 10);

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

/** Where the app's start-up time went, ms from navigation start (median over the reloads). */
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

async function registeredAt(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as { __registeredAt?: number }).__registeredAt, null, {
    timeout: 15_000,
  });
  return (await page.evaluate(() => (window as { __registeredAt?: number }).__registeredAt)) ?? 0;
}

async function main(): Promise<void> {
  const bareRoot = await buildBare();
  const bare = await startApp({ root: bareRoot });
  try {
    await withBenchServers(async ({ phone, pbx, browser }) => {
      const app = await phone('100');
      await app.context.addInitScript({ content: watchRegistered });
      const appTimes: number[] = [];
      const stages: Record<string, number[]> = {};
      for (let i = 0; i < reloads; i++) {
        await app.page.reload({ waitUntil: 'commit' });
        appTimes.push(await registeredAt(app.page));
        const marks = (await app.page.evaluate(stagesScript)) as Record<string, number>;
        for (const [name, at] of Object.entries(marks)) {
          stages[name] = [...(stages[name] ?? []), at];
        }
        // The old registration's un-REGISTER and the new one's settle before the next reload.
        await app.page.waitForTimeout(300);
      }

      const acc = account(pbx, '101');
      const config = {
        url: pbx.url,
        uri: `sip:${acc.user}@${pbx.domain}`,
        password: acc.password,
        iceServers: [],
        autoAnswer: false,
      };
      const context = await browser.newContext({ locale: 'en-US' });
      const page = await context.newPage();
      const url = `${bare.url}#${encodeURIComponent(JSON.stringify(config))}`;
      await page.goto(url, { waitUntil: 'load' });
      await registeredAt(page);
      const bareTimes: number[] = [];
      for (let i = 0; i < reloads; i++) {
        await page.reload({ waitUntil: 'commit' });
        bareTimes.push(await registeredAt(page));
        await page.waitForTimeout(300);
      }
      await context.close();

      const show = (values: number[]) =>
        `median ${median(values).toFixed(0)} ms, worst ${worst(values).toFixed(0)} ms`;
      console.log(`\n== Start-up: navigation to Registered, ${reloads} reloads each ==`);
      console.log(`  app (stored account, service worker): ${show(appTimes)}`);
      console.log(`  bare JsSIP page: ${show(bareTimes)}`);
      for (const [name, values] of Object.entries(stages)) {
        console.log(`    app ${name}: median ${median(values).toFixed(0)} ms`);
      }
      console.log(
        `  app/bare median: ${(median(appTimes) / median(bareTimes)).toFixed(2)} (target ≤ 1)`,
      );
    });
  } finally {
    await bare.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
