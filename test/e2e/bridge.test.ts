// The bridge end to end, headless: the built extension in a real Chromium profile, the compiled
// native host installed for a throwaway user, a real PBX. Shell rules run the host's command with
// each value one argument; links on other sites, the context menu and the OS scheme reach the
// phone; a page on another origin gets nothing; without the extension the app says so.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BridgeUser,
  buildBridge,
  extensionWorker,
  host,
  installHost,
  launchWithExtension,
  openBridgedPhone,
  type PlainSite,
  setAppAddress,
  startPlainSite,
  throwawayUser,
} from './bridgeHarness';
import { account } from './harness';
import { configureIntegra, integraLog } from './integraPage';
import type { PhonePage } from './phonePage';
import { callerIs, rawCaller, ringsThenCancel } from './rawCaller';
import { e2eSession } from './session';
import { inviteEdited, tag } from './sipWire';

const { started, registered } = e2eSession();

let user: BridgeUser | undefined;
let context: BrowserContext | undefined;
let worker: Worker | undefined;
let bob: PhonePage | undefined;
let site: PlainSite | undefined;

beforeAll(async () => {
  buildBridge();
  const { app, pbx } = started();
  user = throwawayUser();
  // The command the host runs: it writes the arguments it was given, NUL-separated, to a file.
  const recorder = join(user.home, 'record-argv');
  writeFileSync(
    recorder,
    '#!/bin/sh\nout="$1"; shift\nfor a in "$@"; do printf \'%s\\0\' "$a"; done > "$out.tmp" && mv "$out.tmp" "$out"\n',
  );
  chmodSync(recorder, 0o755);
  installHost(user, app.url);
  host(user, [
    'rule',
    'add',
    'argv-log',
    '--',
    recorder,
    argvFile(),
    '!01',
    '!{display_name}',
    '!05',
  ]);
  context = await launchWithExtension(user);
  worker = await extensionWorker(context);
  await setAppAddress(context, app.url);
  bob = await openBridgedPhone(context, app.url);
  await bob.configure(account(pbx, '101'), pbx.url, { domain: pbx.domain });
  expect(await bob.expectRegistered(15_000)).toMatch(/Registered as 101\b/);
  site = await startPlainSite(
    '<!doctype html><title>Contacts</title><p><a href="tel:100">Call the desk</a></p>',
  );
}, 120_000);

afterAll(async () => {
  await context?.close();
  await site?.stop();
  user?.remove();
}, 60_000);

function argvFile(): string {
  if (!user) throw new Error('beforeAll did not finish');
  return join(user.home, 'argv.out');
}

function ready(): {
  bob: PhonePage;
  context: BrowserContext;
  worker: Worker;
  user: BridgeUser;
  site: PlainSite;
} {
  if (!bob || !context || !worker || !user || !site) throw new Error('beforeAll did not finish');
  return { bob, context, worker, user, site };
}

/** Waits for 100 to ring with a call from 101, then ends it from 101. */
async function ringsAtAlice(alice: PhonePage, bob: PhonePage): Promise<void> {
  await alice.waitForCallStatus('101', /Incoming call/, 15_000);
  await bob.hangUp('100');
  await bob.page
    .getByRole('button', { name: 'Hang up', exact: true })
    .waitFor({ state: 'detached' });
}

