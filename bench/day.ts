// `npm run bench:day`: a compressed office day. BENCH_DAY_CALLS (2,000) calls in a row between
// two phones (100 dials, 101 answers, audio reaches 100, 100 hangs up, both idle), on a PBX that
// grants registrations for BENCH_DAY_EXPIRES (60) seconds, with 101's page hidden behind another
// tab and Chromium's intensive wake-up throttling on (after a 10 s grace instead of 5 min; see
// hiddenBrowser.ts). At the start (after BENCH_DAY_WARMUP, 2, calls) and every BENCH_DAY_EVERY
// (500) calls, per phone: the JS heap after forced garbage collection, DOM nodes and JS event
// listeners, the bytes of IndexedDB, the peer connections not closed, and the REGISTERs sent,
// challenged (401/407), failed (408, 5xx...), and the longest gap between two successful ones.
// Targets: heap growth under 3 MB, no growth in nodes and listeners, no connection left open, no
// registration lapse (no failure, no gap longer than the registration).
import type { CDPSession } from 'playwright-core';
import { account, type PhonePage, startApp, startPbx } from '../test/e2e/harness';
import { appRoot, buildIfStale } from './common';
import { type HeapReading, readHeap } from './heapSnapshot';
import { HIDDEN_GRACE_S, type HideablePhone, hideablePhone } from './hiddenBrowser';
import {
  dropClosedRecords,
  frameTail,
  idle,
  indexedDbBytes,
  openConnections,
  type RegistrationCounts,
  registrationRecorder,
  registrations,
} from './pageRecords';

const CALLS = Number(process.env.BENCH_DAY_CALLS ?? 2_000);
const EVERY = Number(process.env.BENCH_DAY_EVERY ?? 500);
const WARMUP = Number(process.env.BENCH_DAY_WARMUP ?? 2);
const EXPIRES_S = Number(process.env.BENCH_DAY_EXPIRES ?? 60);
const TARGET_GROWTH_BYTES = 3 * 1024 * 1024;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Side {
  phone: PhonePage;
  cdp: CDPSession;
}

interface Reading extends HeapReading {
  calls: number;
  idbBytes: number;
  open: number;
  reg: RegistrationCounts;
}

const button = (phone: PhonePage, name: string) =>
  phone.page.getByRole('button', { name, exact: true });

/** In-page: the enabled buttons whose accessible name (label, else text) is one of `names`. */
const buttonsNamed = (names: string[]) => `[...document.querySelectorAll('button')].filter((b) =>
  !b.disabled && ${JSON.stringify(names)}.includes((b.getAttribute('aria-label') || b.textContent || '').trim()))`;

/**
 * Clicks Answer whenever it appears, from inside the page: a hidden page paints no frames, so
 * Playwright's clicks, which wait for the element to be stable across frames, would hang.
 */
const answerer = `(() => {
  const clicked = new WeakSet();
  const answer = () => {
    for (const b of ${buttonsNamed(['Answer'])}) if (!clicked.has(b)) { clicked.add(b); b.click(); }
  };
  new MutationObserver(answer).observe(document.body, { subtree: true, childList: true });
})()`;

/** Clicks, in the page, whichever of the buttons named is there. */
const clickEach = (names: string[]) => `${buttonsNamed(names)}.forEach((b) => b.click())`;

/** Polls from Node: the hidden page's own timers would be throttled. */
async function untilIdle(phone: PhonePage, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await phone.page.evaluate(idle)) return true;
    await sleep(50);
  }
  return false;
}

/** One short call; returns false (after cleaning up) when a step failed. */
async function oneCall(caller: PhonePage, callee: PhonePage, n: number): Promise<boolean> {
  let ok = true;
  try {
    await caller.dial('101');
    // Hold shows once the call is active, where Hang up moved (see bench/memory.ts).
    await button(caller, 'Hold').waitFor({ timeout: 10_000 });
    await caller.waitForAudioFlow(5_000);
    await button(caller, 'Hang up').click({ timeout: 5_000 });
  } catch (error) {
    ok = false;
    console.log(
      `  call ${n}: FAILED ${error instanceof Error ? error.message.split('\n')[0] : error}`,
    );
    for (const phone of [caller, callee]) {
      const shown = await phone.page.evaluate('document.body.innerText.slice(0, 400)');
      const frames = await phone.page.evaluate(frameTail);
      console.log(
        `  ${phone.name} shows: ${JSON.stringify(shown)}\n  ${phone.name}'s last SIP:\n${frames}`,
      );
    }
    for (const phone of [caller, callee]) {
      await phone.page.evaluate(clickEach(['Hang up', 'Decline', 'Cancel'])).catch(() => {});
    }
  }
  for (const phone of [caller, callee]) {
    if (!(await untilIdle(phone, 10_000))) console.log(`  call ${n}: ${phone.name} not idle`);
  }
  return ok;
}

