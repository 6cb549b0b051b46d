// `npm run bench:memory`: BENCH_MEMORY_CALLS (200) short calls in a row between two phones (100
// dials, 101 answers, a moment of audio reaches 101, 100 hangs up), then the JS heap of both
// pages after forced garbage collection, against the same reading before, and the peer
// connections still open. Target: growth under 5 MB per phone and no connection left open.
// BENCH_MEMORY_WARMUP (2) calls come before the "before" reading, so that code loaded on the
// first call does not count as growth; the reading at registration is printed too.
// The harness's init script keeps every peer connection and media element it saw (test-only
// records); closed ones are dropped from those records before each reading, so they don't
// count as app growth. BENCH_MEMORY_SNAPSHOT=1 also diffs heap snapshots by constructor.
import type { CDPSession } from 'playwright-core';
import { launchBrowser, type PhonePage, startApp, startPbx } from '../test/e2e/harness';
import { appRoot, buildIfStale } from './common';
import {
  censusGrowth,
  type HeapCensus,
  type HeapReading,
  heapCensus,
  readHeap,
} from './heapSnapshot';
import { dropClosedRecords, idle, openConnections } from './pageRecords';
import { registeredPair } from './phones';

const CALLS = Number(process.env.BENCH_MEMORY_CALLS ?? 200);
const WARMUP = Number(process.env.BENCH_MEMORY_WARMUP ?? 2);
const SNAPSHOT = process.env.BENCH_MEMORY_SNAPSHOT === '1';
const TARGET_BYTES = 5 * 1024 * 1024;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

interface Side {
  phone: PhonePage;
  cdp: CDPSession;
}

const button = (phone: PhonePage, name: string) =>
  phone.page.getByRole('button', { name, exact: true });

/** One short call; returns false (after cleaning up) when a step failed. */
async function oneCall(caller: PhonePage, callee: PhonePage, n: number): Promise<boolean> {
  try {
    await caller.dial('101');
    await button(callee, 'Answer').click({ timeout: 10_000 });
    await callee.waitForAudioFlow(5_000);
    // The caller's Hang up button moves when its call turns active (Hold takes its place): a
    // click during that render can land on Hold, so click only once the active controls show.
    await button(caller, 'Hold').waitFor({ timeout: 5_000 });
    await button(caller, 'Hang up').click({ timeout: 5_000 });
  } catch (error) {
    console.log(
      `  call ${n}: FAILED ${error instanceof Error ? error.message.split('\n')[0] : error}`,
    );
    for (const phone of [caller, callee]) {
      for (const name of ['Hang up', 'Decline']) {
        // Whatever is still ringing or live; a button that is not there just times out.
        await button(phone, name)
          .first()
          .click({ timeout: 1_000 })
          .catch(() => {});
      }
    }
    return false;
  } finally {
    for (const phone of [caller, callee]) {
      await phone.page
        .waitForFunction(idle, undefined, { polling: 50, timeout: 10_000 })
        .catch(() => console.log(`  call ${n}: ${phone.name} not idle after 10 s`));
    }
  }
  return true;
}

async function reading(sides: Side[]): Promise<HeapReading[]> {
  const out: HeapReading[] = [];
  for (const { phone, cdp } of sides) {
    await phone.page.evaluate(dropClosedRecords);
    out.push(await readHeap(cdp));
  }
  return out;
}

function printCensus(name: string, before: HeapCensus, after: HeapCensus): void {
  console.log(`  ${name}: largest growth by constructor (self size)`);
  for (const row of censusGrowth(before, after)) {
    const count = `${row.count >= 0 ? '+' : ''}${row.count}`;
    console.log(
      `    ${row.name.slice(0, 50).padEnd(50)} ${count.padStart(8)} objects ${`${(row.bytes / 1024).toFixed(1)} KB`.padStart(12)}`,
    );
  }
}

async function main(): Promise<void> {
  buildIfStale();
  const [app, pbx, browser] = await Promise.all([
    startApp({ root: appRoot }),
    startPbx(),
    launchBrowser(),
  ]);
  try {
    const { caller, callee } = await registeredPair(browser, app.url, pbx);
    const sides: Side[] = [];
    for (const phone of [caller, callee]) {
      sides.push({ phone, cdp: await phone.context.newCDPSession(phone.page) });
    }
    const atRegistration = await reading(sides);
    for (let i = 0; i < WARMUP; i++) await oneCall(caller, callee, -(i + 1));
    const before = await reading(sides);
    const censusBefore = SNAPSHOT ? await Promise.all(sides.map((s) => heapCensus(s.cdp))) : [];

    const started = Date.now();
    let failed = 0;
    for (let i = 1; i <= CALLS; i++) {
      if (!(await oneCall(caller, callee, i))) failed += 1;
      if (i % 20 === 0 || i === CALLS) {
        const secs = ((Date.now() - started) / 1000).toFixed(0);
        console.log(`  ${i}/${CALLS} calls, ${failed} failed, ${secs} s`);
      }
      if (failed > 10) throw new Error('more than 10 calls failed: stopping');
    }
    const open = await Promise.all(sides.map((s) => s.phone.page.evaluate(openConnections)));
    const after = await reading(sides);
    const censusAfter = SNAPSHOT ? await Promise.all(sides.map((s) => heapCensus(s.cdp))) : [];

    console.log(`\n== Memory: ${CALLS} calls (${failed} failed) after ${WARMUP} warm-up calls ==`);
    sides.forEach(({ phone }, k) => {
      const [reg, b, a] = [atRegistration[k], before[k], after[k]];
      if (!reg || !b || !a) return;
      const growth = a.usedBytes - b.usedBytes;
      console.log(
        `  ${phone.name}: JS heap at registration ${mb(reg.usedBytes)}, before ${mb(b.usedBytes)}, after ${mb(a.usedBytes)}: growth ${mb(growth)} (${growth < TARGET_BYTES ? 'meets' : 'misses'} < 5 MB); DOM nodes ${b.nodes} → ${a.nodes}, JS listeners ${b.listeners} → ${a.listeners}; open RTCPeerConnections ${open[k]}`,
      );
      const [cb, ca] = [censusBefore[k], censusAfter[k]];
      if (cb && ca) printCensus(phone.name, cb, ca);
    });
    const total = open.reduce((s: number, x) => s + Number(x), 0);
    console.log(`  open RTCPeerConnections after the calls: ${total} (target 0)`);
  } finally {
    await browser.close();
    await Promise.all([pbx.stop(), app.stop()]);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
