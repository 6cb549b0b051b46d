// Call setup benchmark: the built app against a bare JsSIP page with default options, with and
// without an unreachable STUN server, over the same local Kamailio and one headless Chromium.
// Times are taken in the pages (epoch ms) from the SIP frames on the WebSocket; nothing asserted.
import { createSocket } from 'node:dgram';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import {
  type AppServer,
  account,
  launchBrowser,
  type Pbx,
  PhonePage,
  startApp,
  startPbx,
} from '../test/e2e/harness';
import { appRoot } from './common';
import { autoAnswerScript, instrumentScript, type PageRecord } from './instrument';

const benchDir = fileURLToPath(new URL('.', import.meta.url));

export interface CallSample {
  inviteMs: number;
  confirmedMs: number;
  /** Named segments of the setup, ms. */
  parts: Record<string, number>;
}

export interface VariantResult {
  name: string;
  kind: 'app' | 'bare';
  stun: boolean;
  planned: number;
  samples: CallSample[];
  failures: string[];
  /** Packets the dead STUN server received during this variant. */
  stunPackets: number;
}

export interface CallSetupResult {
  variants: VariantResult[];
  stunPackets: number;
  stunUrl: string;
}

export interface CallSetupOptions {
  calls?: number;
  bareStunCalls?: number;
  log?: (line: string) => void;
}

