// The window that holds the phone can go away. Another open window of the app waits for the
// phone (a queued Web Lock); when the holder closes, or its renderer crashes, the waiting window
// registers within 2 s, shows the same history, and takes the next call. A call that rings when
// the holder closes rings on in the window that takes over (the PBX keeps the call for the user's
// next registration: tsilo in pbx/kamailio.cfg), and a holder that nobody waits for refuses it.
import { describe, expect, it, type TestContext } from 'vitest';
import { ENDED_CALL_VISIBLE_MS } from '../../src/app/connectPhone';
import { connect, expectAudioBetween, inboundAudioGrowth } from './callPage';
import type { PhonePage } from './harness';
import { e2eSession } from './session';

const { registered } = e2eSession();

const TAKEOVER_MS = 2_000;

/** A second window of the phone's browser, waiting while the first holds the phone. */
async function waitingWindow(phone: PhonePage) {
  const origin = new URL(phone.page.url()).origin;
  const page = await phone.context.newPage();
  phone.collectLogs(page, 'waiting window ');
  await page.goto(origin, { waitUntil: 'load' });
  await page.getByText('The phone is open in another window.', { exact: true }).waitFor();
  return page;
}

/** 100 with one call from 101 declined, so its history holds an entry. */
async function phoneWithHistory(onTestFailed: TestContext['onTestFailed']) {
  const p100 = await registered('100', onTestFailed);
  const p101 = await registered('101', onTestFailed);
  await p101.dial('100');
  await p100.waitForCallStatus('101', /Incoming call/);
  await p100.decline('101');
  await p100.waitForHistoryEntry([/^Incoming 101\b/]);
  return { p100, p101 };
}

describe('the phone window going away', { timeout: 60_000 }, () => {
  it.for(['closes', 'crashes'] as const)(
    'when it %s, a waiting window registers within 2 s, with the history, and takes calls',
    async (how, { onTestFailed }) => {
      const { p100, p101 } = await phoneWithHistory(onTestFailed);
      const waiting = await waitingWindow(p100);

      const since = Date.now();
      if (how === 'crashes') await p100.crash();
      else await p100.page.close({ runBeforeUnload: false });
      p100.page = waiting;
      await p100.expectRegistered(TAKEOVER_MS + 3_000);
      const took = Date.now() - since;
      console.log(`the waiting window registered ${took} ms after the phone window ${how}`);
      expect(took).toBeLessThan(TAKEOVER_MS);
      await p100.waitForHistoryEntry([/^Incoming 101\b/], 5_000);

      await connect(p101, p100, '101', '100');
      expect(await inboundAudioGrowth(p100, 1_000)).toBeGreaterThan(1_000);
      await p101.hangUp('100');
      await expect.poll(() => p100.call('101').count(), { timeout: 10_000 }).toBe(0);
    },
  );
});

describe('a call ringing when the phone window closes', { timeout: 60_000 }, () => {
  it('rings on in the waiting window, which answers it with audio both ways', async ({
    onTestFailed,
  }) => {
    const p100 = await registered('100', onTestFailed);
    const p101 = await registered('101', onTestFailed);
    const waiting = await waitingWindow(p100);
    await p101.dial('100');
    await p100.waitForCallStatus('101', /Incoming call/);

    const since = Date.now();
    // Closed as a user closes it: pagehide runs, where a window nobody waits for refuses the call.
    await p100.page.close({ runBeforeUnload: true });
    p100.page = waiting;
    await p100.expectRegistered(TAKEOVER_MS + 3_000);
    await p100.waitForCallStatus('101', /Incoming call/, 5_000);
    console.log(`the call rang in the waiting window ${Date.now() - since} ms after the close`);
    expect(await p101.callStatus('100')).toMatch(/^Ringing/);

    await p100.answer('101');
    await p101.waitForCallStatus('100', /^In call [0-9:]+$/);
    await p100.waitForCallStatus('101', /^In call [0-9:]+$/);
    await expectAudioBetween(p100, p101, 'answered in the window that took over');
    await p101.hangUp('100');
    await p100.waitForHistoryEntry([/^Incoming 101\b/]);
  });

  it('is refused at once when no window waits to take the phone', async ({ onTestFailed }) => {
    const p100 = await registered('100', onTestFailed);
    const p101 = await registered('101', onTestFailed);
    await p101.dial('100');
    await p100.waitForCallStatus('101', /Incoming call/);
    const since = Date.now();
    await p100.page.close({ runBeforeUnload: true });
    // Not the PBX's 60 s of ringing into a closed window: the caller hears the refusal.
    await expect.poll(() => p101.call('100').count(), { timeout: 10_000 }).toBe(0);
    expect(Date.now() - since).toBeLessThan(ENDED_CALL_VISIBLE_MS + 2_000);
    await p101.waitForHistoryEntry([/^Outgoing 100\b/]);
  });
});
