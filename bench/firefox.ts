// `npm run bench:firefox`: call setup between engines, Firefox ESR → Chromium and Chromium →
// Firefox, beside Chromium → Chromium in the same run, over the same local Kamailio. Click on
// "Call" to the INVITE at the callee and to the ACK of the 200 OK, median and worst of
// BENCH_CALLS (20) calls each; segments as bench:quick prints them. Nothing is asserted.
import type { Browser as PwBrowser } from 'playwright-core';
import type { Browser as FfBrowser } from 'puppeteer-core';
import { FirefoxContext, firefoxPhonePage, launchFirefox } from '../test/e2e/firefoxDriver';
import {
  account,
  launchBrowser,
  type Pbx,
  PhonePage,
  startApp,
  startPbx,
} from '../test/e2e/harness';
import { analyse, type CallSample } from './callSetup';
import { appRoot, buildIfStale, median, worst } from './common';
import { autoAnswerScript, instrumentScript, type PageRecord } from './instrument';

const calls = Number(process.env.BENCH_CALLS ?? 20);
type Engine = 'Chromium' | 'Firefox';

/** One phone of the bench in either engine: the page object, and string evaluation in its page. */
interface Side {
  phone: PhonePage;
  run(expression: string): Promise<unknown>;
  waitFor(expression: string, timeout: number): Promise<void>;
  close(): Promise<void>;
}

async function chromiumSide(browser: PwBrowser, url: string, name: string, answer: boolean) {
  const context = await browser.newContext({ permissions: ['microphone'], locale: 'en-US' });
  await context.addInitScript({ content: instrumentScript });
  if (answer) await context.addInitScript({ content: autoAnswerScript });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const side: Side = {
    phone: new PhonePage(name, context, page),
    run: (expression) => page.evaluate(expression),
    waitFor: async (expression, timeout) => {
      await page.waitForFunction(expression, undefined, { polling: 20, timeout });
    },
    close: () => context.close(),
  };
  return side;
}

async function firefoxSide(browser: FfBrowser, url: string, name: string, answer: boolean) {
  const context = new FirefoxContext(await browser.createBrowserContext());
  await context.addInitScript({ content: instrumentScript });
  if (answer) await context.addInitScript({ content: autoAnswerScript });
  const page = await context.newPage();
  await page.goto(url);
  const side: Side = {
    phone: firefoxPhonePage(name, context, page),
    run: (expression) => page.raw.evaluate(expression),
    waitFor: async (expression, timeout) => {
      await page.raw.waitForFunction(expression, { polling: 20, timeout });
    },
    close: () => context.close(),
  };
  return side;
}

interface Pairing {
  caller: Engine;
  callee: Engine;
  samples: CallSample[];
  failures: string[];
}

const take = async (side: Side) => (await side.run('window.__bench.take()')) as PageRecord;

async function measure(pbx: Pbx, caller: Side, callee: Side, pairing: Pairing): Promise<void> {
  for (const [side, user] of [
    [caller, '100'],
    [callee, '101'],
  ] as const) {
    await side.phone.configure(account(pbx, user), pbx.url, { domain: pbx.domain });
    await side.phone.expectRegistered(15_000);
  }
  const dialBox = caller.phone.page.getByRole('combobox', { name: 'Number to call', exact: true });
  const label = `${pairing.caller} → ${pairing.callee}`;
  for (let i = 0; i < calls; i++) {
    await take(caller);
    await take(callee);
    await dialBox.fill('101');
    if (!(await caller.run(`window.__bench.clickButton('Call')`))) throw new Error('no Call');
    let error = '';
    try {
      await caller.waitFor(`window.__bench.confirmed() || window.__bench.failed() !== ''`, 15_000);
      error = (await caller.run('window.__bench.failed()')) as string;
    } catch {
      error = 'not confirmed within 15 s';
    }
    const sample = error || analyse(await take(caller), await take(callee));
    if (typeof sample === 'string') {
      pairing.failures.push(`call ${i + 1}: ${sample}`);
      console.log(`  ${label} call ${i + 1}: FAILED ${sample}`);
    } else {
      pairing.samples.push(sample);
      console.log(
        `  ${label} call ${i + 1}/${calls}: INVITE at callee ${sample.inviteMs.toFixed(0)} ms, confirmed ${sample.confirmedMs.toFixed(0)} ms`,
      );
    }
    for (const side of [caller, callee]) {
      for (const name of ['Hang up', 'Decline']) {
        await side.run(`window.__bench.clickButton(${JSON.stringify(name)})`);
      }
    }
    for (const side of [caller, callee]) {
      await side
        .waitFor('window.__bench.idle()', 15_000)
        .catch(() => console.log(`  ${label} call ${i + 1}: a side did not go idle in 15 s`));
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '–');

function print(pairings: Pairing[]): void {
  console.log('\n== Call setup between engines (click Call → INVITE at callee / → ACK) ==');
  const head = `${'caller → callee'.padEnd(22)} ${'N'.padStart(6)} ${'INVITE med'.padStart(11)} ${'worst'.padStart(9)} ${'confirm med'.padStart(12)} ${'worst'.padStart(9)}`;
  console.log(head);
  for (const p of pairings) {
    const inv = p.samples.map((s) => s.inviteMs);
    const conf = p.samples.map((s) => s.confirmedMs);
    console.log(
      `${`${p.caller} → ${p.callee}`.padEnd(22)} ${`${p.samples.length}/${calls}`.padStart(6)} ${ms(median(inv)).padStart(11)} ${ms(worst(inv)).padStart(9)} ${ms(median(conf)).padStart(12)} ${ms(worst(conf)).padStart(9)}`,
    );
  }
  for (const p of pairings) {
    console.log(`  -- ${p.caller} → ${p.callee}: segments, median / worst`);
    for (const f of p.failures) console.log(`     failure: ${f}`);
    const names = [...new Set(p.samples.flatMap((s) => Object.keys(s.parts)))];
    for (const name of names) {
      const xs = p.samples.flatMap((s) => (s.parts[name] === undefined ? [] : [s.parts[name]]));
      console.log(
        `     ${name.padEnd(42)} ${ms(median(xs)).padStart(9)} ${ms(worst(xs)).padStart(9)}`,
      );
    }
  }
}

async function main(): Promise<void> {
  buildIfStale();
  const [app, pbx, chromium, firefox] = await Promise.all([
    startApp({ root: appRoot }),
    startPbx(),
    launchBrowser(),
    launchFirefox(),
  ]);
  const open = (engine: Engine, name: string, answer: boolean) =>
    engine === 'Chromium'
      ? chromiumSide(chromium, app.url, name, answer)
      : firefoxSide(firefox, app.url, name, answer);
  const pairings: Pairing[] = [];
  try {
    for (const [callerEngine, calleeEngine] of [
      ['Chromium', 'Chromium'],
      ['Firefox', 'Chromium'],
      ['Chromium', 'Firefox'],
    ] as const) {
      const pairing: Pairing = {
        caller: callerEngine,
        callee: calleeEngine,
        samples: [],
        failures: [],
      };
      pairings.push(pairing);
      const caller = await open(callerEngine, '100', false);
      const callee = await open(calleeEngine, '101', true);
      try {
        await measure(pbx, caller, callee, pairing);
      } finally {
        await caller.close();
        await callee.close();
      }
    }
    print(pairings);
  } finally {
    await Promise.all([chromium.close(), firefox.close()]);
    await Promise.all([pbx.stop(), app.stop()]);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
