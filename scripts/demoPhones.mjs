// What the picture scripts (screenshot.mjs, screenshots.mjs) share: a build of the app in a
// temporary folder (dist/ is left alone), headless Chromium with a fake microphone, demo phones
// registered through the account form, and the few controls they press, found by role and name.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './deps.mjs';
import { startPbx } from './pbx.mjs';
import { startApp } from './serve.mjs';

const TIMEOUT_MS = 15_000;

/** The English names of the controls; a script for another language passes its own `t`. */
const ENGLISH = {
  account: 'Account',
  sipAddress: 'SIP address',
  password: 'Password',
  extension: 'Extension',
  displayName: 'Display name',
  pbxUrl: 'PBX WebSocket URL',
  saveAndRegister: 'Save and register',
  registration: 'Registration',
  'reg.registered': 'Registered as {user}',
  'nav.settings': 'Settings',
  'nav.home': 'Phone',
  numberToCall: 'Number to call',
  call: 'Call',
  callWith: 'Call with {number}',
};

/** @typedef {(key: string, vars?: Record<string, string>) => string} Translate */
/** @type {Translate} */
const english = (key, vars = {}) =>
  (ENGLISH[key] ?? key).replace(/\{(\w+)\}/g, (_, name) => vars[name] ?? '');

/** Builds the app into a new temporary folder; returns it and how to remove it. */
export function buildApp() {
  const root = mkdtempSync(join(tmpdir(), 'voispeed-screenshot-'));
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  const args = ['build', '--outDir', root, '--emptyOutDir', '--logLevel', 'warn'];
  const build = spawnSync(vite, args, { cwd: ROOT, stdio: 'inherit' });
  const remove = () => rmSync(root, { recursive: true, force: true });
  if (build.status !== 0) {
    remove();
    throw new Error('vite build failed');
  }
  return { root, remove };
}

export function launchChromium() {
  return chromium.launch({
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
}

/** A window of its own (its own storage), English unless `options` says otherwise. */
export async function openWindow(browser, url, options = {}) {
  const context = await browser.newContext({
    locale: 'en-US',
    permissions: ['microphone'],
    ...options,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  await page.goto(url);
  return page;
}

/**
 * Fills the first-run setup with a demo account and waits until the phone is registered (the
 * setup then gives way to the home screen).
 */
export async function register(page, account, pbx, t = english) {
  const form = page.getByRole('form', { name: t('account'), exact: true });
  const field = (key) => form.getByLabel(t(key), { exact: true });
  await field('sipAddress').fill(`${account.user}@${pbx.domain}`);
  await field('password').fill(account.password);
  await field('pbxUrl').fill(pbx.url);
  await button(form, t('saveAndRegister')).click();
  await page
    .getByRole('status', { name: t('registration'), exact: true })
    .getByText(t('reg.registered', { user: account.user }))
    .waitFor();
}

/** Shows the settings screen (`open`) or the home screen. */
export async function showSettings(page, open, t = english) {
  const nav = open
    ? button(page, t('nav.settings'))
    : page
        .getByRole('navigation')
        .getByRole('button', { name: new RegExp(`^${t('nav.home')}\\b`) });
  if ((await nav.getAttribute('aria-current')) !== 'page') await nav.click();
  const form = page.getByRole('form', { name: t('account'), exact: true });
  await form.waitFor({ state: open ? 'visible' : 'detached' });
}

export function button(scope, name) {
  return scope.getByRole('button', { name, exact: true });
}

export function callWith(page, number, t = english) {
  return page.getByRole('region', { name: t('callWith', { number }), exact: true });
}

export async function dial(page, number, t = english) {
  await page.getByRole('combobox', { name: t('numberToCall'), exact: true }).fill(number);
  await button(page, t('call')).click();
}

/**
 * The demo's parts: the app built into a temporary folder and served, the local PBX, headless
 * Chromium; each one's stop pushed on `stops`.
 */
export async function startDemo(stops) {
  const build = buildApp();
  stops.push(build.remove);
  const pbx = await startPbx();
  stops.push(() => pbx.stop());
  const app = await startApp({ root: build.root });
  stops.push(() => app.stop());
  const browser = await launchChromium();
  stops.push(() => browser.close());
  return { pbx, app, browser };
}

/** Runs `main(stops)`, then every function it pushed on `stops`, last first; exits 1 on failure. */
export async function runScript(main) {
  const stops = [];
  let failed = false;
  try {
    await main(stops);
  } catch (error) {
    failed = true;
    console.error(error instanceof Error ? error.message : error);
  }
  for (const stop of stops.reverse()) await Promise.resolve(stop()).catch(() => undefined);
  process.exit(failed ? 1 : 0);
}
