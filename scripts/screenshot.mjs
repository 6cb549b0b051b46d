// `node scripts/screenshot.mjs [file.png]`: takes the README's picture again (docs/screenshot.png
// by default). Builds the app into a temporary folder (dist/ is left alone), serves it, starts the
// local PBX, and drives two demo phones in headless Chromium (fake microphone), through the UI as
// a user would: 100 calls 101 and hangs up, then 101 calls 100 and 100 answers. The picture is
// phone 100 in that call, 420×800 CSS pixels. Needs Kamailio and Debian's chromium, as the
// end-to-end tests do (`npm test` installs both).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './deps.mjs';
import { startPbx } from './pbx.mjs';
import { startApp } from './serve.mjs';

const OUT = resolve(process.argv[2] ?? join(ROOT, 'docs', 'screenshot.png'));
const VIEWPORT = { width: 420, height: 800 };
const TIMEOUT_MS = 15_000;

const root = mkdtempSync(join(tmpdir(), 'voispeed-screenshot-'));
const stops = [() => rmSync(root, { recursive: true, force: true })];

async function main() {
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  const args = ['build', '--outDir', root, '--emptyOutDir', '--logLevel', 'warn'];
  const build = spawnSync(vite, args, { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');

  const pbx = await startPbx();
  stops.push(() => pbx.stop());
  const app = await startApp({ root });
  stops.push(() => app.stop());
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // A microphone for the calls, without a permission prompt.
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
  stops.push(() => browser.close());

  const [me, other] = pbx.accounts;
  if (!me || !other) throw new Error('the local PBX has fewer than two demo accounts');
  const phone = await openPhone(browser, app.url, me, pbx);
  const caller = await openPhone(browser, app.url, other, pbx);

  // One call in the history: 100 calls 101, 101 answers, 100 hangs up.
  await dial(phone, other.extension);
  await button(callWith(caller, me.extension), 'Answer').click();
  await button(callWith(phone, other.extension), 'Hang up').waitFor();
  await phone.waitForTimeout(1500);
  await button(callWith(phone, other.extension), 'Hang up').click();
  await callWith(phone, other.extension).waitFor({ state: 'detached' });

  // The call in the picture: 101 calls 100, who answers.
  await dial(caller, me.extension);
  await button(callWith(phone, other.extension), 'Answer').click();
  await button(callWith(phone, other.extension), 'Hold').waitFor();
  await phone.waitForTimeout(2500);
  await phone.screenshot({ path: OUT });
  console.log(`${OUT}: ${Math.round(statSync(OUT).size / 1024)} kB`);
}

/** A window of its own (its own storage), registered with a demo account, settings closed. */
async function openPhone(browser, url, account, pbx) {
  // English whatever the machine's language, as in the README.
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'en-US',
    permissions: ['microphone'],
  });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  await page.goto(url);
  const form = page.getByRole('form', { name: 'Account', exact: true });
  const field = (label) => form.getByLabel(label, { exact: true });
  await field('SIP address').fill(`${account.user}@${pbx.domain}`);
  await field('Password').fill(account.password);
  await field('Extension').fill(account.extension);
  await field('Display name').fill(account.displayName);
  await field('PBX WebSocket URL').fill(pbx.url);
  await button(form, 'Save and register').click();
  await page
    .getByRole('status', { name: 'Registration', exact: true })
    .getByText(/^Registered as/)
    .waitFor();
  const settings = button(page, 'Settings');
  if ((await settings.getAttribute('aria-expanded')) === 'true') await settings.click();
  await form.waitFor({ state: 'detached' });
  return page;
}

function button(scope, name) {
  return scope.getByRole('button', { name, exact: true });
}

function callWith(page, number) {
  return page.getByRole('region', { name: `Call with ${number}`, exact: true });
}

async function dial(page, number) {
  await page.getByRole('textbox', { name: 'Number to call', exact: true }).fill(number);
  await button(page, 'Call').click();
}

let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
}
for (const stop of stops.reverse()) await Promise.resolve(stop()).catch(() => undefined);
process.exit(failed ? 1 : 0);
