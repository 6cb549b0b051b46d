// `npm run bench:recovery`: how soon the app is registered again after a PBX restart, and how
// soon it moves to the second PBX URL when the first one stops; BENCH_RECOVERY_RUNS (5) of each.
// Restart: the PBX is stopped, stays down BENCH_RECOVERY_DOWN_MS (4000, as in the end-to-end
// test, so the reconnect backoff has grown), and starts again on the same port; the figure runs
// from the harness seeing it accept a SIP WebSocket upgrade again (it probes every 100 ms, so
// this start may be up to ~100 ms late) to the status reading "Registered as".
// Failover: a fresh phone registered on the first of two PBXes; the figure runs from the stop of
// the first (SIGTERM sent) to the status naming the backup PBX.
// Status times are taken in the page (a MutationObserver, epoch ms), PBX times in Node (epoch ms).
import type { Browser } from 'playwright-core';
import {
  type AppServer,
  account,
  launchBrowser,
  openPhone,
  type Pbx,
  type PhonePage,
  startApp,
  startPbx,
} from '../test/e2e/harness';
import { appRoot, buildIfStale, median, worst } from './common';

const RUNS = Number(process.env.BENCH_RECOVERY_RUNS ?? 5);
const DOWN_MS = Number(process.env.BENCH_RECOVERY_DOWN_MS ?? 4_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fmt = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '–');

// A string, so that no transpiler helper leaks into the page. Resolves with the epoch ms at which
// the element's text first matches; a MutationObserver sees each change as React commits it.
const whenTextMatches = `(el, { source, timeout }) => new Promise((resolve, reject) => {
  const re = new RegExp(source);
  const now = () => performance.timeOrigin + performance.now();
  let observer;
  let timer;
  const check = () => {
    if (!re.test(el.textContent || '')) return false;
    observer?.disconnect();
    clearTimeout(timer);
    resolve(now());
    return true;
  };
  if (check()) return;
  observer = new MutationObserver(check);
  observer.observe(el, { subtree: true, childList: true, characterData: true });
  timer = setTimeout(() => {
    observer.disconnect();
    reject(new Error('status still "' + (el.textContent || '').trim() + '" after ' + timeout + ' ms'));
  }, timeout);
})`;

/** Starts watching the registration status now; resolves with the page's epoch ms of the match. */
function statusAt(phone: PhonePage, pattern: RegExp, timeout: number): Promise<number> {
  // A string is evaluated as an expression, so the element is looked up in it (English labels).
  const args = JSON.stringify({ source: pattern.source, timeout });
  const el = `document.querySelector('[role="status"][aria-label="Registration"]')`;
  return phone.page.evaluate(`(${whenTextMatches})(${el}, ${args})`) as Promise<number>;
}

/** Epoch ms of the page's first WebSocket opened to `url` after `since`. */
async function socketOpenedAt(phone: PhonePage, url: string, since: number): Promise<number> {
  const opens = (await phone.page.evaluate('window.__socketOpens ?? []')) as {
    url: string;
    at: number;
  }[];
  const prefix = url.replace(/\/$/, '');
  return opens.find((o) => o.url.replace(/\/$/, '') === prefix && o.at >= since)?.at ?? Number.NaN;
}

const registered = /^\s*Registered as 100$/;
const onBackup = /on the backup PBX/;

interface Sample {
  ms: number;
  /** From the same start to the app's WebSocket opening. */
  socketMs: number;
}

async function registeredPhone(
  browser: Browser,
  app: AppServer,
  first: Pbx,
  second?: Pbx,
): Promise<PhonePage> {
  const phone = await openPhone(browser, app.url, '100');
  await phone.configure(account(first, '100'), first.url, {
    domain: first.domain,
    secondUrl: second?.url ?? '',
  });
  await phone.waitForRegistration(registered, 15_000);
  return phone;
}

async function restarts(browser: Browser, app: AppServer): Promise<Sample[]> {
  let pbx = await startPbx();
  const phone = await registeredPhone(browser, app, pbx);
  const samples: Sample[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const stoppedAt = Date.now();
      await pbx.stop();
      await phone.waitForRegistration(/PBX unreachable/, 10_000);
      await sleep(DOWN_MS);
      const back = statusAt(phone, registered, 60_000);
      pbx = await startPbx({ port: pbx.port });
      const readyAt = Date.now();
      const at = await back;
      const sample = {
        ms: at - readyAt,
        socketMs: (await socketOpenedAt(phone, pbx.url, stoppedAt)) - readyAt,
      };
      samples.push(sample);
      console.log(
        `  restart ${i + 1}/${RUNS}: registered ${fmt(sample.ms)} after the PBX accepted again (socket open at ${fmt(sample.socketMs)})`,
      );
      await sleep(500);
    }
  } finally {
    await phone.close();
    await pbx.stop();
  }
  return samples;
}

async function failovers(browser: Browser, app: AppServer): Promise<Sample[]> {
  const second = await startPbx();
  const samples: Sample[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const first = await startPbx();
      const phone = await registeredPhone(browser, app, first, second);
      try {
        await sleep(500);
        const moved = statusAt(phone, onBackup, 60_000);
        const stoppedAt = Date.now();
        await first.stop();
        const goneMs = Date.now() - stoppedAt;
        const at = await moved;
        const sample = {
          ms: at - stoppedAt,
          socketMs: (await socketOpenedAt(phone, second.url, stoppedAt)) - stoppedAt,
        };
        samples.push(sample);
        console.log(
          `  failover ${i + 1}/${RUNS}: on the second PBX ${fmt(sample.ms)} after stopping the first (first gone after ${fmt(goneMs)}, socket to the second open at ${fmt(sample.socketMs)})`,
        );
      } finally {
        await phone.close();
        await first.stop();
      }
    }
  } finally {
    await second.stop();
  }
  return samples;
}

function summary(name: string, samples: Sample[]): void {
  const xs = samples.map((s) => s.ms);
  const sockets = samples.map((s) => s.socketMs).filter(Number.isFinite);
  console.log(
    `${name.padEnd(32)} n=${xs.length}  median ${fmt(median(xs)).padStart(8)}  worst ${fmt(worst(xs)).padStart(8)}  all: ${xs.map((x) => x.toFixed(0)).join(', ')}`,
  );
  console.log(
    `${'  (socket open)'.padEnd(32)}      median ${fmt(median(sockets)).padStart(8)}  worst ${fmt(worst(sockets)).padStart(8)}`,
  );
}

async function main(): Promise<void> {
  buildIfStale();
  const [app, browser] = await Promise.all([startApp({ root: appRoot }), launchBrowser()]);
  let restart: Sample[] = [];
  let failover: Sample[] = [];
  try {
    console.log(`== PBX restart (down ${DOWN_MS} ms), ${RUNS} runs ==`);
    restart = await restarts(browser, app);
    console.log(`== Failover to the second URL, ${RUNS} runs ==`);
    failover = await failovers(browser, app);
  } finally {
    await browser.close();
    await app.stop();
  }
  console.log('\n================ SUMMARY ================');
  summary('re-registration after restart', restart);
  summary('failover to the second URL', failover);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
