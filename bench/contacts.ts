// `npm run bench:contacts`: the phonebook at 5,000 contacts (BENCH_CONTACTS) beside a history
// of 100,000 calls (BENCH_HISTORY_CALLS): the dial box's search per keystroke and an incoming
// call's name from the phonebook, first in Node on fake-indexeddb (a JavaScript model: figures
// to compare designs), then in Debian's Chromium (BENCH_CONTACTS_BROWSER=0 skips it), the
// figures that count: the same work in a page beside the app, then the app itself, each
// keystroke's text typed into its dial box until the first match is on screen. Nothing is
// asserted.
import 'fake-indexeddb/auto';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { account, launchBrowser, openPhone, startApp, startPbx } from '../test/e2e/harness';
import { buildAppWithSeed, median, worst } from './common';
import { type ContactsFigures, report, runContactsBench } from './contactsRun';

const CALLS = Number(process.env.BENCH_HISTORY_CALLS ?? 100_000);
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 5_000);
const seedDir = fileURLToPath(new URL('./contactsSeed', import.meta.url));
const ms = (x: number) => `${x.toFixed(1)} ms`;

/**
 * In the page: empties the dial box, then puts `text` in it as typing does (an input event) and
 * answers the ms until the frame that paints its first match. A string, so that no helper of the
 * bench's own compiler lands in the page.
 */
const TYPE_AND_WAIT = `async (text) => {
  const box = document.querySelector('input[role="combobox"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const type = (value) => {
    setValue.call(box, value);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  };
  type('');
  await new Promise((r) => setTimeout(r, 200));
  if (document.querySelector('[role="option"]')) throw new Error('matches left from before');
  const start = performance.now();
  type(text);
  return new Promise((resolve) => {
    const seen = () => {
      if (!document.querySelector('[role="option"]')) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    };
    const observer = new MutationObserver(seen);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    seen();
  });
}`;

async function typeAndWait(page: Page, text: string): Promise<number> {
  return (await page.evaluate(`(${TYPE_AND_WAIT})(${JSON.stringify(text)})`)) as number;
}

interface ChromiumFigures {
  inPage: ContactsFigures;
  /** ms from each keystroke's text typed into the app's dial box to its first match painted. */
  onScreen: { text: string; ms: number }[];
}

async function inChromium(): Promise<ChromiumFigures> {
  const root = await buildAppWithSeed(seedDir);
  const app = await startApp({ root });
  const pbx = await startPbx();
  const browser = await launchBrowser();
  try {
    const phone = await openPhone(
      browser,
      `${app.url}bench-seed/index.html?calls=${CALLS}&contacts=${CONTACTS}`,
    );
    const { page } = phone;
    const handle = await page.waitForFunction(
      () => (window as { __contacts?: unknown }).__contacts,
      null,
      { timeout: 900_000 },
    );
    const inPage = (await handle.jsonValue()) as ContactsFigures & { error?: string };
    if (inPage.error) throw new Error(inPage.error);

    // The app on the same storage, registered as a user starts it.
    await page.goto(app.url);
    await phone.configure(account(pbx, '100'), pbx.url, { domain: pbx.domain });
    await phone.expectRegistered(15_000);
    await page.getByRole('combobox', { name: 'Number to call', exact: true }).waitFor();
    // The seed run re-keyed the phonebook under another plan last; the app re-keys it back at
    // start. Its searches are timed once that is done, as on every later day.
    await page.waitForTimeout(8_000);
    await typeAndWait(page, inPage.keys[0]?.text ?? 'm');
    const onScreen: ChromiumFigures['onScreen'] = [];
    for (const { text } of inPage.keys) onScreen.push({ text, ms: await typeAndWait(page, text) });
    return { inPage, onScreen };
  } finally {
    await browser.close();
    await pbx.stop();
    await app.stop();
    await rm(root, { recursive: true, force: true });
  }
}

function onScreenReport(keys: ChromiumFigures['onScreen']): string {
  const times = keys.map((k) => k.ms);
  return [
    `== The app's dial box in Chromium: typed text → first match painted ==`,
    `${keys.length} keystrokes   median ${ms(median(times))}, worst ${ms(worst(times))} (target: median < 50 ms)`,
    ...keys.map((k) => `  ${JSON.stringify(k.text).padEnd(12)} ${ms(k.ms).padStart(10)}`),
  ].join('\n');
}

async function main(): Promise<void> {
  console.log(
    report('Phonebook in Node (fake-indexeddb)', await runContactsBench(CALLS, CONTACTS)),
  );
  if (process.env.BENCH_CONTACTS_BROWSER !== '0') {
    const { inPage, onScreen } = await inChromium();
    console.log(report('Phonebook in Chromium (a page beside the app)', inPage));
    console.log(onScreenReport(onScreen));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
