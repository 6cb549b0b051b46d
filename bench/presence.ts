// `npm run bench:presence`: colleagues' lines (BLF) at scale. BENCH_WATCHERS (3) pages, each
// registered as 100 in its own browser context, watch the same 50 extensions (101, 102 and
// 201-248); raw SIP clients 101 and 102 then make BENCH_CALLS (10) calls through Kamailio. Figures:
// ms from saving the list to all 50 rows showing a state (Offline: none is registered yet), and
// from each change of the call (INVITE answered 180, 200 OK, BYE) to the last watcher showing
// both colleagues in the new state.
// Times are epoch ms on one machine: Node's clock when a message is sent, the page's when a row's
// label changes (a MutationObserver in the page).
import type { Page } from 'playwright-core';
import { colleague, watchColleagues } from '../test/e2e/colleaguesPage';
import {
  account,
  launchBrowser,
  openPhone,
  type PhonePage,
  startApp,
  startPbx,
} from '../test/e2e/harness';
import {
  header,
  inDialogRequest,
  invite,
  register,
  reply,
  requestOf,
  responseTo,
  SipSocket,
  tag,
  uriOf,
} from '../test/e2e/sipWire';
import { appRoot, buildIfStale, median, worst } from './common';

const watchers = Number(process.env.BENCH_WATCHERS ?? 3);
const calls = Number(process.env.BENCH_CALLS ?? 10);
const WATCHED = ['101', '102', ...Array.from({ length: 48 }, (_, i) => String(201 + i))];

/** Records, in the page, the first time each colleague row label is seen. */
const recorder = `(() => {
  const seen = (window.__rowsSeen = new Map());
  const scan = () => {
    const now = Date.now();
    for (const b of document.querySelectorAll('button.colleague-call')) {
      const label = b.getAttribute('aria-label');
      if (label && !seen.has(label)) seen.set(label, now);
    }
  };
  new MutationObserver(scan).observe(document.body, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'],
  });
  scan();
})()`;

type Seen = Record<string, number>;
const seenIn = (page: Page): Promise<Seen> =>
  page.evaluate(() =>
    Object.fromEntries((window as unknown as { __rowsSeen: Map<string, number> }).__rowsSeen),
  );
const forget = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __rowsSeen: Map<string, number> }).__rowsSeen.clear(),
  );

/** When every label was first seen on this page, waiting up to 10 s for all of them. */
async function firstSeen(page: Page, labels: string[]): Promise<number> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const seen = await seenIn(page);
    const times = labels.map((l) => seen[l]);
    if (times.every((t) => t !== undefined)) return Math.max(...(times as number[]));
    if (Date.now() > deadline) throw new Error(`not shown in 10 s: ${labels.join(', ')}`);
    await new Promise((r) => setTimeout(r, 20));
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
    const pages: PhonePage[] = [];
    for (let i = 0; i < watchers; i++) {
      const phone = await openPhone(browser, app.url, `watcher ${i + 1}`);
      await phone.configure(account(pbx, '100'), pbx.url, { domain: pbx.domain });
      await phone.expectRegistered(15_000);
      pages.push(phone);
    }
    // Subscription set-up: from the save to every row showing a state other than Unknown.
    const setUp: number[] = [];
    for (const phone of pages) {
      const saved = Date.now();
      await watchColleagues(phone, { watched: WATCHED });
      await colleague(phone, '101').waitFor();
      await phone.page.evaluate(recorder);
      // None of the 50 is registered yet: each row settles on Offline.
      const deadline = Date.now() + 20_000;
      while (
        (await phone.page.locator('button.colleague-call[aria-label$=", Offline"]').count()) < 50
      ) {
        if (Date.now() > deadline) throw new Error(`${phone.name}: not all 50 rows offline`);
        await new Promise((r) => setTimeout(r, 20));
      }
      setUp.push(Math.max(...Object.values(await seenIn(phone.page))) - saved);
    }

    const a = await SipSocket.open(pbx.url);
    const b = await SipSocket.open(pbx.url);
    await register(a, account(pbx, '101'), pbx.domain);
    await register(b, account(pbx, '102'), pbx.domain);
    for (const phone of pages) {
      await colleague(phone, '101', 'Idle').waitFor();
      await colleague(phone, '102', 'Idle').waitFor();
    }
    const phases = { ringing: [] as number[], 'in a call': [] as number[], idle: [] as number[] };
    const shown = async (state: string, since: number) => {
      const labels = [`Call 101, ${state}`, `Call 102, ${state}`];
      const at = await Promise.all(pages.map((p) => firstSeen(p.page, labels)));
      return Math.max(...at) - since;
    };
    for (let i = 0; i < calls; i++) {
      await Promise.all(pages.map((p) => forget(p.page)));
      const call = await invite(a, account(pbx, '101'), pbx.domain, '102');
      const started = Date.now();
      const offer = await b.next(requestOf('INVITE', call.callId), 5_000);
      const toTag = tag();
      const withContact = (text: string) =>
        text.replace('Content-Length:', `Contact: ${b.contact}\r\nContent-Length:`);
      b.send(withContact(reply(offer, 180, 'Ringing', toTag)));
      phases.ringing.push(await shown('Ringing', started));

      await Promise.all(pages.map((p) => forget(p.page)));
      const answered = Date.now();
      b.send(withContact(reply(offer, 200, 'OK', toTag)));
      const ok = await a.next(responseTo(call.callId, 'INVITE'), 5_000);
      const dialog = { callId: call.callId, from: call.from, to: header(ok, 'to') ?? '' };
      const routes = [...(ok.headers.get('record-route') ?? [])].reverse();
      const target = uriOf(header(ok, 'contact') ?? '');
      a.send(inDialogRequest({ ...dialog, method: 'ACK', target, routes, cseq: call.cseq }));
      phases['in a call'].push(await shown('In a call', answered));

      await Promise.all(pages.map((p) => forget(p.page)));
      const hungUp = Date.now();
      a.send(inDialogRequest({ ...dialog, method: 'BYE', target, routes, cseq: call.cseq + 1 }));
      const bye = await b.next(requestOf('BYE', call.callId), 5_000);
      b.send(reply(bye, 200, 'OK'));
      phases.idle.push(await shown('Idle', hungUp));
    }
    await Promise.all([a.close(), b.close()]);

    const fmt = (xs: number[]) =>
      `median ${median(xs).toFixed(0)} ms, worst ${worst(xs).toFixed(0)} ms (${xs.length})`;
    console.log(`\n== Presence: ${watchers} watcher pages × 50 watched colleagues ==`);
    console.log(
      `  settings opened, list of 50 saved → all 50 rows with a state, per page: ${setUp.map((x) => `${x} ms`).join(', ')}`,
    );
    console.log(`  ${calls} calls 101 → 102, until the last watcher shows both (target < 1 s):`);
    for (const [phase, xs] of Object.entries(phases)) console.log(`    ${phase}: ${fmt(xs)}`);
  } finally {
    await browser.close();
    await Promise.all([pbx.stop(), app.stop()]);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