async function read(sides: Side[], calls: number): Promise<Reading[]> {
  const out: Reading[] = [];
  for (const { phone, cdp } of sides) {
    await phone.page.evaluate(dropClosedRecords);
    out.push({
      calls,
      ...(await readHeap(cdp)),
      idbBytes: Number(await phone.page.evaluate(indexedDbBytes)),
      open: Number(await phone.page.evaluate(openConnections)),
      reg: (await phone.page.evaluate(registrations)) as RegistrationCounts,
    });
  }
  return out;
}

function printReading(name: string, r: Reading, elapsedS: number): void {
  const failed = Object.entries(r.reg.failed)
    .map(([status, count]) => `${count}×${status}`)
    .join(' ');
  console.log(
    `  ${String(r.calls).padStart(5)} calls ${String(elapsedS).padStart(5)} s  ${name}: heap ${mb(r.usedBytes)}, DOM nodes ${r.nodes}, listeners ${r.listeners}, IndexedDB ${(r.idbBytes / 1024).toFixed(0)} KB, open RTCPeerConnections ${r.open}; REGISTER sent ${r.reg.sent}, ok ${r.reg.ok}, challenged ${r.reg.challenged}, failed ${failed || 0}, longest gap ${(r.reg.longestGapMs / 1000).toFixed(1)} s; sockets opened ${r.reg.socketsOpened}, closed ${r.reg.socketsClosed}`,
  );
}

async function main(): Promise<void> {
  buildIfStale();
  const [app, pbx] = await Promise.all([
    startApp({ root: appRoot }),
    startPbx({ maxExpiresS: EXPIRES_S }),
  ]);
  const opened: HideablePhone[] = [];
  try {
    for (const user of ['100', '101']) {
      const one = await hideablePhone(user, app.url, [registrationRecorder]);
      opened.push(one);
      await one.phone.configure(account(pbx, user), pbx.url, { domain: pbx.domain });
      await one.phone.expectRegistered(15_000);
    }
    const [callerSide, calleeSide] = opened;
    if (!callerSide || !calleeSide) throw new Error('no phones');
    const [caller, callee] = [callerSide.phone, calleeSide.phone];
    await callee.page.evaluate(answerer);
    await calleeSide.hide();
    // Intensive throttling starts once the page has been hidden for the grace period.
    await sleep((HIDDEN_GRACE_S + 2) * 1_000);
    const sides: Side[] = [];
    for (const phone of [caller, callee]) {
      sides.push({ phone, cdp: await phone.context.newCDPSession(phone.page) });
    }
    console.log(
      `${CALLS} calls, registrations of ${EXPIRES_S} s, 101 hidden: ${await callee.page.evaluate('document.visibilityState')}`,
    );

    for (let i = 0; i < WARMUP; i++) await oneCall(caller, callee, -(i + 1));
    const started = Date.now();
    const readings: Reading[][] = [];
    const take = async (calls: number) => {
      const now = await read(sides, calls);
      readings.push(now);
      const elapsed = Math.round((Date.now() - started) / 1000);
      sides.forEach(({ phone }, k) => {
        const r = now[k];
        if (r) printReading(phone.name, r, elapsed);
      });
    };
    await take(0);
    let failed = 0;
    for (let i = 1; i <= CALLS; i++) {
      if (!(await oneCall(caller, callee, i))) failed += 1;
      if (failed > 20) throw new Error('more than 20 calls failed: stopping');
      if (i % EVERY === 0 || i === CALLS) await take(i);
      if (await callee.page.evaluate('document.visibilityState !== "hidden"')) {
        throw new Error('101 is no longer hidden');
      }
    }

    const hours = ((Date.now() - started) / 3_600_000).toFixed(2);
    console.log(`\n== A compressed day: ${CALLS} calls (${failed} failed) in ${hours} h ==`);
    const first = readings[0];
    const last = readings.at(-1);
    sides.forEach(({ phone }, k) => {
      const [a, b] = [first?.[k], last?.[k]];
      if (!a || !b) return;
      const growth = b.usedBytes - a.usedBytes;
      const lapses = Object.values(b.reg.failed).reduce((s, n) => s + n, 0);
      console.log(
        `  ${phone.name}: heap ${mb(a.usedBytes)} → ${mb(b.usedBytes)}, growth ${mb(growth)} (${growth < TARGET_GROWTH_BYTES ? 'meets' : 'misses'} < 3 MB); DOM nodes ${a.nodes} → ${b.nodes}; listeners ${a.listeners} → ${b.listeners}; IndexedDB ${(a.idbBytes / 1024).toFixed(0)} → ${(b.idbBytes / 1024).toFixed(0)} KB; open RTCPeerConnections ${b.open}; REGISTER failures ${lapses}, longest gap ${(b.reg.longestGapMs / 1000).toFixed(1)} s (${b.reg.longestGapMs < EXPIRES_S * 1000 ? 'no lapse' : 'LAPSED'}: registrations last ${EXPIRES_S} s)`,
      );
    });
  } finally {
    for (const one of opened) await one.close();
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
