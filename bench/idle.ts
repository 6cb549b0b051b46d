// `npm run bench:idle`: a registered phone that nobody uses, its page hidden behind another tab
// with Chromium's intensive wake-up throttling on (hiddenBrowser.ts), for BENCH_IDLE_SECONDS
// (600). Figures: its main thread's task time (DevTools Performance.getMetrics TaskDuration) and
// its renderer's CPU time as shares of one core (target under 0.1 %), and its wake-ups: the timer
// callbacks the page ran and the WebSocket messages it received, counted by an init script.
import { account, startApp, startPbx } from '../test/e2e/harness';
import { appRoot, buildIfStale } from './common';
import { busyOver, cpuProbe, percent } from './cpu';
import { HIDDEN_GRACE_S, hideablePhone } from './hiddenBrowser';

const SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 600);
const TARGET_SHARE = 0.001;

/** Counts timer callbacks and WebSocket messages in fixed counters. */
const wakeUpCounter = `(() => {
  const counts = { timers: 0, messages: 0 };
  Object.defineProperty(window, '__wakeUps', { value: counts });
  for (const name of ['setTimeout', 'setInterval']) {
    const original = window[name];
    window[name] = function (callback, ...rest) {
      if (typeof callback !== 'function') return original.call(this, callback, ...rest);
      return original.call(this, function (...args) {
        counts.timers += 1;
        return callback.apply(this, args);
      }, ...rest);
    };
  }
  const Base = window.WebSocket;
  window.WebSocket = class extends Base {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', () => { counts.messages += 1; });
    }
  };
})();`;

const wakeUps = `({ ...window.__wakeUps })`;

async function main(): Promise<void> {
  buildIfStale();
  const [app, pbx] = await Promise.all([startApp({ root: appRoot }), startPbx()]);
  const one = await hideablePhone('100', app.url, [wakeUpCounter]);
  try {
    await one.phone.configure(account(pbx, '100'), pbx.url, { domain: pbx.domain });
    await one.phone.expectRegistered(15_000);
    await one.hide();
    await new Promise((resolve) => setTimeout(resolve, (HIDDEN_GRACE_S + 2) * 1_000));
    const cdp = await cpuProbe(one.phone.page);
    const before = (await one.phone.page.evaluate(wakeUps)) as { timers: number; messages: number };
    const busy = await busyOver(cdp, SECONDS * 1_000);
    const after = (await one.phone.page.evaluate(wakeUps)) as { timers: number; messages: number };
    const status = await one.phone.registrationText();
    const minutes = SECONDS / 60;
    const perMinute = (n: number) => (n / minutes).toFixed(1);
    console.log(`\n== An idle phone, hidden, ${SECONDS} s ==`);
    console.log(
      `  main thread ${percent(busy.task, 3)} of one core (${busy.task < TARGET_SHARE ? 'meets' : 'misses'} < 0.1 %), renderer ${percent(busy.process, 3)}`,
    );
    console.log(
      `  wake-ups: ${after.timers - before.timers} timer callbacks (${perMinute(after.timers - before.timers)} a minute), ${after.messages - before.messages} WebSocket messages (${perMinute(after.messages - before.messages)} a minute)`,
    );
    console.log(`  still: ${status}`);
  } finally {
    await one.close();
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