describe('the bridge', { timeout: 120_000 }, () => {
  it('is reported as not installed where the extension is absent', async ({ onTestFailed }) => {
    const alice = await registered('100', onTestFailed);
    await alice.openSection('Bridge');
    const bridge = alice.page.getByRole('region', { name: 'Bridge', exact: true });
    await expect
      .poll(() => bridge.getByRole('status').textContent(), { timeout: 12_000 })
      .toMatch(/^Bridge not installed\./);
    expect(await bridge.getByLabel('Install command', { exact: true }).inputValue()).toBe(
      `voispeed-bridge install --app-url ${new URL(started().app.url).origin}/`,
    );
  });

  it('shows the extension and the native host, with their versions', async () => {
    const { bob } = ready();
    await bob.openSection('Bridge');
    const bridge = bob.page.getByRole('region', { name: 'Bridge', exact: true });
    await expect
      .poll(() => bridge.getByRole('status').textContent(), { timeout: 5_000 })
      .toBe('Bridge ready: extension 0.1.0, native host 0.1.0.');
  });

  it('runs the host rule on an incoming call, each hostile value one argument, exactly', async () => {
    const { bob } = ready();
    const { pbx } = started();
    await configureIntegra(bob, {
      action: 'Shell command (native bridge)',
      command: 'argv-log',
      events: ['On call in'],
    });
    const sock = await rawCaller(pbx);
    try {
      const caller = { number: '*31#201', name: `x"; rm -rf ~ $(id) \`id\` | & * #31# 'q'` };
      const callId = `${tag()}@host`;
      const call = await inviteEdited(
        sock,
        account(pbx, '100'),
        pbx.domain,
        '101',
        callerIs(pbx.domain, caller, callId),
      );
      await expect.poll(() => existsSync(argvFile()), { timeout: 10_000 }).toBe(true);
      await ringsThenCancel(pbx, sock, bob, call, caller.number);
      const argv = readFileSync(argvFile(), 'utf8').split('\0').slice(0, -1);
      expect(argv).toEqual([caller.number, caller.name, callId]);
      await expect
        .poll(() => integraLog(bob).then((log) => log[0] ?? ''), { timeout: 5_000 })
        .toMatch(/CALL_IN .*run, exit code 0.*argv-log/);

      // A name that a program would read as an option is refused, and the command does not run.
      const before = readFileSync(argvFile(), 'utf8');
      const optionName = { number: '201', name: '--exec=calc' };
      const second = await inviteEdited(
        sock,
        account(pbx, '100'),
        pbx.domain,
        '101',
        callerIs(pbx.domain, optionName, `${tag()}@host`),
      );
      await expect
        .poll(() => integraLog(bob).then((log) => log[0] ?? ''), { timeout: 10_000 })
        .toMatch(/refused by the bridge: .*display_name/);
      await ringsThenCancel(pbx, sock, bob, second, optionName.number);
      expect(readFileSync(argvFile(), 'utf8')).toBe(before);
    } finally {
      await sock.close();
    }
  });

  it('calls when a tel: link is clicked on a plain page of another site', async ({
    onTestFailed,
  }) => {
    const { bob, context, site } = ready();
    const alice = await registered('100', onTestFailed);
    const page = await context.newPage();
    try {
      await page.goto(site.url, { waitUntil: 'load' });
      await page.getByRole('link', { name: 'Call the desk', exact: true }).click();
      await ringsAtAlice(alice, bob);
      // The click went to the phone, not to the OS: the page stayed where it was.
      expect(page.url()).toBe(site.url);
    } finally {
      await page.close();
    }
  });

  it('dials the selection the context menu was opened on', async ({ onTestFailed }) => {
    const { bob, worker } = ready();
    const alice = await registered('100', onTestFailed);
    // Headless Chromium cannot open a context menu: the menu's own handler is called instead.
    await worker.evaluate(() =>
      (
        globalThis as unknown as { voispeedBridge: { menuClicked(info: object): unknown } }
      ).voispeedBridge.menuClicked({
        menuItemId: 'call-selection',
        selectionText: 'Please call me on 100 today',
        editable: false,
      }),
    );
    await ringsAtAlice(alice, bob);
  });

  it('answers a voispeed: link opened by the OS, through the running host', async ({
    onTestFailed,
  }) => {
    const { bob, user } = ready();
    const alice = await registered('100', onTestFailed);
    // xdg-open asks for scheme handlers only on a desktop; the handler itself needs no X server.
    const opened = spawnSync('xdg-open', ['voispeed:C 100'], {
      env: { ...user.env, DISPLAY: ':0' },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(opened.status, `${opened.stdout}\n${opened.stderr}`).toBe(0);
    await ringsAtAlice(alice, bob);
  });

  it('gives a page on another origin nothing', async () => {
    const { context, site } = ready();
    const page = await context.newPage();
    try {
      await page.goto(site.url, { waitUntil: 'load' });
      const offered = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let ports = 0;
            window.addEventListener('message', (e) => {
              ports += e.ports.length;
            });
            window.postMessage({ voispeedBridge: 'connect', v: 1 }, '*');
            setTimeout(() => resolve(ports), 2_000);
          }),
      );
      expect(offered).toBe(0);
    } finally {
      await page.close();
    }
  });
});
