// `npm run bench:bridge`: the bridge's two delays, median of BENCH_CALLS (default 20) each, with
// the built extension and the compiled host in real Chromium on the local PBX:
//   1. an INVITE reaching the callee's page → the host's command starting (it writes the time);
//   2. a tel: link clicked on a page of another site → the phone's INVITE leaving on its socket.
// All times are epoch ms on one machine (pages: performance.timeOrigin + now; the command: date).
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildBridge,
  host,
  installHost,
  launchWithExtension,
  openBridgedPhone,
  setAppAddress,
  startPlainSite,
  throwawayUser,
} from '../test/e2e/bridgeHarness';
import { account, launchBrowser, openPhone, startApp, startPbx } from '../test/e2e/harness';
import { configureIntegra } from '../test/e2e/integraPage';
import { appRoot, buildIfStale, median, worst } from './common';

const calls = Number(process.env.BENCH_CALLS ?? 20);
const pause = () => new Promise((r) => setTimeout(r, 3_200));

async function main(): Promise<void> {
  buildIfStale();
  buildBridge();
  const [app, pbx, browser] = await Promise.all([
    startApp({ root: appRoot }),
    startPbx(),
    launchBrowser(),
  ]);
  const user = throwawayUser();
  const site = await startPlainSite('<!doctype html><a href="tel:100">Call the desk</a>');
  const context = await launchWithExtension(user);
  try {
    const starts = join(user.home, 'starts');
    const recorder = join(user.home, 'record-start');
    writeFileSync(recorder, '#!/bin/sh\ndate +%s%N >> "$1"\n');
    chmodSync(recorder, 0o755);
    installHost(user, app.url);
    host(user, ['rule', 'add', 'bench-start', '--', recorder, starts, '!05']);
    await setAppAddress(context, app.url);
    const bob = await openBridgedPhone(context, app.url);
    await bob.configure(account(pbx, '101'), pbx.url, { domain: pbx.domain });
    await bob.expectRegistered(15_000);
    const alice = await openPhone(browser, app.url, '100');
    await alice.configure(account(pbx, '100'), pbx.url, { domain: pbx.domain });
    await alice.expectRegistered(15_000);
    await configureIntegra(bob, {
      action: 'Shell command (native bridge)',
      command: 'bench-start',
      events: ['On call in'],
    });

    const toCommand: number[] = [];
    const lines = () => (existsSync(starts) ? readFileSync(starts, 'utf8').trim().split('\n') : []);
    for (let i = 0; i < calls; i++) {
      const before = lines().length;
      await alice.dial('101');
      await bob.waitForCallStatus('100', /Incoming call/);
      while (lines().length === before) await new Promise((r) => setTimeout(r, 20));
      const invite = (await bob.receivedInvites()).at(-1);
      const startedNs = lines().at(-1);
      if (!invite || !startedNs) throw new Error(`call ${i + 1}: no INVITE or no start`);
      toCommand.push(Number(BigInt(startedNs) / 1000n) / 1000 - invite.at);
      await alice.hangUp('101');
      await bob.waitForCallStatus('100', /Missed|Ended/i);
      await pause();
    }

    const toInvite: number[] = [];
    const page = await context.newPage();
    await page.goto(site.url, { waitUntil: 'load' });
    const sentTimes = () =>
      bob.page.evaluate(
        () => (window as unknown as { __sentInviteTimes: number[] }).__sentInviteTimes,
      );
    for (let i = 0; i < calls; i++) {
      const before = (await sentTimes()).length;
      const clickedAt = await page.evaluate(() => {
        const at = performance.timeOrigin + performance.now();
        document.querySelector('a')?.click();
        return at;
      });
      let sent = await sentTimes();
      while (sent.length === before) {
        await new Promise((r) => setTimeout(r, 20));
        sent = await sentTimes();
      }
      toInvite.push((sent.at(-1) ?? Number.NaN) - clickedAt);
      await alice.waitForCallStatus('101', /Incoming call/);
      await bob.hangUp('100');
      await alice.waitForCallStatus('101', /Missed|Ended/i);
      await pause();
    }

    const fmt = (x: number) => `${x.toFixed(1)} ms`;
    console.log('\n== Bridge ==');
    console.log(`  INVITE at the callee → host command started (${toCommand.length} calls)`);
    console.log(
      `    median ${fmt(median(toCommand))} (target < 50 ms), worst ${fmt(worst(toCommand))}`,
    );
    console.log(`  tel: link clicked on another site → INVITE sent (${toInvite.length} calls)`);
    console.log(
      `    median ${fmt(median(toInvite))} (target < 100 ms), worst ${fmt(worst(toInvite))}`,
    );
  } finally {
    await context.close();
    await browser.close();
    await site.stop();
    await Promise.all([pbx.stop(), app.stop()]);
    user.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
