// `npm run bench:history-browser`: the call history at 100,000 calls (BENCH_HISTORY_CALLS) in
// Debian's Chromium, as the user meets it: the app opening on it, a fast scroll through a couple
// of thousand rows, and a search. The history is written by the app's own writer from a seed page
// served beside the app (same origin, so same IndexedDB). Figures only; nothing is asserted.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { account, launchBrowser, openPhone, startApp, startPbx } from '../test/e2e/harness';
import { buildAppWithSeed, median, worst } from './common';

const CALLS = Number(process.env.BENCH_HISTORY_CALLS ?? 100_000);
const OPENS = 5;
/** A fast flick: 200 px a frame is about three rows of 64 px each frame, 190 rows a second. */
const SCROLL_FRAMES = 600;
const SCROLL_STEP_PX = 200;

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const ms = (x: number) => `${x.toFixed(1)} ms`;
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? Number.NaN;

/** ms from navigation start to the first history row on screen. */
async function openTime(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => (document.querySelector('[aria-posinset]') ? performance.now() : 0),
    null,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

interface ScrollFigures {
  frames: number[];
  longTasks: number[];
  rowsInDom: number;
  rowsScrolled: number;
}

function scroll(page: Page): Promise<ScrollFigures> {
  return page.evaluate(
    async ({ frames, step }) => {
      const viewport = document.querySelector('.history-viewport');
      if (!(viewport instanceof HTMLElement)) throw new Error('no .history-viewport');
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask' });
      const intervals: number[] = [];
      // A loop of awaited frames, not a named callback: tsx would wrap that in a helper the
      // page does not have.
      let last = await new Promise<number>((r) => requestAnimationFrame(r));
      for (let n = 0; n < frames; n += 1) {
        viewport.scrollTop += step;
        const now = await new Promise<number>((r) => requestAnimationFrame(r));
        intervals.push(now - last);
        last = now;
      }
      observer.disconnect();
      return {
        frames: intervals,
        longTasks,
        rowsInDom: document.querySelectorAll('[aria-posinset]').length,
        rowsScrolled: Math.round(viewport.scrollTop / 64),
      };
    },
    { frames: SCROLL_FRAMES, step: SCROLL_STEP_PX },
  );
}

/** ms from typing the last key of `text` to the first matching row on screen. */
async function searchTime(page: Page, text: string): Promise<number> {
  const box = page.getByRole('searchbox', { name: 'Search history' });
  await box.fill('');
  await page.waitForTimeout(300);
  const start = (await page.evaluate(() => performance.now())) as number;
  await box.fill(text);
  const handle = await page.waitForFunction(
    (needle) => {
      const list = document.querySelector('.history-rows');
      const first = list?.querySelector('[aria-posinset="1"]');
      const done = list?.getAttribute('aria-busy') === 'false';
      return done && first?.textContent?.toLowerCase().includes(needle) ? performance.now() : 0;
    },
    text,
    { polling: 'raf', timeout: 30_000 },
  );
  return ((await handle.jsonValue()) as number) - start;
}

async function main(): Promise<void> {
  const root = await buildAppWithSeed(join(benchDir, 'historySeed'));
  const app = await startApp({ root });
  const pbx = await startPbx();
  const browser = await launchBrowser();
  try {
    const phone = await openPhone(browser, `${app.url}bench-seed/index.html?calls=${CALLS}`);
    const { context, page } = phone;
    console.log(`== Call history in Chromium: ${CALLS} calls ==`);
    const seeded = (await (
      await page.waitForFunction(() => (window as { __seeded?: unknown }).__seeded, null, {
        timeout: 900_000,
      })
    ).jsonValue()) as { ms?: number; error?: string };
    if (seeded.error) throw new Error(`seeding failed: ${seeded.error}`);
    // The app on that storage, set up and registered as a user has it: it opens on its history.
    await page.goto(app.url);
    await phone.configure(account(pbx, '100'), pbx.url, { domain: pbx.domain });
    await phone.expectRegistered(15_000);
    console.log(`written through the app's writer          ${ms(seeded.ms ?? Number.NaN)}`);

    const opens: number[] = [];
    for (let i = 0; i < OPENS; i += 1) opens.push(await openTime(page, app.url));
    console.log(
      `open → first row (median/worst of ${OPENS})      ${ms(median(opens))} / ${ms(worst(opens))}`,
    );

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapBefore = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const figures = await scroll(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapAfter = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const slow = figures.frames.filter((f) => f > 50).length;
    console.log(
      `scroll ${figures.rowsScrolled} rows in ${figures.frames.length} frames: frame median ${ms(median(figures.frames))}, p95 ${ms(percentile(figures.frames, 0.95))}, worst ${ms(worst(figures.frames))}, ${slow} over 50 ms`,
    );
    console.log(
      `long tasks while scrolling: ${figures.longTasks.length} (${ms(figures.longTasks.reduce((a, b) => a + b, 0))} in all); rows in the DOM: ${figures.rowsInDom}`,
    );
    console.log(
      `JS heap after GC: ${(heapBefore / 1048576).toFixed(1)} MB before the scroll, ${(heapAfter / 1048576).toFixed(1)} MB after`,
    );
    for (const text of ['ros', '617', 'giulia fer']) {
      const times: number[] = [];
      for (let i = 0; i < 3; i += 1) times.push(await searchTime(page, text));
      const label = `search "${text}" → first match on screen`.padEnd(44);
      console.log(`${label}${ms(median(times))} (of which 150 ms is the typing pause)`);
    }
    await context.close();
  } finally {
    await browser.close();
    await pbx.stop();
    await app.stop();
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
