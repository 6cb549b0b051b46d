// `npm run bench:integra`: milliseconds from an INVITE reaching the callee's page to the CRM
// stand-in receiving that call's CALL_IN request, over BENCH_CALLS calls (default 20). Both times
// are epoch ms on the same machine (page: performance.timeOrigin + now; server: the same in Node).

import { startCrmStandIn } from '../test/e2e/crmStandIn';
import { launchBrowser, startApp, startPbx } from '../test/e2e/harness';
import { configureIntegra } from '../test/e2e/integraPage';
import { appRoot, buildIfStale, median, worst } from './common';
import { registeredPair } from './phones';

const calls = Number(process.env.BENCH_CALLS ?? 20);

async function main(): Promise<void> {
  buildIfStale();
  const [app, pbx, crm, browser] = await Promise.all([
    startApp({ root: appRoot }),
    startPbx(),
    startCrmStandIn(),
    launchBrowser(),
  ]);
  try {
    const { caller, callee } = await registeredPair(browser, app.url, pbx);
    await configureIntegra(callee, {
      action: 'Background request (GET)',
      command: `${crm.url}pop?id=!05&number=!01`,
      events: ['On call in'],
    });

    const delays: number[] = [];
    for (let i = 0; i < calls; i++) {
      const before = crm.requests.length;
      await caller.dial('101');
      const [request] = (await crm.waitFor(before + 1)).slice(before);
      await callee.waitForCallStatus('100', /Incoming call/);
      await caller.hangUp('101');
      await callee.waitForCallStatus('100', /Missed|Ended/i);
      const invite = (await callee.receivedInvites()).at(-1);
      if (!request || !invite || request.query.get('id') !== invite.callId) {
        throw new Error(`call ${i + 1}: the CRM request does not match the INVITE`);
      }
      delays.push(request.at - invite.at);
      // Let the ended call leave the screen, so each call starts from the same state.
      await new Promise((r) => setTimeout(r, 3_200));
    }
    const fmt = (x: number) => `${x.toFixed(1)} ms`;
    console.log('\n== Integra: INVITE at the callee → CALL_IN request at the CRM stand-in ==');
    console.log(`  calls: ${delays.length}`);
    console.log(`  median: ${fmt(median(delays))} (target < 30 ms), worst: ${fmt(worst(delays))}`);
    console.log(`  all: ${delays.map((d) => d.toFixed(1)).join(', ')}`);
  } finally {
    await browser.close();
    await Promise.all([crm.stop(), pbx.stop(), app.stop()]);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