interface Side {
  context: BrowserContext;
  page: Page;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Builds bench/bare/ (a bare JsSIP page) into a temp dir. */
export async function buildBare(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'voispeed-bench-bare-'));
  await build({
    root: join(benchDir, 'bare'),
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  return outDir;
}

/** A UDP socket on 127.0.0.1 that never answers: an unreachable STUN server, kept local. */
async function blackHole(): Promise<{ url: string; packets(): number; close(): Promise<void> }> {
  const socket = createSocket('udp4');
  let count = 0;
  socket.on('message', () => {
    count++;
  });
  await new Promise<void>((done) => socket.bind(0, '127.0.0.1', done));
  const { port } = socket.address();
  return {
    url: `stun:127.0.0.1:${port}`,
    packets: () => count,
    close: () => new Promise<void>((done) => socket.close(() => done())),
  };
}

async function openSide(browser: Browser, url: string, autoAnswer: boolean): Promise<Side> {
  const context = await browser.newContext({ permissions: ['microphone'], locale: 'en-US' });
  await context.addInitScript({ content: instrumentScript });
  if (autoAnswer) await context.addInitScript({ content: autoAnswerScript });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return { context, page };
}

/** Configures the app through its UI, as the end-to-end tests do, and waits until registered. */
async function configureApp(side: Side, pbx: Pbx, user: string, stun: string): Promise<void> {
  const phone = new PhonePage(user, side.context, side.page);
  await phone.configure(account(pbx, user), pbx.url, { domain: pbx.domain, iceServers: stun });
  await phone.expectRegistered(15_000);
}

async function configureBare(page: Page, pbx: Pbx, user: string, stun: string, answer: boolean) {
  const acc = account(pbx, user);
  const config = {
    url: pbx.url,
    uri: `sip:${acc.user}@${pbx.domain}`,
    password: acc.password,
    iceServers: stun ? [stun] : [],
    autoAnswer: answer,
  };
  await page.evaluate(`window.bare.start(${JSON.stringify(config)})`);
}

const take = async (page: Page) => (await page.evaluate('window.__bench.take()')) as PageRecord;

/** Turns the two pages' records of one call into the sample, or an error text. */
export function analyse(caller: PageRecord, callee: PageRecord): CallSample | string {
  const mark = (rec: PageRecord, what: string, after = 0) =>
    rec.marks.find((m) => m.what === what && m.t >= after)?.t;
  const frame = (
    rec: PageRecord,
    dir: 'in' | 'out',
    test: (line: string, cseq: string) => boolean,
  ) => rec.frames.filter((f) => f.dir === dir && test(f.line, f.cseq));
  const click = mark(caller, 'click-Call');
  if (click === undefined) return 'no click mark';
  const invitesOut = frame(caller, 'out', (l) => l.startsWith('INVITE '));
  const challenge = frame(
    caller,
    'in',
    (l, c) => /^SIP\/2\.0 40[17]/.test(l) && / INVITE$/.test(c),
  );
  const inviteIn = frame(callee, 'in', (l) => l.startsWith('INVITE '))[0];
  const okOut = frame(
    callee,
    'out',
    (l, c) => l.startsWith('SIP/2.0 200') && / INVITE$/.test(c),
  )[0];
  const okIn = frame(caller, 'in', (l, c) => l.startsWith('SIP/2.0 200') && / INVITE$/.test(c))[0];
  const ack = okIn && frame(caller, 'out', (l) => l.startsWith('ACK ')).find((f) => f.t >= okIn.t);
  if (!inviteIn) return 'INVITE never reached the callee';
  if (!okIn || !ack) return 'no ACK for a 200 OK';
  const parts: Record<string, number> = {};
  const put = (name: string, from: number | undefined, to: number | undefined) => {
    if (from !== undefined && to !== undefined) parts[name] = to - from;
  };
  const gumEnd = mark(caller, 'gum-end', click);
  const firstInvite = invitesOut[0]?.t;
  const lastInvite = invitesOut[invitesOut.length - 1]?.t;
  put('caller getUserMedia', click, gumEnd);
  put('caller ICE first candidate', gumEnd, mark(caller, 'ice-first', click));
  put('caller offer+ICE wait → INVITE', gumEnd ?? click, firstInvite);
  if (challenge[0] && invitesOut.length > 1) {
    put('auth challenge round trip (INVITE → 407)', firstInvite, challenge[0].t);
    put('407 → INVITE with credentials', challenge[0].t, lastInvite);
  }
  put('caller ICE gathering complete (after gUM)', gumEnd, mark(caller, 'ice-complete', click));
  put('PBX relays INVITE to callee', lastInvite, inviteIn.t);
  const answerClick = mark(callee, 'click-Answer', inviteIn.t);
  put('callee shows Answer (auto-click)', inviteIn.t, answerClick);
  const calleeGumEnd = mark(callee, 'gum-end', inviteIn.t);
  put('callee getUserMedia', answerClick ?? inviteIn.t, calleeGumEnd);
  put('callee answer+ICE wait → 200 OK', calleeGumEnd ?? answerClick ?? inviteIn.t, okOut?.t);
  put(
    'callee ICE gathering complete (after gUM)',
    calleeGumEnd,
    mark(callee, 'ice-complete', inviteIn.t),
  );
  put('PBX relays 200 OK to caller', okOut?.t, okIn.t);
  put('200 OK → ACK', okIn.t, ack.t);
  return { inviteMs: inviteIn.t - click, confirmedMs: ack.t - click, parts };
}

async function runVariant(
  browser: Browser,
  pbx: Pbx,
  spec: { name: string; kind: 'app' | 'bare'; url: string; stun: string; calls: number },
  capMs: number,
  log: (line: string) => void,
): Promise<VariantResult> {
  const result: VariantResult = {
    name: spec.name,
    kind: spec.kind,
    stun: spec.stun !== '',
    planned: spec.calls,
    samples: [],
    failures: [],
    stunPackets: 0,
  };
  const caller = await openSide(browser, spec.url, false);
  const callee = await openSide(browser, spec.url, spec.kind === 'app');
  try {
    if (spec.kind === 'app') {
      await configureApp(caller, pbx, '100', spec.stun);
      await configureApp(callee, pbx, '101', spec.stun);
    } else {
      await configureBare(caller.page, pbx, '100', spec.stun, false);
      await configureBare(callee.page, pbx, '101', spec.stun, true);
    }
    const idleExpr =
      spec.kind === 'app'
        ? 'window.__bench.idle()'
        : 'window.bare.active() === 0 && window.__bench.idle()';
    const dialBox = caller.page.getByRole('combobox', { name: 'Number to call', exact: true });
    for (let i = 0; i < spec.calls; i++) {
      await take(caller.page);
      await take(callee.page);
      if (spec.kind === 'app') {
        await dialBox.fill('101');
        const ok = await caller.page.evaluate(`window.__bench.clickButton('Call')`);
        if (!ok) throw new Error('no Call button');
      } else {
        await caller.page.evaluate(`window.bare.call('sip:101@${pbx.domain}')`);
      }
      let error = '';
      try {
        await caller.page.waitForFunction(
          `window.__bench.confirmed() || window.__bench.failed() !== ''`,
          undefined,
          { polling: 20, timeout: capMs },
        );
        error = (await caller.page.evaluate('window.__bench.failed()')) as string;
      } catch {
        error = `not confirmed within ${capMs} ms`;
      }
      const callerRec = await take(caller.page);
      const calleeRec = await take(callee.page);
      const sample = error ? error : analyse(callerRec, calleeRec);
      if (typeof sample === 'string') {
        result.failures.push(`call ${i + 1}: ${sample}`);
        log(`  ${spec.name} call ${i + 1}: FAILED ${sample}`);
      } else {
        result.samples.push(sample);
        log(
          `  ${spec.name} call ${i + 1}/${spec.calls}: INVITE at callee ${sample.inviteMs.toFixed(0)} ms, confirmed ${sample.confirmedMs.toFixed(0)} ms`,
        );
      }
      // Hang up (and decline anything still ringing), then wait until both sides are idle.
      if (spec.kind === 'app') {
        for (const side of [caller, callee]) {
          for (const name of ['Hang up', 'Decline']) {
            await side.page.evaluate(`window.__bench.clickButton(${JSON.stringify(name)})`);
          }
        }
      } else {
        await caller.page.evaluate('window.bare.hangup()');
        await callee.page.evaluate('window.bare.hangup()');
      }
      for (const side of [caller, callee]) {
        await side.page
          .waitForFunction(idleExpr, undefined, { polling: 50, timeout: 15_000 })
          .catch(() => log(`  ${spec.name} call ${i + 1}: a side did not go idle in 15 s`));
      }
      await sleep(150);
    }
  } finally {
    await caller.context.close();
    await callee.context.close();
  }
  return result;
}

export async function runCallSetup({
  calls = 20,
  bareStunCalls = 3,
  log = console.log,
}: CallSetupOptions = {}): Promise<CallSetupResult> {
  let pbx: Pbx | undefined;
  let app: AppServer | undefined;
  let bare: AppServer | undefined;
  let bareDir: string | undefined;
  let browser: Browser | undefined;
  const hole = await blackHole();
  try {
    bareDir = await buildBare();
    bare = await startApp({ root: bareDir });
    app = await startApp({ root: appRoot });
    pbx = await startPbx();
    browser = await launchBrowser();
    log(`call setup: PBX ${pbx.url}, unreachable STUN ${hole.url}`);
    const variants: VariantResult[] = [];
    const specs = [
      { name: 'app', kind: 'app' as const, url: app.url, stun: '', calls },
      { name: 'app + dead STUN', kind: 'app' as const, url: app.url, stun: hole.url, calls },
      { name: 'bare JsSIP', kind: 'bare' as const, url: bare.url, stun: '', calls },
      {
        name: 'bare JsSIP + dead STUN',
        kind: 'bare' as const,
        url: bare.url,
        stun: hole.url,
        calls: bareStunCalls,
      },
    ];
    for (const spec of specs) {
      const cap = spec.kind === 'bare' && spec.stun ? 100_000 : 15_000;
      log(`variant "${spec.name}": ${spec.calls} calls, cap ${cap / 1000} s each`);
      const before = hole.packets();
      const result = await runVariant(browser, pbx, spec, cap, log);
      result.stunPackets = hole.packets() - before;
      variants.push(result);
    }
    return { variants, stunPackets: hole.packets(), stunUrl: hole.url };
  } finally {
    await browser?.close();
    await pbx?.stop();
    await app?.stop();
    await bare?.stop();
    await hole.close();
    if (bareDir) await rm(bareDir, { recursive: true, force: true });
  }
}
