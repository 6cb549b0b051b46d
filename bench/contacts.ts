// `npm run bench:contacts`: the phonebook at 5,000 contacts (BENCH_CONTACTS) beside a history
// of 100,000 calls (BENCH_HISTORY_CALLS): the dial box's search per keystroke and an incoming
// call's name from the phonebook, first in Node on fake-indexeddb (a JavaScript model: figures
// to compare designs), then in Debian's Chromium (BENCH_CONTACTS_BROWSER=0 skips it), the
// figures that count. Nothing is asserted.
import 'fake-indexeddb/auto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchBrowser, startApp } from '../test/e2e/harness';
import { type ContactsFigures, report, runContactsBench } from './contactsRun';

const CALLS = Number(process.env.BENCH_HISTORY_CALLS ?? 100_000);
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 5_000);
const seedDir = fileURLToPath(new URL('./contactsSeed', import.meta.url));

async function inChromium(): Promise<ContactsFigures> {
  const root = await mkdtemp(join(tmpdir(), 'voispeed-bench-contacts-'));
  await build({
    root: seedDir,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: root, emptyOutDir: true, target: 'es2022' },
  });
  const app = await startApp({ root });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${app.url}index.html?calls=${CALLS}&contacts=${CONTACTS}`);
    const handle = await page.waitForFunction(
      () => (window as { __contacts?: unknown }).__contacts,
      null,
      { timeout: 900_000 },
    );
    const figures = (await handle.jsonValue()) as ContactsFigures & { error?: string };
    if (figures.error) throw new Error(figures.error);
    return figures;
  } finally {
    await browser.close();
    await app.stop();
    await rm(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(
    report('Phonebook in Node (fake-indexeddb)', await runContactsBench(CALLS, CONTACTS)),
  );
  if (process.env.BENCH_CONTACTS_BROWSER !== '0') {
    console.log(report('Phonebook in Chromium', await inChromium()));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
